package board

import (
	"image"
	"image/color"
	"strings"
	"sync/atomic"

	"backchannel/game"
	"backchannel/game/session"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
	"backchannel/web"
)

// Config is what the flow gives the board.
type Config struct {
	// Session is the game. The board reads it through Game.View(Actor) and
	// Game.VisibleLog(Actor), checks orders with Game.Check, and changes it
	// only through Submit.
	Session *session.Session
	// Seat, when set, is played instead of Session: a seat at a class
	// server (see Seat).
	Seat Seat
	// Actor is the human seat playing this board.
	Actor string
	// Busy reports that the flow is resolving the turn off the frame: the
	// board then shows that the other capitals are deliberating and takes
	// no input but Help and Settings.
	Busy func() bool
	// OnEndTurn is called when the player ends the turn, after
	// Session.Submit(Actor, orders) succeeded.
	OnEndTurn func(orders []game.Order)
	// OnMenu is called on Escape: the flow opens its pause menu.
	OnMenu func()
}

// Board is the main screen of a turn. It implements ui.Scene and
// ui.Enterer.
type Board struct {
	cfg   Config
	paint *painter
	theme *ui.Theme
	snap  *snapshot
	gen   int // counts rebuilds, so cached placements know they are stale
	// version changes whenever anything the panels show changes: the
	// snapshot, the orders, the selection. Cached pictures key on it.
	version int
	chrome  layer
	orders  orderBook
	stale   atomic.Bool

	lay      Layout
	laySize  image.Point
	layScale float64
	palName  string

	form    *widget.Form
	menuBtn *button
	helpBtn *button
	cal     *calendarStrip
	issues  *rowList
	mapw    *mapView
	analyst *analyst
	inbox   *inbox
	bar     *ordersBar

	selected int // the actor the analyst studies

	toast      string
	toastBad   bool
	toastUntil int64
	tick       int64

	busy      bool
	busyPhase int64
	entered   bool
}

// toastTicks is how long a message about an order stays up.
const toastTicks = 4 * ui.ActiveTPS

// New returns the board for cfg.Actor, built from the session as it stands.
func New(cfg Config) *Board {
	b := &Board{cfg: cfg, paint: newPainter(), selected: -1}
	if web.IsBrowser {
		b.paint.budget = &paintBudget{limit: browserPaintBudget}
	}
	b.menuBtn = &button{p: b.paint, text: "Menu", onClick: func(*ui.Context) { b.menu() }}
	b.menuBtn.Tip = "Save, load, settings, help, quit. (Esc)"
	b.helpBtn = &button{p: b.paint, text: "Help", onClick: func(ctx *ui.Context) { ctx.Push(screen.NewHelp()) }}
	b.helpBtn.Tip = "The glossary of negotiation ideas, and the controls. (F1)"
	b.cal = newCalendar(b)
	b.issues = newIssueBoard(b)
	b.mapw = newMapView(b)
	b.analyst = newAnalyst(b)
	b.inbox = newInbox(b)
	b.bar = newOrdersBar(b)

	b.form = widget.NewForm()
	b.form.ArrowKeys = false // the arrows belong to the lists, the map and the pickers
	b.form.Add(b.menuBtn, b.helpBtn, b.cal, b.issues, b.mapw)
	b.form.Add(b.analyst.widgets()...)
	b.form.Add(b.inbox.widgets()...)
	b.form.Add(b.bar.widgets()...)
	b.rebuild()
	return b
}

// Refresh tells the board that the game moved on (a turn resolved): it
// rebuilds from the new view at its next Update. It is safe to call from
// any goroutine; the board reads the game only in Update, and not while
// Busy reports true.
func (b *Board) Refresh() { b.stale.Store(true) }

// Form returns the board's form, for tests.
func (b *Board) Form() *widget.Form { return b.form }

// Orders returns this turn's orders as written so far.
func (b *Board) Orders() []game.Order { return append([]game.Order(nil), b.orders.orders...) }

// Layout returns the layout of the last Update.
func (b *Board) Layout() Layout { return b.lay }

// rebuild takes a new snapshot and refreshes every panel from it.
func (b *Board) rebuild() {
	b.snap = takeSnapshot(b.cfg.seat(), b.cfg.Actor)
	b.gen++
	b.version++
	v := b.snap.v
	if v == nil {
		return
	}
	// A summit session pauses the turn for answers to the offers made
	// there: the orders already handed in are done with, as after a turn.
	if b.orders.turn != v.Turn || b.orders.summit != v.Summit {
		if v.Summit && b.orders.turn == v.Turn {
			b.say("The summit is in session: answer the offers made there, then end the turn.", false)
		}
		b.orders = orderBook{turn: v.Turn, summit: v.Summit}
	}
	if b.selected < 0 || b.selected >= len(v.Scenario.Actors) {
		b.selected = b.defaultSelection()
	}
	b.cal.marks = buildMarks(v)
	b.cal.cursor = min(b.cal.cursor, max(0, len(b.cal.marks)-1))
	b.inbox.rebuild()
	b.analyst.rebuild()
}

// defaultSelection is the actor the analyst first studies: whoever wrote
// to the player, or else the first other actor.
func (b *Board) defaultSelection() int {
	v := b.snap.v
	for _, o := range v.Offers {
		if contains(o.To, v.Actor) {
			if i := actorIndex(v, o.From); i >= 0 {
				return i
			}
		}
	}
	for i := range v.Scenario.Actors {
		if i != v.Me {
			return i
		}
	}
	return v.Me
}

