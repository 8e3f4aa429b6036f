package board

import (
	"strconv"

	"backchannel/game"
)

// orderBook holds this turn's orders as the player writes them. An answer
// to an offer, a term's fate and a dilemma's choice replace any earlier
// order about the same thing, as the engine allows one of each.
type orderBook struct {
	turn   int
	summit bool // the turn's summit session (View.Summit)
	orders []game.Order
}

// slot names what an order is about, like the engine's duplicate rule;
// proposals and statements have none and simply add up.
func slot(o game.Order) string {
	switch o.Kind {
	case game.OrderAccept, game.OrderReject, game.OrderCounter, game.OrderStall:
		return "reply/" + o.Offer
	case game.OrderLeak:
		return "leak/" + o.Offer
	case game.OrderMove:
		return "move/" + o.Issue
	case game.OrderFulfil, game.OrderRenege:
		return "term/" + o.Agreement + "/" + strconv.Itoa(o.TermIndex)
	case game.OrderChoose:
		return "choose/" + o.Dilemma
	}
	return ""
}

// with returns the orders with o added, replacing the order in its slot,
// and o's index in the result.
func (b *orderBook) with(o game.Order) ([]game.Order, int) {
	out := append([]game.Order(nil), b.orders...)
	if s := slot(o); s != "" {
		for i, x := range out {
			if slot(x) == s {
				out[i] = o
				return out, i
			}
		}
	}
	return append(out, o), len(out)
}

// find returns the order in the slot s, if any.
func (b *orderBook) find(s string) (game.Order, bool) {
	for _, o := range b.orders {
		if slot(o) == s {
			return o, true
		}
	}
	return game.Order{}, false
}

// remove drops order i.
func (b *orderBook) remove(i int) {
	if i >= 0 && i < len(b.orders) {
		b.orders = append(b.orders[:i:i], b.orders[i+1:]...)
	}
}

// dropSlot removes the order in slot s, reporting whether there was one.
func (b *orderBook) dropSlot(s string) bool {
	for i, o := range b.orders {
		if slot(o) == s {
			b.remove(i)
			return true
		}
	}
	return false
}

// cost is the capital the orders spend.
func (b *orderBook) cost(r game.Rules) int {
	n := 0
	for _, o := range b.orders {
		n += o.Cost(r)
	}
	return n
}
