package game

import (
	"fmt"
	"sort"
)

// Resolve plays one turn from every seat's orders (keyed by actor id; a
// seat with no entry does nothing). Invalid orders refuse the whole turn
// with an *OrderError and leave the game unchanged.
//
// When offers are made face to face at a forum, the turn stops after the
// orders, beliefs updated, in a summit session (Game.Summit): the next
// Resolve takes the answers to those offers, in the same turn, and then
// finishes it. In a summit session every order but such an answer is set
// aside (see SummitOrders).
func (g *Game) Resolve(orders map[string][]Order) error {
	if g.Over {
		return &OrderError{Err: ErrGameOver}
	}
	if g.Summit {
		orders = g.summitOnly(orders)
	}
	r := g.round
	if r == nil {
		r = &round{g: g}
		g.round = r
	}
	r.reset()
	for id := range orders {
		r.ids = append(r.ids, id)
	}
	sort.Strings(r.ids)
	for _, id := range r.ids {
		if err := g.Check(id, orders[id]); err != nil {
			return err
		}
	}
	r.orders = resize(r.orders, len(g.Scen.Actors))
	for a, ad := range g.Scen.Actors {
		r.orders[a] = orders[ad.ID]
		for _, o := range r.orders[a] {
			g.Capital[a] -= o.Cost(g.Rules)
		}
	}
	g.lastTurnStart = len(g.Log)
	r.replies()
	if g.Summit {
		g.closeSummit()
	} else {
		r.proposals()
		r.statements()
		r.moves()
		r.terms()
		r.choices()
		// The leaks ordered this turn are carried out before any summit
		// session: the session's call takes only answers.
		r.orderedLeaks()
		if g.openSummit() {
			r.updateBeliefs()
			return nil
		}
	}
	r.chanceLeaks()
	g.changeVariables()
	g.drift()
	r.updateBeliefs()
	g.endOrAdvance()
	return nil
}

// round carries what one resolution has seen, for the belief update. A
// game keeps one and reuses its storage turn after turn.
type round struct {
	g       *Game
	orders  [][]Order
	signals []signal
	ids     []string
	// Storage for updateBeliefs and the signals.
	options   []int
	at, seen  []int
	liks, lik []float64
	scratch   []int
}

// reset empties the round for the next resolution, keeping its storage.
func (r *round) reset() {
	clear(r.orders)
	clear(r.signals) // let go of the terms and names they held
	r.signals, r.ids, r.options = r.signals[:0], r.ids[:0], r.options[:0]
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
				g.epilogue()
				g.end("an end condition holds")
				return
			}
		}
	}
	if g.Over {
		return
	}
	if g.Turn >= g.TurnsTotal() {
		g.epilogue()
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
