package game_test

import (
	"math/rand/v2"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// BenchmarkResolveTurn resolves one turn of a 5-actor, 10-issue game with
// typical orders (target: median ≤ 50 µs).
func BenchmarkResolveTurn(b *testing.B) {
	s := gametest.Synthetic(5, 10)
	// Prepare a game in mid-play and a set of orders for its next turn.
	base, err := game.New(s, game.Setup{Seed: 3})
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 3))
	for i := 0; i < 8; i++ {
		orders := map[string][]game.Order{}
		for _, a := range s.Actors {
			orders[a.ID] = randomOrders(base, a.ID, r)
		}
		if err := base.Resolve(orders); err != nil {
			b.Fatal(err)
		}
	}
	orders := map[string][]game.Order{}
	for _, a := range s.Actors {
		orders[a.ID] = randomOrders(base, a.ID, r)
	}
	// Resolve copies of the mid-game state in batches, so that making the
	// copies stays outside the timing.
	b.ResetTimer()
	b.StopTimer()
	const batch = 256
	for done := 0; done < b.N; done += batch {
		n := min(batch, b.N-done)
		games := make([]*game.Game, n)
		for i := range games {
			games[i] = base.Clone()
		}
		b.StartTimer()
		for _, g := range games {
			if err := g.Resolve(orders); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
	}
}

// replayTo rebuilds the benchmark's mid-game state.
func replayTo(b *testing.B, s *game.Scenario, seed uint64, turns int) *game.Game {
	g, err := game.New(s, game.Setup{Seed: seed})
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(seed, seed))
	for i := 0; i < turns; i++ {
		orders := map[string][]game.Order{}
		for _, a := range s.Actors {
			orders[a.ID] = randomOrders(g, a.ID, r)
		}
		if err := g.Resolve(orders); err != nil {
			b.Fatal(err)
		}
	}
	return g
}
