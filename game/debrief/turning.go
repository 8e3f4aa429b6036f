package debrief

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/fmath"
)

// DefaultTurningPoints is how many turning points a report keeps.
const DefaultTurningPoints = 5

// minSwing is the smallest change of utility, in points, worth calling a
// turning point.
const minSwing = 0.5

// UtilityChange is how one actor's utility moved in a turn.
type UtilityChange struct {
	Actor string  `json:"actor"`
	From  float64 `json:"from"`
	To    float64 `json:"to"`
	Delta float64 `json:"delta"`
}

// TurningPoint is a turn in which some actor's utility moved a lot, with
// what moved it.
type TurningPoint struct {
	Turn int       `json:"turn"`
	Date game.Date `json:"date"`
	// Changes lists every actor whose utility moved, largest move first.
	Changes []UtilityChange `json:"changes"`
	// Largest is the size of the largest move, in utility points.
	Largest float64 `json:"largest"`
	// Entries are the log entries of the turn that explain the moves: the
	// option changes and the votes, fulfilments, events and choices behind
	// them, each with its cause.
	Entries []game.Entry `json:"entries"`
}

// turningPoints ranks the turns by the largest change in any actor's
// utility and keeps the first n.
func turningPoints(g *game.Game, s *Series, n int) []TurningPoint {
	var out []TurningPoint
	for t := 1; t < s.Points(); t++ {
		tp := TurningPoint{Turn: s.Turns[t], Date: s.Dates[t]}
		for a, id := range s.Actors {
			from, to := s.Utility[a][t-1], s.Utility[a][t]
			if d := to - from; math.Abs(d) >= minSwing {
				tp.Changes = append(tp.Changes, UtilityChange{Actor: id, From: fmath.Round4(from), To: fmath.Round4(to), Delta: fmath.Round4(d)})
				tp.Largest = max(tp.Largest, fmath.Round4(math.Abs(d)))
			}
		}
		if len(tp.Changes) == 0 {
			continue
		}
		slices.SortStableFunc(tp.Changes, func(a, b UtilityChange) int { return cmpDesc(math.Abs(a.Delta), math.Abs(b.Delta)) })
		tp.Entries = causes(g, tp.Turn)
		out = append(out, tp)
	}
	slices.SortStableFunc(out, func(a, b TurningPoint) int {
		if c := cmpDesc(a.Largest, b.Largest); c != 0 {
			return c
		}
		return cmp.Compare(a.Turn, b.Turn)
	})
	return out[:min(n, len(out))]
}

// causes picks from a turn's log the entries that explain its changes of
// utility. Only issue options move utility, so these are the entries that
// set an option and those directly behind them: the vote that let it pass,
// the fulfilment of the agreed term, the event or dilemma choice whose
// effect it was.
func causes(g *game.Game, turn int) []game.Entry {
	var moves, out []game.Entry
	for _, e := range g.Log {
		if _, j := optionOf(g, e); e.Turn == turn && j >= 0 {
			moves = append(moves, e)
		}
	}
	behind := func(e game.Entry) bool {
		for _, m := range moves {
			switch {
			case e.Seq == m.Seq:
				return true
			case e.Kind == game.KindVote && e.Issue == m.Issue && e.Option == m.Option:
				return true
			case e.Kind == game.KindFulfil && e.Issue == m.Issue && e.Agreement != "" && strings.HasSuffix(m.Cause, " "+e.Agreement):
				return true
			case e.Kind == game.KindEvent && e.Cause == m.Cause:
				return true
			case e.Kind == game.KindChoice && strings.HasPrefix(m.Cause, "choice "+e.Option+" of "):
				return true
			}
		}
		return false
	}
	for _, e := range g.Log {
		if e.Turn == turn && behind(e) {
			out = append(out, e)
		}
	}
	return out
}
