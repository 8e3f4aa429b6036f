package ai

import (
	"testing"

	"backchannel/game"
	"backchannel/game/scenario"
)

// TestBuiltinOrdersLegal plays the shipped episodes, with and without a
// seat that accepts everything, and requires the engine to take every
// order the AI gives: no promise on an issue its actor no longer decides,
// none that leaves an irreversible option or undoes a kept term.
func TestBuiltinOrdersLegal(t *testing.T) {
	for _, id := range []string{"letter-2009", "pittsburgh-2009"} {
		sc, _ := scenario.Builtin(id)
		for _, d := range []Difficulty{Normal, Hard} {
			for seed := uint64(1); seed <= 3; seed++ {
				for _, fixed := range []string{"", "USA", "RUS"} {
					g, _ := game.New(sc, game.Setup{Seed: seed})
					seats := Seats(sc, d, seed)
					for !g.Over {
						orders := map[string][]game.Order{}
						for _, s := range seats {
							v, _ := g.View(s.Actor)
							if s.Actor == fixed {
								orders[s.Actor] = trivials[1].orders(v)
								continue
							}
							orders[s.Actor] = s.Decide(v).Orders
						}
						if err := g.Resolve(orders); err != nil {
							t.Errorf("%s %v seed %d fixed %s: %v", id, d, seed, fixed, err)
							break
						}
					}
				}
			}
		}
	}
}
