// Package remote plays a seat at a class server on the same board as solo
// play: `backchannel join` on the desktop and the browser build opened
// from a seat's link. The board reads the seat's view as the server last
// sent it and hands orders in over class.Seat; a goroutine follows the
// server's views, so a turn resolved by the others, a deadline or an
// instructor's injection reaches the board while the student looks at it.
package remote

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/class"
	"backchannel/game/ui"
	"backchannel/game/ui/board"
	"backchannel/game/ui/widget"
)

// askFor bounds a check or a hand-in: the board waits for the server's
// answer, and a server that does not answer must not freeze the window
// for ever.
const askFor = 20 * time.Second

// Table is the screen of a remote seat: the board, with what it needs to
// follow the server. It implements ui.Scene.
type Table struct {
	seat   class.Seat
	board  *board.Board
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}
	// wake asks for a frame when a view arrives: the game sleeps between
	// frames while nothing moves.
	wake func()

	mu   sync.Mutex
	view *class.SeatView
	err  error // the seat is gone: an ended session, a bad link
	// waiting is true from the hand-in until the turn resolves: the board
	// shows the other capitals deliberating.
	waiting atomic.Bool
	// menu is set by the board's Menu button (or Esc), for Update.
	menu bool
	// note is news for the board to show, for Update (see notice).
	note string
	// debriefed: the report has been shown once the game was over.
	debriefed bool
}

// New makes the table of a joined seat, waiting (up to ctx) for its first
// view. Close it when done.
func New(ctx context.Context, seat class.Seat) (*Table, error) {
	return newTable(ctx, seat, ebiten.ScheduleFrame)
}

// newTable is New with what wakes the window (tests count the wakes).
func newTable(ctx context.Context, seat class.Seat, wake func()) (*Table, error) {
	v, err := seat.State(ctx)
	if err != nil {
		return nil, err
	}
	t := &Table{seat: seat, view: v, done: make(chan struct{}), wake: wake}
	t.ctx, t.cancel = context.WithCancel(context.Background())
	t.waiting.Store(v.HandedIn != nil && !v.Clock.Over)
	t.board = board.New(board.Config{Seat: seatOf{t}, Actor: v.Actor, Busy: t.waiting.Load,
		OnEndTurn: func([]game.Order) { t.waiting.Store(true) }, OnMenu: func() { t.menu = true }})
	go t.follow(v)
	return t, nil
}

// Title names the session and the seat, for the window.
func (t *Table) Title() string {
	v := t.View()
	me := v.View.Scenario.Actors[v.View.Me]
	return v.Name + ": " + me.Name
}

// View is the seat's view as last received.
func (t *Table) View() *class.SeatView {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.view
}

// Err is why the seat ended, or nil.
func (t *Table) Err() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.err
}

// Board is the table's board, for tests.
func (t *Table) Board() *board.Board { return t.board }

// Close stops following the server.
func (t *Table) Close() {
	t.cancel()
	<-t.done
}

// follow takes each view the server sends (a resolution, an injection, a
// teammate's draft) and has the board read it again.
func (t *Table) follow(last *class.SeatView) {
	defer close(t.done)
	for {
		v, err := t.seat.Next(t.ctx, last)
		if t.ctx.Err() != nil {
			return
		}
		t.mu.Lock()
		if err != nil {
			t.err = err
		} else {
			t.view = v
		}
		t.mu.Unlock()
		if err != nil {
			t.wake()
			return
		}
		note := notice(last, v, t.waiting.Load())
		if v.Clock.Round != last.Clock.Round || v.Clock.Over || v.HandedIn != nil && last.HandedIn == nil {
			t.waiting.Store(v.HandedIn != nil && !v.Clock.Over)
		}
		if note != "" {
			t.mu.Lock()
			t.note = note
			t.mu.Unlock()
		}
		last = v
		t.board.Refresh()
		t.wake()
	}
}

// Enter implements ui.Enterer.
func (t *Table) Enter(ctx *ui.Context) { t.board.Enter(ctx) }

// Update implements ui.Scene. When the seat is gone the window closes and
// the caller reports Err.
func (t *Table) Update(ctx *ui.Context) error {
	if t.Err() != nil {
		ctx.Quit()
		return nil
	}
	t.mu.Lock()
	note := t.note
	t.note = ""
	t.mu.Unlock()
	if note != "" {
		t.board.Notice(note)
	}
	if v := t.View(); v.Report != "" && !t.debriefed {
		t.debriefed = true
		ctx.Push(newDebrief(v.Report))
	}
	err := t.board.Update(ctx)
	if t.menu {
		// A hosted seat has nothing to save or load: the server keeps the
		// game, so the menu only offers to leave.
		t.menu = false
		ctx.Push(widget.NewDialog(widget.DialogConfig{
			Title: "Leave the class?",
			Body:  "Your orders handed in are kept by the class server. Run the same link again to come back to your seat.",
			Buttons: []widget.ButtonConfig{
				{Text: "Back to the board", Tooltip: "Keep playing."},
				{Text: "Leave", Tooltip: "Close the window.", OnClick: func(ctx *ui.Context) { ctx.Quit() }},
			},
		}))
	}
	return err
}

// Draw implements ui.Scene.
func (t *Table) Draw(screen *ebiten.Image, th *ui.Theme) { t.board.Draw(screen, th) }

// seatOf is the table as the board's Seat.
type seatOf struct{ t *Table }

func (s seatOf) Snapshot(string) (*game.View, []game.Entry, map[string][]ai.Explanation, error) {
	v := s.t.View()
	return v.View, v.Log, nil, nil
}

func (s seatOf) Check(_ string, orders []game.Order) error {
	ctx, cancel := context.WithTimeout(s.t.ctx, askFor)
	defer cancel()
	return s.t.seat.Check(ctx, orders)
}

func (s seatOf) Submit(_ string, orders []game.Order) error {
	ctx, cancel := context.WithTimeout(s.t.ctx, askFor)
	defer cancel()
	return s.t.seat.HandIn(ctx, orders)
}