// selectActor makes actor i the analyst's subject.
func (b *Board) selectActor(i int) {
	if b.snap == nil || b.snap.v == nil || i < 0 || i >= len(b.snap.v.Scenario.Actors) || i == b.selected {
		return
	}
	b.selected = i
	b.version++
	b.analyst.rebuild()
}

// palette is the palette in force.
func (b *Board) palette() ui.Palette {
	if b.theme != nil {
		return b.theme.Palette
	}
	return ui.StandardPalette()
}

// actorRGBA is actor id's colour in the palette in force.
func (b *Board) actorRGBA(id string) color.RGBA {
	v := b.snap.v
	if i := actorIndex(v, id); i >= 0 {
		return actorColour(b.palette(), v.Scenario.Actors[i].Colour, i)
	}
	return b.palette().TextMuted
}

// forumAttendees is the set of actors at a forum open this turn.
func (b *Board) forumAttendees() map[string]bool {
	out := map[string]bool{}
	v := b.snap.v
	for _, f := range v.Forums {
		if f >= 0 && f < len(v.Scenario.Forums) {
			for _, a := range v.Scenario.Forums[f].Attendees {
				out[a] = true
			}
		}
	}
	return out
}

// openForums names the forums open this turn.
func (b *Board) openForums() string {
	v := b.snap.v
	var out []string
	for _, f := range v.Forums {
		if f >= 0 && f < len(v.Scenario.Forums) {
			out = append(out, v.Scenario.Forums[f].Name)
		}
	}
	return strings.Join(out, ", ")
}

// Enter implements ui.Enterer.
func (b *Board) Enter(ctx *ui.Context) {
	b.theme = ctx.Theme
	// A board shown again after a Refresh shows the new turn from its
	// first frame, even if it is drawn before its next Update.
	if !(b.cfg.Busy != nil && b.cfg.Busy()) && b.stale.Swap(false) {
		b.rebuild()
	}
	b.layout(ctx)
	if !b.entered {
		b.entered = true
		if !b.form.Focus(b.inbox.list) {
			b.form.Focus(b.bar.compose)
		}
	}
	ctx.Invalidate()
}

// layout places the panels when the screen or the scale changed.
func (b *Board) layout(ctx *ui.Context) {
	th := ctx.Theme
	if b.laySize == ctx.Size && b.layScale == th.Scale {
		return
	}
	b.laySize, b.layScale = ctx.Size, th.Scale
	l := ComputeLayout(ctx.Size, th.Scale)
	b.lay = l
	h := th.Pxi(headerButtonH)
	y := l.Header.Min.Y + (l.Header.Dy()-h)/2
	x := l.Header.Max.X
	for _, btn := range []*button{b.helpBtn, b.menuBtn} {
		w := max(btn.width(th), th.Pxi(headerButtonW))
		btn.SetBounds(image.Rect(x-w, y, x, y+h))
		x -= w + th.Pxi(ui.SpaceLine)
	}
	b.cal.SetBounds(l.Calendar)
	ib := cardBody(th, l.Issues)
	ib.Max.Y -= th.Pxi(issueLegendH)
	b.issues.SetBounds(ib)
	b.mapw.SetBounds(l.Map)
	b.analyst.layout(th, l.Analyst)
	b.inbox.layout(th, l.Inbox)
	b.bar.layout(th, l.Orders)
}

// Update implements ui.Scene.
func (b *Board) Update(ctx *ui.Context) error {
	b.theme = ctx.Theme
	b.tick = ctx.Tick
	b.layout(ctx)
	if b.paint.budget.waiting() {
		ctx.Invalidate() // the last frame left layers to paint
	}
	in := ctx.Input
	busy := b.cfg.Busy != nil && b.cfg.Busy()
	if busy != b.busy {
		b.busy = busy
		ctx.Invalidate()
	}
	if busy {
		// Only the dots move; everything else waits for the turn.
		if ctx.Tick%busyDotTicks == 0 {
			b.busyPhase++
			ctx.Invalidate()
		}
		switch {
		default:
			screen.OpenHelpOrSettings(ctx)
		}
		return nil
	}
	if b.stale.Swap(false) {
		b.rebuild()
		ctx.Invalidate()
	}
	if b.snap.v == nil {
		if in.Consume(ui.ActionBack) {
			b.menu()
		}
		return nil
	}
	if b.palName != ctx.Theme.Palette.Name {
		b.palName = ctx.Theme.Palette.Name
		b.version++
		b.analyst.rebuild() // the chips' colours
		ctx.Invalidate()
	}
	b.form.Update(ctx)
	switch {
	case in.Consume(ui.ActionEndTurn):
		b.endTurn(ctx)
	case in.Consume(ui.ActionBack):
		b.menu()
	default:
		screen.OpenHelpOrSettings(ctx)
	}
	if b.toast != "" && ctx.Tick >= b.toastUntil {
		b.toast = ""
		ctx.Invalidate()
	}
	return nil
}

func (b *Board) menu() {
	if b.cfg.OnMenu != nil {
		b.cfg.OnMenu()
	}
}
