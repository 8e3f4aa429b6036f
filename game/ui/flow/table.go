package flow

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/debrief"
	"backchannel/game/library"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
)

// table is the scene of a game in progress. It shows the board of the seat
// whose turn it is, and puts the screens between turns over it in the
// order the turn machine (package turns) gives: hand-over, briefing or
// headlines, then the next board. It resolves turns off the frame and
// watches the scenario file.
type table struct {
	f      *Flow
	m      *turns.Match
	turns  *turns.Table
	boards map[string]Board
	cur    string // the seat whose board shows; "" between seats

	job      *turns.Resolution
	busyFrom int64  // the tick the resolution started
	busyNote string // what the card says, written before the session is busy
	tick     int64
	snap     *ebiten.Image // the board as it was when the turn was ended
	report   *debrief.Report

	reload   *library.Watch
	pending  *library.Source // a changed scenario file, good, not yet taken
	banner   *banner
	wantMenu bool
	seatDone bool
}

func newTable(f *Flow, m *turns.Match) *table {
	t := &table{f: f, m: m, turns: turns.New(m.Session, m.Humans), boards: map[string]Board{}}
	if m.Source.Path != "" && f.cfg.Watch >= 0 {
		t.reload = library.WatchFile(m.Source.Path, f.cfg.Watch, f.waker.Wake)
	}
	return t
}

// begin shows the first seat: its briefing, or its board at once. It
// pushes onto the stack above whatever ctx belongs to, so the caller first
// pushes or replaces the table itself.
func (t *table) begin(ctx *ui.Context, skipBriefing bool) {
	t.turns.Begin(skipBriefing)
	t.advance(ctx, false)
}

// advance shows the next step. fromChild says that ctx belongs to the
// screen of the previous step, which the next one replaces.
func (t *table) advance(ctx *ui.Context, fromChild bool) {
	s, ok := t.turns.Next()
	if !ok {
		if fromChild {
			ctx.Pop()
		}
		return
	}
	next := func(ctx *ui.Context) { t.advance(ctx, true) }
	var sc ui.Scene
	switch s.Kind {
	case turns.Board:
		if t.opensLater(s.Actor) {
			// In the browser a new board is made behind a card (see
			// opening); the table shows it when the card is gone.
			t.cur = s.Actor
			sc = &opening{make: func() { t.makeBoard(s.Actor) }}
			break
		}
		t.show(ctx, s.Actor)
		if fromChild {
			ctx.Pop()
		}
		return
	case turns.Debrief:
		if fromChild {
			ctx.Pop()
		}
		t.close()
		ctx.Replace(newDebriefScreen(t.f, t.m, t.report))
		return
	case turns.Handover:
		sc = newHandover(t.m, s.Actor, next)
	case turns.Briefing:
		sc = newBriefing(t.m, s.Actor, next)
	case turns.Results:
		sc = newResults(t.m, s.Actor, turns.MorningFor(t.m.Game(), s.Actor, t.turns.Mark()), next)
	}
	if fromChild {
		ctx.Replace(sc)
	} else {
		ctx.Push(sc)
	}
}

// show makes actor's board current, creating it the first time.
func (t *table) show(ctx *ui.Context, actor string) {
	t.makeBoard(actor)
	t.cur = actor
	t.enterBoard(ctx)
}

// makeBoard makes actor's board, unless it has one.
func (t *table) makeBoard(actor string) {
	if _, ok := t.boards[actor]; ok {
		return
	}
	t.boards[actor] = t.f.newBoard(BoardConfig{
		Session:   t.m.Session,
		Actor:     actor,
		Busy:      func() bool { return t.turns.Phase() == turns.Resolving },
		OnEndTurn: func([]game.Order) { t.seatDone = true },
		OnMenu:    func() { t.wantMenu = true },
	})
}

// enterBoard tells the current board it is on screen, as the App tells a
// scene that comes to the top: the board is not on the stack itself.
func (t *table) enterBoard(ctx *ui.Context) {
	if e, ok := t.boards[t.cur].(ui.Enterer); ok && t.cur != "" {
		e.Enter(ctx)
	}
}

// Enter implements ui.Enterer: back from the pause menu, help or settings.
func (t *table) Enter(ctx *ui.Context) {
	if t.turns.Phase() == turns.Playing && t.cur != "" {
		t.enterBoard(ctx)
	}
}

