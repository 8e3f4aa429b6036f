package board

import (
	"backchannel/game"
	"backchannel/game/ai"
)

// snapshot is what the board shows, copied from the session at New and at
// Refresh: drawing reads only this, never the game, so a turn resolving on
// another goroutine cannot race with a frame.
type snapshot struct {
	v    *game.View
	log  []game.Entry
	expl map[string][]ai.Explanation
	// choices holds the answers of each open dilemma put to this seat. The
	// view carries a dilemma but not its choices (it leaves the scenario's
	// events out, since they say what is to come), so they are read from
	// that one event, as the AI seats do: the seat was told them.
	choices map[string][]game.ChoiceDef
	// prompts holds each dilemma's question, from the log.
	prompts map[string]string
	err     error
}

// takeSnapshot copies what actor may know from s.
func takeSnapshot(s Seat, actor string) *snapshot {
	v, log, expl, err := s.Snapshot(actor)
	if err != nil {
		return &snapshot{err: err}
	}
	sn := &snapshot{v: v, log: log, expl: expl,
		choices: map[string][]game.ChoiceDef{}, prompts: map[string]string{}}
	for _, d := range v.Dilemmas {
		sn.choices[d.ID] = d.Choices
		sn.prompts[d.ID] = d.Prompt
	}
	return sn
}

// me is the seat's actor index.
func (s *snapshot) me() int { return s.v.Me }

// myValue is the seat's own type's value (0-100) of option j of issue i,
// and whether the type values the issue at all.
func (s *snapshot) myValue(i, j int) (float64, bool) {
	v := s.v
	prefs := v.Scenario.Actors[v.Me].Types[v.Type].Prefs
	vals := prefs.Values[v.Scenario.Issues[i].ID]
	if j < 0 || j >= len(vals) {
		return 0, false
	}
	return vals[j], prefs.Weights[v.Scenario.Issues[i].ID] > 0
}

// utilityIf is the seat's utility if terms were carried out, and now.
func (s *snapshot) utilityIf(terms []game.Term) (after, now float64) {
	v := s.v
	now = v.Utility(v.Options)
	return v.Utility(v.Scenario.Apply(v.Options, terms)), now
}

// involvesMe reports whether an offer is from or to the seat.
func (s *snapshot) involvesMe(o *game.Offer) bool {
	if o.From == s.v.Actor {
		return true
	}
	for _, t := range o.To {
		if t == s.v.Actor {
			return true
		}
	}
	return false
}
