package class

import (
	"context"

	"backchannel/game"
)

// Seat is one actor's place in a game as a front end drives it: read the
// view and visible log, check orders, draft and hand them in, wait for the
// turn. The class server's seats implement it over WebSocket (package
// server's Client); a board that plays through Seat does not care whether
// the game runs in its own process or on a server.
type Seat interface {
	// State is the seat's view now.
	State(ctx context.Context) (*SeatView, error)
	// Check reports whether the orders would be accepted, without handing
	// them in.
	Check(ctx context.Context, orders []game.Order) error
	// Draft saves the team's work in progress for teammates to see.
	Draft(ctx context.Context, orders []game.Order) error
	// HandIn hands in the seat's orders for the turn.
	HandIn(ctx context.Context, orders []game.Order) error
	// Wait returns the view once the game has resolved more than round
	// times (Clock.Round) or is over. Rounds, not turns: a turn with a
	// summit session resolves twice.
	Wait(ctx context.Context, round int) (*SeatView, error)
	// Next returns the first view other than last: a resolution, an
	// instructor's injection, a teammate's draft.
	Next(ctx context.Context, last *SeatView) (*SeatView, error)
}
