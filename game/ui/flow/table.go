package flow

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/debrief"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
)

// table is the scene of a game in progress. It shows the board of the seat
// whose turn it is, and puts the screens between turns over it in order:
// hand-over, briefing or headlines, then the next board. It resolves turns
// off the frame and watches the scenario file.
type table struct {
	f      *Flow
	m      *match
	boards map[string]Board
	cur    string // the seat whose board shows; "" between seats

	queue   []step
	briefed map[string]bool // seats that have read their briefing
	mark    int             // log length before the last resolution; -1 before any
	read    map[string]bool // seats that have read the last morning's paper

	phase    phase
	job      *resolution
	busyFrom int64  // the tick the resolution started
	busyNote string // what the card says, written before the session is busy
	tick     int64
	snap     *ebiten.Image // the board as it was when the turn was ended
	report   *debrief.Report

	reload   *reloader
	pending  *Source // a changed scenario file, good, not yet taken
	banner   *banner
	wantMenu bool
	seatDone bool
}

// phase is where the table is in the turn.
type phase int

const (
	phasePlaying   phase = iota
	phaseSnapshot        // a seat ended the last turn: capture its board, then resolve
	phaseResolving       // the turn resolves off the frame
)

// step is one screen between two boards.
type step struct {
	kind  stepKind
	actor string
}

type stepKind int

const (
	stepHandover stepKind = iota
	stepBriefing
	stepResults
	stepBoard
	stepDebrief
)

func newTable(f *Flow, m *match) *table {
	t := &table{f: f, m: m, boards: map[string]Board{}, briefed: map[string]bool{}, read: map[string]bool{}, mark: -1}
	if m.src.Path != "" && f.cfg.Watch >= 0 {
		t.reload = watchFile(m.src.Path, f.cfg.Watch)
	}
	return t
}

// begin shows the first seat: its briefing, or its board at once. It
// pushes onto the stack above whatever ctx belongs to, so the caller first
// pushes or replaces the table itself.
func (t *table) begin(ctx *ui.Context, skipBriefing bool) {
	if skipBriefing {
		for _, h := range t.m.humans {
			t.briefed[h] = true
		}
	}
	if t.m.game().Over {
		t.queue = []step{{kind: stepDebrief}}
	} else {
		t.queue = t.seatSteps(t.m.sess.Waiting()[0])
	}
	t.advance(ctx, false)
}

// seatSteps are the screens before a seat plays: the hand-over in hot-seat
// play, the briefing the first time or else the morning's headlines, and
// the board.
func (t *table) seatSteps(actor string) []step {
	var s []step
	if t.m.hotSeat() {
		s = append(s, step{stepHandover, actor})
	}
	switch {
	case !t.briefed[actor]:
		s = append(s, step{stepBriefing, actor})
	case t.mark >= 0 && !t.read[actor]:
		s = append(s, step{stepResults, actor})
	}
	return append(s, step{stepBoard, actor})
}

// advance shows the next step. fromChild says that ctx belongs to the
// screen of the previous step, which the next one replaces.
func (t *table) advance(ctx *ui.Context, fromChild bool) {
	if len(t.queue) == 0 {
		if fromChild {
			ctx.Pop()
		}
		return
	}
	s := t.queue[0]
	t.queue = t.queue[1:]
	next := func(ctx *ui.Context) { t.advance(ctx, true) }
	var sc ui.Scene
	switch s.kind {
	case stepBoard:
		t.show(ctx, s.actor)
		if fromChild {
			ctx.Pop()
		}
		return
	case stepDebrief:
		if fromChild {
			ctx.Pop()
		}
		t.close()
		ctx.Replace(newDebriefScreen(t.f, t.m, t.report))
		return
	case stepHandover:
		sc = newHandover(t.m, s.actor, next)
	case stepBriefing:
		t.briefed[s.actor] = true
		sc = newBriefing(t.m, s.actor, next)
	case stepResults:
		t.read[s.actor] = true
		sc = newResults(t.m, s.actor, morningFor(t.m.game(), s.actor, t.mark), next)
	}
	if fromChild {
		ctx.Replace(sc)
	} else {
		ctx.Push(sc)
	}
}

