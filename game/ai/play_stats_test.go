package ai

import (
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
	"backchannel/game/scenario"
)

// TestSeatsMakeDeals guards against a seat too timid (or too greedy) to
// ever agree: all-AI games should reach agreements, and keep them.
func TestSeatsMakeDeals(t *testing.T) {
	tut, err := scenario.Builtin("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		sc    *game.Scenario
		games int
		least float64 // agreements per game
	}{{gametest.Synthetic(5, 10), 6, 0.15}, {tut, 40, 0.1}} {
		// Kept terms hold their issue for good, so an issue is settled by
		// one deal at most: an easy seat, which offers only stated trades,
		// reaches about one agreement in six synthetic games.
		for _, d := range allLevels() {
			agreements, fulfilled := 0, 0
			for seed := uint64(1); seed <= uint64(c.games); seed++ {
				g, _ := game.New(c.sc, game.Setup{Seed: seed})
				if err := Play(g, Seats(c.sc, d, seed), nil); err != nil {
					t.Fatal(err)
				}
				agreements += len(g.Agreements)
				for _, ag := range g.Agreements {
					for _, term := range ag.Terms {
						if term.Status == game.TermFulfilled {
							fulfilled++
						}
					}
				}
			}
			if per := float64(agreements) / float64(c.games); per < c.least || fulfilled == 0 {
				t.Errorf("%s %v: %.2f agreements per game (want at least %.2f), %d terms kept", c.sc.ID, d, per, c.least, fulfilled)
			}
		}
	}
}
