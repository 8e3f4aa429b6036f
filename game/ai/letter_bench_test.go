package ai_test

import (
	"testing"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/gametest"
	"backchannel/game/lab"
	"backchannel/game/scenario"
)

// BenchmarkLetterGames plays all-AI games of letter-2009 at normal
// difficulty on one goroutine, seeds 1-200 in turn as `simulate -runs 200`
// does, with the garbage collector set as simulate and lab set it
// (lab.BulkGC). Target: 300 games/s per core. Besides games/s by the clock it
// reports games per second of CPU time (every thread of the process, the
// garbage collector's included), which a machine shared with other work
// disturbs far less than the clock.
func BenchmarkLetterGames(b *testing.B) {
	sc, err := scenario.Open("letter-2009")
	if err != nil {
		b.Fatal(err)
	}
	defer lab.BulkGC()()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := gametest.CPUTime()
	var seats []*ai.Seat
	g := &game.Game{}
	for n := 0; n < b.N; n++ {
		seed := uint64(n%200 + 1)
		// One game, restarted, and one set of seats, renewed, play every
		// game, as the lab's workers keep theirs.
		if err := g.Restart(sc, game.Setup{Seed: seed}); err != nil {
			b.Fatal(err)
		}
		if seats == nil {
			seats = ai.Seats(sc, ai.Normal, seed)
		} else {
			ai.Reseat(seats, seed)
		}
		if err := ai.Play(g, seats, nil); err != nil {
			b.Fatal(err)
		}
	}
	cpu := gametest.CPUTime() - cpu0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "games/s")
	if cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "games/cpu-s")
	}
}