// show makes actor's board current, creating it the first time.
func (t *table) show(ctx *ui.Context, actor string) {
	if _, ok := t.boards[actor]; !ok {
		t.boards[actor] = NewBoard(BoardConfig{
			Session:   t.m.sess,
			Actor:     actor,
			Busy:      func() bool { return t.phase == phaseResolving },
			OnEndTurn: func([]game.Order) { t.seatDone = true },
			OnMenu:    func() { t.wantMenu = true },
		})
	}
	t.cur = actor
	t.enterBoard(ctx)
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
	if t.phase == phasePlaying && t.cur != "" {
		t.enterBoard(ctx)
	}
}

// close stops what the table runs in the background.
func (t *table) close() {
	t.reload.stop()
	t.reload = nil
}

// Update implements ui.Scene.
func (t *table) Update(ctx *ui.Context) error {
	t.tick = ctx.Tick
	t.pollReload(ctx)
	switch t.phase {
	case phaseSnapshot:
		// The board was drawn into the snapshot last frame; from now on
		// nothing reads the session until the turn is resolved.
		t.phase, t.busyFrom = phaseResolving, ctx.Tick
		t.job = resolve(t.m, t.f.store)
		ctx.Invalidate()
		return nil
	case phaseResolving:
		ctx.Invalidate() // the indicator turns
		if ctx.Tick-t.busyFrom < minBusyTicks {
			return nil
		}
		if out, ok := t.job.poll(); ok {
			t.resolved(ctx, out)
		}
		return nil
	}
	if t.cur == "" {
		if len(t.queue) > 0 {
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
	in := ctx.Input
	switch {
	case t.wantMenu:
		t.wantMenu = false
		ctx.Push(newPause(t))
	case in.Consume(ui.ActionHelp):
		ctx.Push(screen.NewHelp())
	case in.Consume(ui.ActionSettings):
		ctx.Push(screen.NewSettings())
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
	if waiting := t.m.sess.Waiting(); len(waiting) > 0 {
		t.cur = "" // the last player's screen goes at once
		t.queue = t.seatSteps(waiting[0])
		t.advance(ctx, false)
		return
	}
	g := t.m.game()
	t.mark = len(g.Log)
	t.busyNote = fmt.Sprintf("Turn %d of %d: the AI governments read their cables and decide.", g.Turn, g.TurnsTotal())
	t.phase = phaseSnapshot
	ctx.Invalidate()
}

// resolved takes the result of a resolution and sets up the next turn.
func (t *table) resolved(ctx *ui.Context, out resolved) {
	t.phase, t.job = phasePlaying, nil
	t.cur = ""
	if out.err != nil {
		t.banner = newBanner("The turn could not be resolved: "+out.err.Error(), true, dismiss(t))
		t.queue = []step{{stepBoard, t.m.humans[0]}}
		t.advance(ctx, false)
		return
	}
	t.m.autosaved = out.saveErr == nil && t.f.store != nil
	if out.saveErr != nil {
		t.banner = newBanner("The autosave failed: "+out.saveErr.Error()+". Save by hand from the menu (Esc).", true, dismiss(t))
	}
	for _, b := range t.boards {
		b.Refresh()
	}
	clear(t.read)
	if t.m.game().Over {
		t.report = out.report
		t.queue = []step{{stepResults, t.m.humans[0]}, {kind: stepDebrief}}
	} else {
		t.queue = t.seatSteps(t.m.sess.Waiting()[0])
	}
	t.advance(ctx, false)
}

// Draw implements ui.Scene.
func (t *table) Draw(dst *ebiten.Image, th *ui.Theme) {
	switch {
	case t.phase == phaseSnapshot && t.cur != "":
		t.capture(dst, th)
		fallthrough
	case t.phase == phaseResolving:
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
