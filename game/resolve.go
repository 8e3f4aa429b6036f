package game

import (
	"fmt"
	"sort"
)

// Resolve plays one turn from every seat's orders (keyed by actor id; a
// seat with no entry does nothing). Invalid orders refuse the whole turn
// with an *OrderError and leave the game unchanged.
func (g *Game) Resolve(orders map[string][]Order) error {
	if g.Over {
		return &OrderError{Err: ErrGameOver}
	}
	ids := make([]string, 0, len(orders))
	for id := range orders {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if err := g.Check(id, orders[id]); err != nil {
			return err
		}
	}
	byActor := make([][]Order, len(g.Scen.Actors))
	for a, ad := range g.Scen.Actors {
		byActor[a] = orders[ad.ID]
		for _, o := range byActor[a] {
			g.Capital[a] -= o.Cost(g.Rules)
		}
	}
	g.lastTurnStart = len(g.Log)
	r := &round{g: g, orders: byActor}
	r.replies()
	r.proposals()
	r.statements()
	r.moves()
	r.terms()
	r.choices()
	r.leaks()
	g.changeVariables()
	g.drift()
	r.updateBeliefs()
	g.endOrAdvance()
	return nil
}

// round carries what one resolution has seen, for the belief update.
type round struct {
	g       *Game
	orders  [][]Order
	signals []signal
}

// each calls f for every order of the given kinds, actors in scenario order.
func (r *round) each(f func(a int, o Order), kinds ...OrderKind) {
	for a, list := range r.orders {
		for _, o := range list {
			for _, k := range kinds {
				if o.Kind == k {
					f(a, o)
				}
			}
		}
	}
}

// endOrAdvance ends the game when an end condition holds or the calendar
// runs out; otherwise it moves to the next turn's morning.
func (g *Game) endOrAdvance() {
	if !g.Over {
		for _, c := range g.Scen.End {
			if c != nil && c.Holds(facts{g}) {
				g.end("an end condition holds")
				return
			}
		}
	}
	if g.Over {
		return
	}
	if g.Turn >= g.TurnsTotal() {
		g.end("the calendar ran out")
		return
	}
	g.Turn++
	g.Date = g.Scen.Calendar.DateOfTurn(g.Turn)
	for a := range g.Capital {
		g.Capital[a] = g.capitalOf(a)
	}
	g.morning()
}

func (g *Game) end(cause string) {
	g.Over = true
	g.logf(Entry{Kind: KindEnd, Public: true, Cause: cause, Text: fmt.Sprintf("The episode ends on %s: %s.", g.Date.Pretty(), cause)})
}
