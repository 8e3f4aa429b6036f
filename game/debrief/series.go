package debrief

import (
	"slices"

	"backchannel/game"
)

// Series are the values behind the debrief's charts, one point per turn:
// point 0 is the start of the game, point t the state once everything
// logged in turn t (its morning and its resolution) has happened.
type Series struct {
	Actors []string    `json:"actors"`
	Issues []string    `json:"issues"`
	Turns  []int       `json:"turns"`
	Dates  []game.Date `json:"dates"`
	// Utility is each actor's true type's utility, [actor][point].
	Utility [][]float64 `json:"utility"`
	// Support and Face are [actor][point].
	Support [][]float64 `json:"support"`
	Face    [][]float64 `json:"face"`
	// Trust is how much one actor trusts another, [from][to][point].
	Trust [][][]float64 `json:"trust"`
	// Options are the issues' option indices, [point][issue].
	Options [][]int `json:"options"`
}

// Points is the number of points in every series.
func (s *Series) Points() int { return len(s.Turns) }

// buildSeries rebuilds the series from the log: every change of support,
// face, trust and issue options is logged with its new value, so the state
// at the end of each turn follows without replaying the game. Values start
// at the first logged old value (or, never changed, at today's value).
func buildSeries(g *game.Game) Series {
	sc := g.Scen
	na := len(sc.Actors)
	last := g.Turn
	for _, e := range g.Log {
		last = max(last, e.Turn)
	}
	s := Series{}
	for _, a := range sc.Actors {
		s.Actors = append(s.Actors, a.ID)
	}
	for _, is := range sc.Issues {
		s.Issues = append(s.Issues, is.ID)
	}
	support, face := slices.Clone(g.Support), slices.Clone(g.Face)
	trust := make([][]float64, na)
	for a := range trust {
		trust[a] = slices.Clone(g.Trust[a])
	}
	type key struct {
		kind game.EntryKind
		a, b int
	}
	seen := map[key]bool{}
	first := func(k key) bool {
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	for _, e := range g.Log {
		a, b := g.ActorIndex(e.Actor), g.ActorIndex(e.Other)
		switch {
		case e.Kind == game.KindSupport && a >= 0 && first(key{e.Kind, a, -1}):
			support[a] = e.Old
		case e.Kind == game.KindFace && a >= 0 && first(key{e.Kind, a, -1}):
			face[a] = e.Old
		case e.Kind == game.KindTrust && a >= 0 && b >= 0 && first(key{e.Kind, a, b}):
			trust[a][b] = e.Old
		}
	}
	options := g.StartOptions()
	s.Utility, s.Support, s.Face = grid(na), grid(na), grid(na)
	s.Trust = make([][][]float64, na)
	for a := range s.Trust {
		s.Trust[a] = grid(na)
	}
	record := func(t int) {
		s.Turns = append(s.Turns, t)
		if t == 0 {
			s.Dates = append(s.Dates, sc.Calendar.Start)
		} else {
			s.Dates = append(s.Dates, sc.Calendar.DateOfTurn(t))
		}
		s.Options = append(s.Options, slices.Clone(options))
		for a := range na {
			s.Utility[a] = append(s.Utility[a], sc.Utility(a, g.Types[a], options))
			s.Support[a] = append(s.Support[a], support[a])
			s.Face[a] = append(s.Face[a], face[a])
			for b := range na {
				s.Trust[a][b] = append(s.Trust[a][b], trust[a][b])
			}
		}
	}
	record(0)
	k := 0
	for t := 1; t <= last; t++ {
		for ; k < len(g.Log) && g.Log[k].Turn <= t; k++ {
			e := g.Log[k]
			a, b := g.ActorIndex(e.Actor), g.ActorIndex(e.Other)
			switch e.Kind {
			case game.KindSupport:
				if a >= 0 {
					support[a] = e.New
				}
			case game.KindFace:
				if a >= 0 {
					face[a] = e.New
				}
			case game.KindTrust:
				if a >= 0 && b >= 0 {
					trust[a][b] = e.New
				}
			case game.KindMove, game.KindOption:
				if i, j := optionOf(g, e); j >= 0 {
					options[i] = j
				}
			}
		}
		record(t)
	}
	return s
}

// optionOf reads the issue option an entry sets, or -1, -1. An option
// entry without an option is a change of controller.
func optionOf(g *game.Game, e game.Entry) (int, int) {
	if e.Kind != game.KindMove && e.Kind != game.KindOption || e.Option == "" {
		return -1, -1
	}
	i := g.IssueIndex(e.Issue)
	j := g.OptionIndex(i, e.Option)
	if j < 0 {
		return -1, -1
	}
	return i, j
}

func grid(n int) [][]float64 { return make([][]float64, n) }