// close stops what the table runs in the background.
func (t *table) close() {
	t.reload.Stop()
	t.reload = nil
}

// Update implements ui.Scene.
func (t *table) Update(ctx *ui.Context) error {
	t.tick = ctx.Tick
	t.pollReload(ctx)
	switch t.turns.Phase() {
	case turns.Snapshot:
		// The board was drawn into the snapshot last frame; from now on
		// nothing reads the session until the turn is resolved.
		t.turns.StartResolving()
		t.busyFrom = ctx.Tick
		t.job = turns.Resolve(t.m.Session, t.m.Humans, t.f.store, t.f.waker.Wake)
		ctx.Invalidate()
		return nil
	case turns.Resolving:
		ctx.Invalidate() // the indicator turns
		if ctx.Tick-t.busyFrom < minBusyTicks {
			return nil
		}
		if out, ok := t.job.Poll(); ok {
			t.resolved(ctx, out)
		}
		return nil
	}
	if t.cur == "" {
		if t.turns.Queued() {
			t.advance(ctx, false)
		}
		return nil
	}
	if t.banner != nil {
		t.banner.Update(ctx)
	}
	if err := t.boards[t.cur].Update(ctx); err != nil {
		return err
	}
	if t.wantMenu {
		t.wantMenu = false
		ctx.Push(newPause(t))
	} else {
		screen.OpenHelpOrSettings(ctx)
	}
	if t.seatDone {
		t.seatDone = false
		t.afterSeat(ctx)
	}
	return nil
}

// afterSeat moves on once a seat ended its turn: to the next human seat,
// or, when all have, to resolving the turn.
func (t *table) afterSeat(ctx *ui.Context) {
	if !t.turns.SeatDone() {
		t.cur = "" // the last player's screen goes at once
		t.advance(ctx, false)
		return
	}
	g := t.m.Game()
	t.busyNote = fmt.Sprintf("Turn %d of %d: the AI governments read their cables and decide.", g.Turn, g.TurnsTotal())
	ctx.Invalidate()
}

// resolved takes the result of a resolution and sets up the next turn.
func (t *table) resolved(ctx *ui.Context, out turns.Resolved) {
	t.job = nil
	t.cur = ""
	t.turns.Resolved(out.Err)
	if out.Err != nil {
		t.banner = newBanner("The turn could not be resolved: "+out.Err.Error(), true, dismiss(t))
		t.advance(ctx, false)
		return
	}
	t.m.Autosaved = out.SaveErr == nil && t.f.store != nil
	if out.SaveErr != nil {
		t.banner = newBanner("The autosave failed: "+out.SaveErr.Error()+". Save by hand from the menu (Esc).", true, dismiss(t))
	}
	for _, b := range t.boards {
		b.Refresh()
	}
	t.report = out.Report
	t.advance(ctx, false)
}

// Draw implements ui.Scene.
func (t *table) Draw(dst *ebiten.Image, th *ui.Theme) {
	switch {
	case t.turns.Phase() == turns.Snapshot && t.cur != "":
		t.capture(dst, th)
		fallthrough
	case t.turns.Phase() == turns.Resolving:
		if t.snap != nil && t.snap.Bounds().Size() == dst.Bounds().Size() {
			dst.DrawImage(t.snap, nil)
		} else {
			screen.DrawBackdrop(dst, th)
		}
		// Nothing here may read the session: it is being resolved.
		drawBusy(dst, th, "The other capitals are deliberating…", t.busyNote, t.tick-t.busyFrom)
		return
	case t.cur == "":
		// Between two seats: nothing of the last player's may show.
		screen.DrawBackdrop(dst, th)
		return
	}
	t.boards[t.cur].Draw(dst, th)
	if t.banner != nil {
		t.banner.Draw(dst, th)
	}
}

// capture draws the current board into the snapshot that shows, dimmed,
// while the turn resolves.
func (t *table) capture(dst *ebiten.Image, th *ui.Theme) {
	size := dst.Bounds().Size()
	if t.snap == nil || t.snap.Bounds().Size() != size {
		if t.snap != nil {
			t.snap.Deallocate()
		}
		t.snap = ebiten.NewImage(size.X, size.Y)
	}
	t.snap.Fill(th.Palette.Background)
	t.boards[t.cur].Draw(t.snap, th)
}
