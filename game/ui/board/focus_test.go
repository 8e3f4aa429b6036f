package board

import (
	"image"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
	"backchannel/game/ui/widget"
)

// names gives the board's widgets names, for focus tests.
func widgetNames(b *Board) map[widget.Widget]string {
	m := map[widget.Widget]string{
		b.menuBtn: "menu", b.helpBtn: "help", b.cal: "calendar", b.issues: "issues", b.mapw: "map",
		b.analyst.chips: "analyst-actors", b.analyst.find: "analyst-find", b.analyst.doc: "analyst-beliefs",
		b.analyst.why: "analyst-why", b.inbox.filters: "inbox-filters", b.inbox.list: "inbox-list",
		b.inbox.detail: "inbox-page", b.bar.chips: "orders", b.bar.compose: "compose", b.bar.statement: "statement",
		b.bar.end: "end-turn",
	}
	for i, a := range b.inbox.actions {
		m[a] = "answer-" + string(rune('1'+i))
	}
	return m
}

// focusCycle presses Tab until focus comes back to where it started and
// lists the widgets it visited.
func focusCycle(t *testing.T, h *uitest.Harness, b *Board) []string {
	t.Helper()
	names := widgetNames(b)
	start := b.form.Focused()
	var got []string
	for range 60 {
		h.Script.Press(ebiten.KeyTab)
		play(t, h, 1)
		w := b.form.Focused()
		got = append(got, names[w])
		if w == start {
			break
		}
	}
	return got
}

