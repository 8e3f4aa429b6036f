package game_test

import (
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// BenchmarkResolveTurn replays a whole 5-actor, 10-issue game of random
// legal orders and reports the time per turn (target: ≤ 50 µs/turn). A
// whole game is timed rather than one turn on a copy, so that neither
// copying nor the timer's own cost pollutes the figure.
func BenchmarkResolveTurn(b *testing.B) {
	s := gametest.Synthetic(5, 10)
	var turns []map[string][]game.Order
	if _, err := playRandom(s, 3, func(_ *game.Game, o map[string][]game.Order) { turns = append(turns, o) }); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := gametest.CPUTime()
	for i := 0; i < b.N; i++ {
		g, err := game.New(s, game.Setup{Seed: 3})
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range turns {
			if err := g.Resolve(o); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(turns)), "ns/turn")
	// The CPU time per turn, which a machine shared with other work
	// disturbs far less than the clock.
	if cpu := gametest.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*len(turns)), "cpu-ns/turn")
	}
}
