package window

import (
	"context"
	"time"

	"backchannel/game/class"
	"backchannel/game/ui/remote"
)

// RunSeat opens the window on a seat at a class server (`backchannel
// join`, or the browser build opened from a seat's link): the same board
// as solo play, over class.Seat. It returns when the student closes the
// window, or with the reason when the seat ends (the session was closed,
// the link is no longer valid).
func RunSeat(seat class.Seat, w Window) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t, err := remote.New(ctx, seat)
	cancel()
	if err != nil {
		return err
	}
	defer t.Close()
	if w.Title == "" {
		w.Title = "Backchannel: " + t.Title()
	}
	if err := runScene(nil, t, w); err != nil {
		return err
	}
	return t.Err()
}
