package board

import (
	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// say shows a short message above the orders bar for a few seconds.
func (b *Board) say(s string, bad bool) {
	b.toast, b.toastBad, b.toastUntil = s, bad, b.tick+toastTicks
}

// Notice shows a message where the board's own messages about orders go:
// a hosted seat's news from its team and the class server. It replaces
// the message shown; call it from Update.
func (b *Board) Notice(s string) { b.say(s, false) }

// addOrder adds o to this turn's orders (replacing an order about the same
// thing) if the rules allow it, and says why not otherwise.
func (b *Board) addOrder(o game.Order) bool {
	v := b.snap.v
	orders, idx := b.orders.with(o)
	if err := b.cfg.seat().Check(b.cfg.Actor, orders); err != nil {
		b.say(plainError(v, err, orders, idx), true)
		return false
	}
	b.orders.orders = orders
	b.say("Added to this turn's orders: "+orderText(v, o)+".", false)
	b.ordersChanged()
	return true
}

// dropOrder takes back the order in slot s.
func (b *Board) dropOrder(s string) {
	for i, o := range b.orders.orders {
		if slot(o) == s {
			b.removeOrder(i)
			return
		}
	}
}

// removeOrder takes back order i.
func (b *Board) removeOrder(i int) {
	if i < 0 || i >= len(b.orders.orders) {
		return
	}
	o := b.orders.orders[i]
	b.orders.remove(i)
	b.say("Taken back: "+orderText(b.snap.v, o)+".", false)
	b.ordersChanged()
}

// ordersChanged refreshes what shows this turn's orders.
func (b *Board) ordersChanged() {
	b.version++
	b.inbox.rebuild()
}

// endTurn hands the orders to the session and tells the flow. With no
// orders at all it asks first, since an empty turn is usually a slip
// (but not at a summit session, where only the offers made there can be
// answered).
func (b *Board) endTurn(ctx *ui.Context) {
	if b.snap.v == nil || b.snap.v.Over {
		return
	}
	if waiting := awaitWords(b.inbox.all); waiting != "" {
		body := waiting + ". Unanswered letters may lapse, and due terms and decisions pass by default."
		if len(b.orders.orders) == 0 {
			body += " You have given no orders this turn."
		}
		ctx.Push(widget.NewDialog(widget.DialogConfig{
			Title: "End the turn with " + waitingTitle(b.inbox.waiting()) + "?",
			Body:  body,
			Buttons: []widget.ButtonConfig{
				{Text: "Keep playing", Tooltip: "Back to the board: the inbox marks what waits."},
				{Text: "End the turn", Tooltip: "Hand in the orders as they are.", OnClick: func(*ui.Context) { b.submit() }},
			},
		}))
		return
	}
	if len(b.orders.orders) > 0 || b.snap.v.Summit {
		// At a summit session with nothing to answer, no orders is the
		// usual answer, not a slip.
		b.submit()
		return
	}
	ctx.Push(widget.NewDialog(widget.DialogConfig{
		Title: "End the turn without orders?",
		Body:  "You have given no orders this turn: no answers, offers or statements. The others will move anyway.",
		Buttons: []widget.ButtonConfig{
			{Text: "End the turn", Tooltip: "Pass this turn.", OnClick: func(*ui.Context) { b.submit() }},
			{Text: "Keep playing", Tooltip: "Back to the board."},
		},
	}))
}

func (b *Board) submit() {
	orders := b.Orders()
	if err := b.cfg.seat().Submit(b.cfg.Actor, orders); err != nil {
		b.say(plainError(b.snap.v, err, orders, -1), true)
		return
	}
	b.say("Orders handed in.", false)
	if b.cfg.OnEndTurn != nil {
		b.cfg.OnEndTurn(orders)
	}
}

// waitingTitle is the dialog title's count: "1 item unanswered".
func waitingTitle(n int) string {
	return plural(n, "item", "items") + " unanswered"
}
