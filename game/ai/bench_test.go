package ai

import (
	"slices"
	"testing"
	"time"

	"backchannel/game"
	"backchannel/game/gametest"
)

// turnViews plays all-AI games of Synthetic(5,10) and keeps every turn's
// views, so that the benchmark times decisions alone.
func turnViews(b *testing.B, d Difficulty, games int) [][]*game.View {
	sc := gametest.Synthetic(5, 10)
	var out [][]*game.View
	for seed := uint64(1); seed <= uint64(games); seed++ {
		g, err := game.New(sc, game.Setup{Seed: seed})
		if err != nil {
			b.Fatal(err)
		}
		seats := Seats(sc, d, seed)
		for !g.Over {
			var vs []*game.View
			orders := map[string][]game.Order{}
			for _, s := range seats {
				v, _ := g.View(s.Actor)
				vs = append(vs, v)
				orders[s.Actor] = s.Decide(v).Orders
			}
			out = append(out, vs)
			if err := g.Resolve(orders); err != nil {
				b.Fatal(err)
			}
		}
	}
	return out
}

func benchTurn(b *testing.B, d Difficulty) {
	turns := turnViews(b, d, 3)
	sc := gametest.Synthetic(5, 10)
	seats := Seats(sc, d, 1)
	var times []time.Duration
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		vs := turns[n%len(turns)]
		start := time.Now()
		for a, v := range vs {
			seats[a].Decide(v)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "ms-p99")
}

// BenchmarkTurnDecisions times all five seats' decisions in one turn of
// Synthetic(5,10), cycling through every turn of three games. Target:
// median at most 2 ms.
func BenchmarkTurnDecisions(b *testing.B) {
	for _, d := range []Difficulty{Easy, Normal, Hard} {
		b.Run(d.String(), func(b *testing.B) { benchTurn(b, d) })
	}
}

// BenchmarkGame plays whole all-AI games of Synthetic(5,10) (40 turns) on
// one goroutine, views and resolution included. Target: 200 games/s.
func BenchmarkGame(b *testing.B) {
	sc := gametest.Synthetic(5, 10)
	for _, d := range []Difficulty{Easy, Normal, Hard} {
		b.Run(d.String(), func(b *testing.B) {
			for n := 0; n < b.N; n++ {
				seed := uint64(n + 1)
				g, err := game.New(sc, game.Setup{Seed: seed})
				if err != nil {
					b.Fatal(err)
				}
				if err := Play(g, Seats(sc, d, seed), nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "games/s")
		})
	}
}
