package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"backchannel/game/ui/window"
	"backchannel/server/client"
)

// errNeedName: the student has not joined the seat yet and gave no name.
var errNeedName = errors.New("type your name first")

// errJoinOnPage: the board opened from a seat's link in a browser where
// the student has not joined the seat: the seat's page asks the name.
var errJoinOnPage = errors.New("open your seat's link first and type your name there; then open the board from that page")

// playSeat takes a seat at a class server and opens the board on it:
// base is the server's address, token the seat's, member this student's
// own id (kept between runs, so the student comes back to the same
// place). A student who has not joined yet joins under name; name is
// asked for only then. w says how the window opens. It returns the exit
// code.
func playSeat(base, token, member string, name func() (string, error), w window.Window, stderr io.Writer) int {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := client.Dial(ctx, base, token, member, client.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "backchannel: cannot reach the class server at %s: %v\n", base, err)
		return 1
	}
	defer c.Close()
	if _, err := c.State(ctx); err != nil {
		fmt.Fprintln(stderr, "backchannel:", err)
		return 1
	}
	if !c.You().Joined {
		n, err := name()
		if err == nil {
			err = c.Join(ctx, n)
		}
		if err != nil {
			fmt.Fprintln(stderr, "backchannel:", err)
			return 1
		}
	}
	if err := window.RunSeat(c, w); err != nil {
		fmt.Fprintln(stderr, "backchannel:", err)
		return 1
	}
	return 0
}
