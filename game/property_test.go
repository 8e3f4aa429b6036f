package game_test

import (
	"math"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestRandomGamesKeepInvariants plays many games of random legal orders and
// checks after every turn that values stay in bounds and beliefs are
// distributions, and at the end that every agreed term has a fate.
func TestRandomGamesKeepInvariants(t *testing.T) {
	scens := []*game.Scenario{gametest.Small(), gametest.Synthetic(5, 10), gametest.Synthetic(2, 3)}
	seeds := map[string]uint64{"small": 25, "synthetic-5x10": 6, "synthetic-2x3": 10}
	for _, s := range scens {
		for seed := uint64(1); seed <= seeds[s.ID]; seed++ {
			g, err := playRandom(s, seed, func(g *game.Game, _ map[string][]game.Order) { checkInvariants(t, g) })
			if err != nil {
				t.Fatalf("%s seed %d: legal orders refused: %v", s.ID, seed, err)
			}
			for _, ag := range g.Agreements {
				for _, term := range ag.Terms {
					switch term.Status {
					case game.TermFulfilled, game.TermReneged, game.TermExpired, game.TermFailed, game.TermReleased:
					default:
						if !(g.Over && term.Deadline > g.Turn) {
							t.Errorf("%s seed %d: agreement %s term %v left %s", s.ID, seed, ag.ID, term.Term, term.Status)
						}
					}
				}
			}
		}
	}
}

func checkInvariants(t *testing.T, g *game.Game) {
	t.Helper()
	in := func(what string, v, lo, hi float64) {
		if v < lo || v > hi || math.IsNaN(v) {
			t.Fatalf("turn %d: %s = %v outside [%v, %v]", g.Turn, what, v, lo, hi)
		}
	}
	for a := range g.Scen.Actors {
		in("support", g.Support[a], 0, 100)
		in("face", g.Face[a], 0, 100)
		if g.Capital[a] < 0 {
			t.Fatalf("negative capital")
		}
		for b := range g.Scen.Actors {
			in("trust", g.Trust[a][b], 0, 100)
			if a == b {
				continue
			}
			sum := 0.0
			for _, p := range g.Beliefs[a][b] {
				in("belief", p, 0, 1)
				sum += p
			}
			if math.Abs(sum-1) > 1e-3 {
				t.Fatalf("turn %d: beliefs of %d about %d sum to %v", g.Turn, a, b, sum)
			}
		}
	}
	for v, vd := range g.Scen.Variables {
		in(vd.ID, g.Vars[v], vd.Min, vd.Max)
	}
	for i, is := range g.Scen.Issues {
		if g.Options[i] < 0 || g.Options[i] >= len(is.Options) {
			t.Fatalf("issue %s option %d", is.ID, g.Options[i])
		}
	}
	for _, sc := range g.Scores() {
		in("score", sc.Final, 0, 100)
	}
}
