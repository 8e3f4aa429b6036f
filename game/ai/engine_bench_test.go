package ai

import (
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// BenchmarkEngineShare replays the orders of recorded all-AI games of
// Synthetic(5,10), building every seat's view each turn as Play does but
// deciding nothing: the engine's share of BenchmarkGame.
func BenchmarkEngineShare(b *testing.B) {
	sc := gametest.Synthetic(5, 10)
	const games = 8
	var recorded [games][]map[string][]game.Order
	for n := range recorded {
		g, _ := game.New(sc, game.Setup{Seed: uint64(n + 1)})
		if err := Play(g, Seats(sc, Normal, uint64(n+1)), func(o map[string][]game.Order) {
			recorded[n] = append(recorded[n], o)
		}); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		g, _ := game.New(sc, game.Setup{Seed: uint64(n%games + 1)})
		for _, orders := range recorded[n%games] {
			for _, a := range sc.Actors {
				g.View(a.ID)
			}
			if err := g.Resolve(orders); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "games/s")
}
