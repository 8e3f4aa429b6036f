package board

import (
	"maps"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/session"
)

// Seat is the game as one seat's board reads and changes it. A game in
// this process (solo, hot-seat) is a session; a seat at a class server is
// another (package flow's remote table), so the board is the same screen
// for both.
type Seat interface {
	// Snapshot is what actor may know now: its view, its visible log and
	// the AI decisions it may read the reasons of.
	Snapshot(actor string) (*game.View, []game.Entry, map[string][]ai.Explanation, error)
	// Check reports whether the orders would be accepted.
	Check(actor string, orders []game.Order) error
	// Submit hands in the seat's orders for the turn.
	Submit(actor string, orders []game.Order) error
}

// sessionSeat is a game in this process as a Seat.
type sessionSeat struct{ s *session.Session }

func (l sessionSeat) Snapshot(actor string) (*game.View, []game.Entry, map[string][]ai.Explanation, error) {
	v, err := l.s.Game.View(actor)
	if err != nil {
		return nil, nil, nil, err
	}
	return v, l.s.Game.VisibleLog(actor), maps.Clone(l.s.Explanations), nil
}

func (l sessionSeat) Check(actor string, orders []game.Order) error {
	return l.s.Game.Check(actor, orders)
}

func (l sessionSeat) Submit(actor string, orders []game.Order) error {
	return l.s.Submit(actor, orders)
}

// seat is the Config's Seat, or else its Session.
func (c Config) seat() Seat {
	if c.Seat != nil {
		return c.Seat
	}
	return sessionSeat{c.Session}
}