func TestFocusOrderFollowsThePanels(t *testing.T) {
	var r recorder
	s := tutorial(t, "BOR")
	b := New(r.config(s, "BOR"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	if got := widgetNames(b)[b.form.Focused()]; got != "inbox-list" {
		t.Fatalf("the board opens with the inbox focused, not %s", got)
	}
	got := focusCycle(t, h, b)
	// Borvia's first item is Aldoria's letter: its page and its answers
	// come after the list; the orders list is empty and skipped.
	want := []string{"inbox-page", "answer-1", "answer-2", "answer-3", "answer-4", "answer-5", "answer-6",
		"compose", "statement", "end-turn", "menu", "help", "calendar", "issues", "map", "analyst-actors"}
	if !slices.Equal(got[:len(want)], want) {
		t.Fatalf("Tab order\n got %s\nwant %s…", strings.Join(got, " "), strings.Join(want, " "))
	}
	if got[len(got)-1] != "inbox-list" {
		t.Errorf("Tab comes back round to the inbox list: %v", got)
	}
	// Shift+Tab goes back the same way.
	h.Script.With([]ebiten.Key{ebiten.KeyShiftLeft}, func(s *ui.Script) { s.Press(ebiten.KeyTab) })
	play(t, h, 1)
	if got := widgetNames(b)[b.form.Focused()]; got != "inbox-filters" {
		t.Errorf("Shift+Tab from the list: %s", got)
	}
}

// TestEveryControlHasATooltip walks the focus ring and checks each stop
// explains itself.
func TestEveryControlHasATooltip(t *testing.T) {
	var r recorder
	b := New(r.config(tutorial(t, "BOR"), "BOR"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	check := func(where string, f *widget.Form) {
		for i, w := range f.Widgets() {
			if w.IsHidden() || !w.Focusable() {
				continue
			}
			if w.Tooltip() == "" {
				t.Errorf("%s: control %d (%s %T) has no tooltip", where, i, widgetNames(b)[w], w)
			}
		}
	}
	check("board", b.form)
	check("compose", b.newCompose("").form)
	check("counter", b.newCompose("o1").form)
	check("statement", b.newStatement(0).form)
}

// TestAnswersByMouse accepts Aldoria's letter with a click, changes the
// answer, takes it back, and ends the turn.
func TestAnswersByMouse(t *testing.T) {
	var r recorder
	s := tutorial(t, "BOR")
	b := New(r.config(s, "BOR"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	accept, reject := b.inbox.actions[0], b.inbox.actions[1]
	if accept.text != "Accept" || reject.text != "Reject" {
		t.Fatalf("answers %q %q", accept.text, reject.text)
	}
	h.Script.Click(center(accept.Bounds()))
	play(t, h, 1)
	if o := b.Orders(); len(o) != 1 || o[0].Kind != game.OrderAccept || o[0].Offer != "o1" {
		t.Fatalf("after Accept: %+v", o)
	}
	h.Script.Click(center(reject.Bounds()))
	play(t, h, 1)
	if o := b.Orders(); len(o) != 1 || o[0].Kind != game.OrderReject {
		t.Fatalf("Reject replaces Accept: %+v", o)
	}
	h.Script.Click(center(b.inbox.actions[1].Bounds()))
	play(t, h, 1)
	if o := b.Orders(); len(o) != 0 {
		t.Fatalf("a second click takes the answer back: %+v", o)
	}
	// Leak costs 2 of 3: with Reject publicly (1) it fits; a second public
	// act would not.
	h.Script.Click(center(b.inbox.actions[5].Bounds())).Click(center(b.inbox.actions[2].Bounds()))
	play(t, h, 1)
	if o := b.Orders(); len(o) != 2 {
		t.Fatalf("leak and public rejection: %+v", o)
	}
	if b.orders.cost(b.snap.v.Rules) != 3 {
		t.Errorf("cost %d", b.orders.cost(b.snap.v.Rules))
	}
	// The order chips: remove the leak with its ×.
	play(t, h, 1)
	chip := b.bar.chips.rects[0]
	h.Script.Click(image.Pt(chip.Max.X-8, chip.Min.Y+chip.Dy()/2))
	play(t, h, 1)
	if o := b.Orders(); len(o) != 1 || o[0].Kind != game.OrderReject || !o[0].Public {
		t.Fatalf("after removing the leak: %+v", o)
	}
	h.Script.Click(center(b.bar.end.Bounds()))
	play(t, h, 1)
	if len(r.ended) != 1 || !s.Submitted("BOR") {
		t.Fatalf("ended %v, submitted %v", r.ended, s.Submitted("BOR"))
	}
}

// TestEscapeOpensTheMenuAndBusyRefusesInput checks the two calls out to
// the flow.
func TestEscapeOpensTheMenuAndBusyRefusesInput(t *testing.T) {
	var r recorder
	busy := false
	cfg := r.config(tutorial(t, "BOR"), "BOR")
	cfg.Busy = func() bool { return busy }
	b := New(cfg)
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	press(t, h, ebiten.KeyEscape)
	if r.menus != 1 {
		t.Fatalf("Escape: OnMenu ran %d times", r.menus)
	}
	busy = true
	h.Script.Click(center(b.inbox.actions[0].Bounds()))
	h.Script.With([]ebiten.Key{ebiten.KeyControlLeft}, func(s *ui.Script) { s.Press(ebiten.KeyEnter) })
	press(t, h, ebiten.KeyEscape)
	if len(b.Orders()) != 0 || len(r.ended) != 0 || r.menus != 1 {
		t.Fatalf("while busy the board took input: orders %v, ended %d, menus %d", b.Orders(), len(r.ended), r.menus)
	}
	press(t, h, ebiten.KeyF1)
	if _, ok := h.App.Top().(*Board); ok {
		t.Fatal("F1 opens help even while busy")
	}
}

// TestEmptyTurnAsksFirst: ending a turn with no orders asks for
// confirmation; Enter confirms.
func TestEmptyTurnAsksFirst(t *testing.T) {
	var r recorder
	s := tutorial(t, "ALD")
	b := New(r.config(s, "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	h.Script.With([]ebiten.Key{ebiten.KeyControlLeft}, func(s *ui.Script) { s.Press(ebiten.KeyEnter) })
	play(t, h, 1)
	if _, ok := h.App.Top().(*widget.Dialog); !ok || len(r.ended) != 0 {
		t.Fatalf("top %T, ended %v", h.App.Top(), r.ended)
	}
	press(t, h, ebiten.KeyEnter)
	if len(r.ended) != 1 || len(r.ended[0]) != 0 || !s.Submitted("ALD") {
		t.Fatalf("ended %v", r.ended)
	}
}

// TestRefreshAfterTheTurn: after the flow resolves the turn and calls
// Refresh, the board shows the new turn and forgets last turn's orders.
func TestRefreshAfterTheTurn(t *testing.T) {
	var r recorder
	s := tutorial(t, "BOR")
	b := New(r.config(s, "BOR"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	h.Script.Click(center(b.inbox.actions[4].Bounds())) // stall
	h.Script.Click(center(b.bar.end.Bounds()))
	play(t, h, 1)
	if err := s.EndTurn(); err != nil {
		t.Fatal(err)
	}
	b.Refresh()
	play(t, h, 1)
	if b.snap.v.Turn != 2 || len(b.Orders()) != 0 {
		t.Fatalf("turn %d, orders %v", b.snap.v.Turn, b.Orders())
	}
	if it := b.inbox.selected(); it == nil || it.offer == nil || !it.urgent {
		t.Fatalf("the stalled letter still waits for an answer: %+v", it)
	}
}
