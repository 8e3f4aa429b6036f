package ai

import (
	"fmt"

	"backchannel/game"
)

// Seats makes one seat per actor of the scenario, in scenario order, all
// of one difficulty and seeded with the game's seed; they share their
// model of the scenario (see Share), so are for one game played in turn.
func Seats(sc *game.Scenario, d Difficulty, seed uint64) []*Seat {
	out := make([]*Seat, len(sc.Actors))
	for a, ad := range sc.Actors {
		out[a] = New(ad.ID, d, seed)
		out[a].SetScenario(sc)
	}
	Share(out...)
	return out
}

// Reseat readies seats made by Seats for a new game of the same scenario
// with the given seed, as Seats would make them, keeping their working
// storage (see Seat.Renew).
func Reseat(seats []*Seat, seed uint64) {
	for _, s := range seats {
		s.Renew(seed)
	}
	Share(seats...)
}

// Play runs a game to its end with the given seats deciding for their
// actors (actors without a seat do nothing). After each turn resolves,
// after (if not nil) receives the orders of that turn. The orders of every
// seat are checked together by Resolve; an error means a seat gave an
// order the engine refused, which is a bug in this package.
func Play(g *game.Game, seats []*Seat, after func(orders map[string][]game.Order)) error {
	for guard := 0; !g.Over; guard++ {
		if guard > 2*g.TurnsTotal()+1 { // a turn may pause once for a summit session
			return fmt.Errorf("ai: game %q did not end after %d turns", g.Scen.ID, guard)
		}
		orders, err := Turn(g, seats)
		if err != nil {
			return err
		}
		if err := g.Resolve(orders); err != nil {
			return fmt.Errorf("ai: turn %d: %w", g.Turn, err)
		}
		if after != nil {
			after(orders)
		}
	}
	return nil
}

// Turn asks every seat for its orders of the current turn.
func Turn(g *game.Game, seats []*Seat) (map[string][]game.Order, error) {
	orders := make(map[string][]game.Order, len(seats))
	for _, s := range seats {
		// Each seat's view is refilled in place: copying it afresh every
		// turn was a large share of a simulated game.
		if err := g.ViewInto(&s.view, s.Actor); err != nil {
			return nil, err
		}
		orders[s.Actor] = s.Orders(&s.view)
	}
	return orders, nil
}
