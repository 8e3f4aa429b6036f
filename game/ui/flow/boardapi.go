package flow

import (
	"backchannel/game"
	"backchannel/game/session"
	"backchannel/game/ui"
	"backchannel/game/ui/board"
)

// Board is the screen where a seat plays its turn. Package board provides
// the real one; the flow holds one per human seat.
type Board interface {
	ui.Scene
	// Refresh reads the game again after a turn resolved.
	Refresh()
}

// BoardConfig is what a board needs: the fields of board.Config, kept
// apart so that tests can stand in for the board.
type BoardConfig struct {
	Session *session.Session
	Actor   string
	// Busy is true while the flow resolves the turn off the frame.
	Busy func() bool
	// OnEndTurn is called once Session.Submit(Actor, orders) succeeded.
	OnEndTurn func(orders []game.Order)
	// OnMenu opens the pause menu (Esc).
	OnMenu func()
}

// newBoard makes the board for one seat: package board's, unless
// Config.NewBoard stands in for it.
func (f *Flow) newBoard(c BoardConfig) Board {
	if f.cfg.NewBoard != nil {
		return f.cfg.NewBoard(c)
	}
	return BoardOf(c)
}

// BoardOf makes package board's board for one seat: what a Config.NewBoard
// that only watches calls.
func BoardOf(c BoardConfig) Board {
	return board.New(board.Config{Session: c.Session, Actor: c.Actor, Busy: c.Busy,
		OnEndTurn: c.OnEndTurn, OnMenu: c.OnMenu})
}
