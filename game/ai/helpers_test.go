package ai

import (
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// decision is one seat's decision in a played game, with the view it saw.
type decision struct {
	g   *game.Game
	v   *game.View
	s   *Seat
	dec Decision
}

// playAll plays seeded all-AI games and calls fn with every decision, before
// the turn resolves.
func playAll(t *testing.T, scens []*game.Scenario, diffs []Difficulty, seeds int, fn func(d decision)) {
	t.Helper()
	for _, sc := range scens {
		for _, df := range diffs {
			for seed := uint64(1); seed <= uint64(seeds); seed++ {
				g, err := game.New(sc, game.Setup{Seed: seed})
				if err != nil {
					t.Fatal(err)
				}
				seats := Seats(sc, df, seed)
				for !g.Over {
					orders := map[string][]game.Order{}
					for _, s := range seats {
						v, _ := g.View(s.Actor)
						dec := s.Decide(v)
						fn(decision{g: g, v: v, s: s, dec: dec})
						orders[s.Actor] = dec.Orders
					}
					if err := g.Resolve(orders); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
}

func fixtures() []*game.Scenario {
	return []*game.Scenario{gametest.Small(), gametest.Synthetic(5, 10), gametest.Synthetic(3, 4)}
}

func allLevels() []Difficulty { return []Difficulty{Easy, Normal, Hard} }

// fresh decides on a view with a seat that has seen nothing before, so
// that edited views are judged on their own.
func fresh(s *Seat, v *game.View) Decision {
	f := New(s.Actor, s.Difficulty, s.Seed)
	f.SetScenario(s.full)
	f.mem = s.mem
	f.mem.fired = append([]string(nil), s.mem.fired...)
	f.mem.trustIn = append([]float64(nil), s.mem.trustIn...)
	f.mem.read = append([]string(nil), s.mem.read...)
	return f.Decide(v)
}

// withOffer returns a copy of the view in which the offer with o's id is
// replaced by o, or o is added if no offer has its id.
func withOffer(v *game.View, o game.Offer) *game.View {
	c := *v
	c.Offers = append([]game.Offer(nil), v.Offers...)
	for n := range c.Offers {
		if c.Offers[n].ID == o.ID {
			c.Offers[n] = o
			return &c
		}
	}
	c.Offers = append(c.Offers, o)
	return &c
}

// replyTo finds the seat's reply to an offer in a decision.
func replyTo(d Decision, offer string) game.OrderKind {
	for _, o := range d.Orders {
		switch o.Kind {
		case game.OrderAccept, game.OrderReject, game.OrderCounter, game.OrderStall:
			if o.Offer == offer {
				return o.Kind
			}
		}
	}
	return ""
}

// outcome is what the options would be if every term of the offer that
// can take effect did: its actor controls the issue and the parties can
// give the consent the option needs. It is written independently of the
// seat's code, from the engine's rules.
func outcome(v *game.View, o *game.Offer) []int {
	sc := v.Scenario
	out := append([]int(nil), v.Options...)
	parties := append([]string{o.From}, o.To...)
	for _, t := range o.Terms {
		i, j := optionIndex(sc, t.Issue, t.Option)
		if i < 0 || j < 0 || sc.Actors[v.Controller[i]].ID != t.Actor {
			continue
		}
		ok := true
		for _, r := range sc.Issues[i].Consent {
			if len(r.Options) > 0 && !containsStr(r.Options, t.Option) {
				continue
			}
			for _, a := range r.Actors {
				ok = ok && (containsStr(parties, a) || a == t.Actor)
			}
		}
		if ok {
			out[i] = j
		}
	}
	return out
}

func optionIndex(sc *game.Scenario, issue, option string) (int, int) {
	for i, is := range sc.Issues {
		if is.ID == issue {
			for j, op := range is.Options {
				if op.ID == option {
					return i, j
				}
			}
			return i, -1
		}
	}
	return -1, -1
}

// newRedLine reports whether the offer's outcome sets an option on one of
// the actor's red lines that is not already so.
func newRedLine(v *game.View, after []int) bool {
	for _, rl := range v.Scenario.Actors[v.Me].Types[v.Type].Prefs.RedLines {
		i, j := optionIndex(v.Scenario, rl.Issue, rl.Option)
		if i >= 0 && after[i] == j && v.Options[i] != j {
			return true
		}
	}
	return false
}
