package debrief

import (
	"slices"

	"backchannel/game"
)

// TurnLog is the log entries of one turn.
type TurnLog struct {
	Turn    int          `json:"turn"`
	Date    game.Date    `json:"date"`
	Entries []game.Entry `json:"entries"`
}

// Timeline groups log entries by turn, keeping those keep accepts (all
// when keep is nil). Turns with nothing kept are left out.
func Timeline(log []game.Entry, keep func(game.Entry) bool) []TurnLog {
	var out []TurnLog
	for _, e := range log {
		if keep != nil && !keep(e) {
			continue
		}
		if len(out) == 0 || out[len(out)-1].Turn != e.Turn {
			out = append(out, TurnLog{Turn: e.Turn, Date: e.Date})
		}
		last := &out[len(out)-1]
		last.Entries = append(last.Entries, e)
	}
	return out
}

// Significant reports whether an entry belongs in an instructor's
// timeline: what actors did and what happened to them, without the
// bookkeeping (turn marks, drifting numbers, belief updates).
func Significant(e game.Entry) bool {
	switch e.Kind {
	case game.KindTurn, game.KindStart, game.KindArrive, game.KindSupport, game.KindTrust, game.KindFace,
		game.KindVar, game.KindCapital, game.KindBelief:
		return false
	}
	return true
}

// OfferSummary is an offer with what it was worth to each party.
type OfferSummary struct {
	game.Offer
	Terms string `json:"description"`
	// Values is each party's true-type utility of the state at sending
	// with the terms carried out, beside Before, the state as it was.
	Values map[string]float64 `json:"values"`
	Before map[string]float64 `json:"before"`
}

func offerSummaries(g *game.Game, changes []optionChange) []OfferSummary {
	var out []OfferSummary
	for _, off := range g.Offers {
		s := OfferSummary{Offer: *off, Terms: g.DescribeTerms(off.Terms), Values: map[string]float64{}, Before: map[string]float64{}}
		s.To, s.Replies = slices.Clone(off.To), slices.Clone(off.Replies)
		s.Offer.Terms = slices.Clone(off.Terms)
		at := optionsAt(g, changes, offerSeq(g, off.ID))
		after := g.Scen.Apply(at, off.Terms)
		for _, id := range append([]string{off.From}, off.To...) {
			if a := g.ActorIndex(id); a >= 0 {
				s.Before[id] = round(g.Scen.Utility(a, g.Types[a], at))
				s.Values[id] = round(g.Scen.Utility(a, g.Types[a], after))
			}
		}
		out = append(out, s)
	}
	return out
}

// Choice is an answer to a dilemma.
type Choice struct {
	Dilemma string `json:"dilemma"`
	Event   string `json:"event"`
	Actor   string `json:"actor"`
	Prompt  string `json:"prompt"`
	Posed   int    `json:"posed"`
	Turn    int    `json:"turn,omitempty"` // when answered
	Choice  string `json:"choice,omitempty"`
	Label   string `json:"label,omitempty"`
	// Default is true when the actor let the deadline pass.
	Default bool `json:"default,omitempty"`
}

func choices(g *game.Game) []Choice {
	var out []Choice
	for _, d := range g.Dilemmas {
		ev := g.Scen.Events[d.Event]
		c := Choice{Dilemma: d.ID, Event: ev.ID, Actor: d.Actor, Posed: d.Posed, Choice: d.Choice}
		if ev.Dilemma != nil {
			c.Prompt = ev.Dilemma.Prompt
			for _, ch := range ev.Dilemma.Choices {
				if ch.ID == d.Choice {
					c.Label = ch.Label
				}
			}
		}
		for _, e := range g.Log {
			if e.Kind == game.KindChoice && e.Event == ev.ID && e.Actor == d.Actor && e.Turn >= d.Posed && e.Turn <= d.Deadline {
				c.Turn, c.Default = e.Turn, e.Cause != "choice"
				break
			}
		}
		out = append(out, c)
	}
	return out
}
