package board

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/session"
	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

// selectItem selects the first inbox item of kind k.
func selectItem(t *testing.T, h *uitest.Harness, b *Board, k itemKind) *inboxItem {
	t.Helper()
	for i, idx := range b.inbox.shown {
		if b.inbox.all[idx].kind == k {
			b.inbox.list.Select(nil, i)
			play(t, h, 1)
			return b.inbox.selected()
		}
	}
	t.Fatalf("no inbox item of kind %d", k)
	return nil
}

// TestCounterOffer answers Aldoria's letter with a counter-offer: the
// dialog opens addressed to Aldoria with the letter's terms, and the counter
// takes the place of any other answer.
func TestCounterOffer(t *testing.T) {
	var r recorder
	b := New(r.config(tutorial(t, "BOR"), "BOR"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	h.Script.Click(center(b.inbox.actions[0].Bounds())) // accept first
	h.Script.Click(center(b.inbox.actions[3].Bounds())) // then Counter…
	play(t, h, 1)
	c, ok := h.App.Top().(*compose)
	if !ok {
		t.Fatalf("top is %T", h.App.Top())
	}
	if got := c.recipients(); len(got) != 1 || got[0] != "ALD" || len(c.terms) != 2 || c.counterTo != "o1" {
		t.Fatalf("counter to %v with %+v", got, c.terms)
	}
	c.removeTerm(0) // Borvia offers sanctions support for nothing stated
	tabTo(t, h, c.form, c.confirm, 14)
	press(t, h, ebiten.KeyEnter)
	o := b.Orders()
	if len(o) != 1 || o[0].Kind != game.OrderCounter || o[0].Offer != "o1" || len(o[0].Terms) != 1 {
		t.Fatalf("orders %+v", o)
	}
}

// TestFulfilAnAgreement: Borvia accepted the letter, so on turn 2 it owes
// its term, and the inbox offers to fulfil it or renege.
func TestFulfilAnAgreement(t *testing.T) {
	s := tutorial(t, "BOR")
	if err := s.Submit("BOR", []game.Order{{Kind: game.OrderAccept, Offer: "o1"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.EndTurn(); err != nil {
		t.Fatal(err)
	}
	var r recorder
	b := New(r.config(s, "BOR"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	it := selectItem(t, h, b, itemAgreement)
	if !it.urgent {
		t.Error("a term of yours to carry out needs you")
	}
	fulfil, renege := b.inbox.actions[0], b.inbox.actions[1]
	if fulfil.IsHidden() || !strings.HasPrefix(renege.text, "Renege: ") || renege.text[len("Renege: "):] != fulfil.text[len("Fulfil: "):] {
		t.Fatalf("answers %q, %q", fulfil.text, renege.text)
	}
	h.Script.Click(center(fulfil.Bounds()))
	play(t, h, 1)
	o := b.Orders()
	if len(o) != 1 || o[0].Kind != game.OrderFulfil || o[0].TermIndex != 1 {
		t.Fatalf("orders %+v", o)
	}
	h.Script.Click(center(renege.Bounds()))
	play(t, h, 1)
	if o := b.Orders(); len(o) != 1 || o[0].Kind != game.OrderRenege {
		t.Fatalf("Renege replaces Fulfil: %+v", o)
	}
}

// TestDecideADilemma answers the odd scenario's dilemma from the inbox.
func TestDecideADilemma(t *testing.T) {
	s, err := session.New(session.Config{Scenario: oddScenario(), Seed: 7, Humans: []string{"ME"}})
	if err != nil {
		t.Fatal(err)
	}
	var r recorder
	b := New(r.config(s, "ME"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	selectItem(t, h, b, itemDilemma)
	if len(b.inbox.acts) != 3 {
		t.Fatalf("three choices, got %d", len(b.inbox.acts))
	}
	h.Script.Click(center(b.inbox.actions[1].Bounds()))
	play(t, h, 1)
	if o := b.Orders(); len(o) != 1 || o[0].Kind != game.OrderChoose || o[0].Choice != "b" {
		t.Fatalf("orders %+v", o)
	}
}

// TestBoardIdles checks that a board left alone draws nothing, and that
// while the turn resolves it draws only a few frames a second.
func TestBoardIdles(t *testing.T) {
	uitest.NeedWindow(t)
	var r recorder
	busy := false
	cfg := r.config(tutorial(t, "ALD"), "ALD")
	cfg.Busy = func() bool { return busy }
	b := New(cfg)
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 5)
	before := h.App.Draws()
	if err := h.Step(120); err != nil {
		t.Fatal(err)
	}
	if n := h.App.Draws() - before; n != 0 {
		t.Errorf("idle board drew %d frames in 120 ticks", n)
	}
	busy = true
	before = h.App.Draws()
	if err := h.Step(120); err != nil {
		t.Fatal(err)
	}
	if n := h.App.Draws() - before; n < 3 || n > 120/busyDotTicks+2 {
		t.Errorf("busy board drew %d frames in 120 ticks", n)
	}
}

// TestStatementAndMove takes a public position and moves an issue the
// player controls from the statement dialog, with the keyboard, from the
// issue board.
func TestStatementAndMove(t *testing.T) {
	var r recorder
	b := New(r.config(tutorial(t, "ALD"), "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	tabTo(t, h, b.form, b.issues, 20)
	press(t, h, ebiten.KeyEnter) // the radar, which Aldoria controls
	s, ok := h.App.Top().(*statement)
	if !ok {
		t.Fatalf("Enter on an issue: top is %T", h.App.Top())
	}
	if len(s.kinds) != 3 {
		t.Fatalf("the controller may also move it: %v", s.kinds)
	}
	if got := h.App.Top().(ui.Describer).Describe().Focus; !strings.Contains(got, "The radar at Kessel → Build (as now)") {
		t.Fatalf("the dialog opens on the issue's present option, its search box focused: %q", got)
	}
	// Rule out Cancel: type to find it, Enter goes on to the stances.
	h.Script.Type("cancel")
	press(t, h, ebiten.KeyEnter)
	if s.form.Focused() != s.stance {
		t.Fatalf("Enter in the list goes on to what you do, not %T", s.form.Focused())
	}
	press(t, h, ebiten.KeyArrowRight, ebiten.KeySpace)
	tabTo(t, h, s.form, s.confirm, 6)
	press(t, h, ebiten.KeyEnter)
	// Move it to Delay, with the mouse: a click on its row.
	h.Script.Click(center(b.bar.statement.Bounds()))
	play(t, h, 1)
	s = h.App.Top().(*statement)
	h.Script.Click(center(s.stance.rects[2]))
	rowH := s.find.List.RowH(b.theme, 0, 0)
	list := s.find.List.Bounds()
	h.Script.Click(image.Pt(list.Min.X+list.Dx()/2, list.Min.Y+rowH+rowH/2)) // the radar's second option
	play(t, h, 1)
	if ch, _ := s.chosen(); ch != (issueOption{0, 1}) {
		t.Fatalf("a click on the second row chose %+v", ch)
	}
	h.Script.Click(center(s.confirm.Bounds()))
	play(t, h, 1)
	want := []game.Order{
		{Kind: game.OrderStatement, Issue: "radar", Option: "cancel", Oppose: true},
		{Kind: game.OrderMove, Issue: "radar", Option: "delay"},
	}
	got := b.Orders()
	if len(got) != 2 || got[0].Kind != want[0].Kind || got[0].Option != want[0].Option || !got[0].Oppose ||
		got[1].Kind != want[1].Kind || got[1].Option != want[1].Option {
		t.Fatalf("orders %+v, want %+v", got, want)
	}
}

// TestStatementSearchFindingNothing: when what the player typed leaves no
// issue in the list, the dialog stops saying "Ready" for the row it had
// selected and will not add it; clearing the search brings a row back.
func TestStatementSearchFindingNothing(t *testing.T) {
	var r recorder
	b := New(r.config(tutorial(t, "ALD"), "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	h.Script.Click(center(b.bar.statement.Bounds()))
	play(t, h, 1)
	s, ok := h.App.Top().(*statement)
	if !ok {
		t.Fatalf("top is %T, want the statement dialog", h.App.Top())
	}
	if !strings.HasPrefix(s.msg, "Ready") || s.confirm.Disabled {
		t.Fatalf("the dialog opens ready on a row: %q (add disabled: %v)", s.msg, s.confirm.Disabled)
	}
	h.Script.Type("zzqx")
	play(t, h, 1)
	if len(s.find.Shown()) != 0 {
		t.Fatalf("the search %q still shows %d rows", s.find.Query(), len(s.find.Shown()))
	}
	if strings.HasPrefix(s.msg, "Ready") || !s.confirm.Disabled {
		t.Fatalf("with no row shown the dialog says %q (add disabled: %v)", s.msg, s.confirm.Disabled)
	}
	for range 4 {
		press(t, h, ebiten.KeyBackspace)
	}
	if !strings.HasPrefix(s.msg, "Ready") || s.confirm.Disabled {
		t.Fatalf("with the search cleared the dialog says %q (add disabled: %v)", s.msg, s.confirm.Disabled)
	}
}

// TestUnknownActorDoesNotPanic: a board for a seat the game does not
// have says so instead of failing.
func TestUnknownActorDoesNotPanic(t *testing.T) {
	var r recorder
	b := New(r.config(tutorial(t, "ALD"), "NOBODY"))
	h := uitest.New(t, b, hd, defaultSettings)
	h.Script.Press(ebiten.KeyTab).Press(ebiten.KeyEnter).Press(ebiten.KeyEscape)
	play(t, h, 2)
	if r.menus != 1 {
		t.Errorf("Escape still opens the menu: %d", r.menus)
	}
}
