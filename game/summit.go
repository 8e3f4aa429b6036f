package game

import "fmt"

// Summits: leaders who meet at a forum can answer each other's offers on
// the spot. Offers made at a forum arrive at once, and the turn pauses in
// a summit session for the answers before it resolves its leaks, world
// and end (see Resolve).

// openSummit starts a summit session when offers made at a forum this
// turn wait for answers; it reports whether it did.
func (g *Game) openSummit() bool {
	var waiting []string
	for _, off := range g.Offers {
		if g.atSummit(off) {
			for _, to := range off.To {
				if !contains(waiting, to) {
					waiting = append(waiting, to)
				}
			}
		}
	}
	if len(waiting) == 0 {
		return false
	}
	g.Summit = true
	g.logf(Entry{Kind: KindSummit, Public: true, Cause: "offers made face to face",
		Text: fmt.Sprintf("At the summit table, %s answer the offers made to them there.", g.names(waiting))})
	return true
}

// closeSummit ends the summit session; offers made there and not
// answered stay open like any other.
func (g *Game) closeSummit() {
	g.Summit = false
	g.logf(Entry{Kind: KindSummit, Public: true, Cause: "the session ends", Text: "The summit session ends."})
}

// atSummit reports whether an offer was made face to face this turn and
// still waits for an answer.
func (g *Game) atSummit(off *Offer) bool {
	if off.Channel != ChannelForum || off.Sent != g.Turn || off.Status != OfferOpen {
		return false
	}
	for _, rep := range off.Replies {
		if rep.Kind == "" {
			return true
		}
	}
	return false
}

// SummitOrders keeps, of an actor's orders, those a summit session takes:
// accepting, rejecting or stalling an offer made to it at the summit this
// turn, as long as the orders so far pass Check. Outside a summit session
// it returns the orders as they are.
func (g *Game) SummitOrders(actor string, orders []Order) []Order {
	if !g.Summit {
		return orders
	}
	var out []Order
	for _, o := range orders {
		switch o.Kind {
		case OrderAccept, OrderReject, OrderStall:
		default:
			continue
		}
		if off := g.offer(o.Offer); off == nil || !g.atSummit(off) {
			continue
		}
		if g.Check(actor, append(out, o)) == nil {
			out = append(out, o)
		}
	}
	return out
}

func (g *Game) summitOnly(orders map[string][]Order) map[string][]Order {
	out := make(map[string][]Order, len(orders))
	for id, list := range orders {
		if kept := g.SummitOrders(id, list); len(kept) > 0 {
			out[id] = kept
		}
	}
	return out
}

// checkSummit refuses, in a summit session, any order but an answer to an
// offer made at the summit.
func (g *Game) checkSummit(o Order) error {
	switch o.Kind {
	case OrderAccept, OrderReject, OrderStall:
		if off := g.offer(o.Offer); off != nil && g.atSummit(off) {
			return nil
		}
	}
	return ErrSummitOnly
}
