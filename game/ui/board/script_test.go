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

// tabTo presses Tab until w has focus in f, failing after max presses.
func tabTo(t *testing.T, h *uitest.Harness, f *widget.Form, w widget.Widget, max int) {
	t.Helper()
	for range max {
		if f.Focused() == w {
			return
		}
		h.Script.Press(ebiten.KeyTab)
		play(t, h, 1)
	}
	if f.Focused() != w {
		t.Fatalf("Tab never reached %T", w)
	}
}

func press(t *testing.T, h *uitest.Harness, keys ...ebiten.Key) {
	t.Helper()
	for _, k := range keys {
		h.Script.Press(k)
	}
	play(t, h, 1)
}

// TestComposeWithKeyboard writes a two-term offer to Borvia with the
// keyboard alone, ends the turn with Ctrl+Enter, and checks that the
// orders reached the session.
func TestComposeWithKeyboard(t *testing.T) {
	var r recorder
	s := tutorial(t, "ALD")
	b := New(r.config(s, "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	tabTo(t, h, b.form, b.bar.compose, 40)
	press(t, h, ebiten.KeyEnter)
	c, ok := h.App.Top().(*compose)
	if !ok {
		t.Fatalf("Enter on %q: top is %T", b.bar.compose.text, h.App.Top())
	}
	if got := c.recipients(); len(got) != 1 || got[0] != "BOR" {
		t.Fatalf("the analyst's actor is the first recipient: %v", got)
	}
	// First term: Aldoria delays the radar (the pickers' first choices).
	tabTo(t, h, c.form, c.add, 10)
	press(t, h, ebiten.KeyEnter)
	// Second term: Borvia supports sanctions, loosely worded. The issues
	// are Aldoria's radar, then Borvia's sanctions and missiles; the term
	// binds whoever decides the issue.
	tabTo(t, h, c.form, c.issue, 10)
	press(t, h, ebiten.KeyArrowRight, ebiten.KeyTab, ebiten.KeyArrowRight,
		ebiten.KeyTab, ebiten.KeySpace, ebiten.KeyTab, ebiten.KeyEnter)
	want := []game.Term{
		{Actor: "ALD", Issue: "radar", Option: "delay"},
		{Actor: "BOR", Issue: "sanctions", Option: "support", Vague: true},
	}
	if len(c.terms) != 2 || c.terms[0] != want[0] || c.terms[1] != want[1] {
		t.Fatalf("terms %+v, want %+v", c.terms, want)
	}
	tabTo(t, h, c.form, c.confirm, 12)
	press(t, h, ebiten.KeyEnter)
	if h.App.Top() != b {
		t.Fatalf("the dialog closes on adding; top is %T", h.App.Top())
	}
	orders := b.Orders()
	if len(orders) != 1 || orders[0].Kind != game.OrderPropose || orders[0].Linkage != game.LinkImplicit ||
		orders[0].Channel != game.ChannelPrivate || len(orders[0].Terms) != 2 {
		t.Fatalf("orders %+v", orders)
	}
	h.Script.With([]ebiten.Key{ebiten.KeyControlLeft}, func(sc *ui.Script) { sc.Press(ebiten.KeyEnter) })
	play(t, h, 1)
	if len(r.ended) != 1 || len(r.ended[0]) != 1 || r.ended[0][0].Kind != game.OrderPropose {
		t.Fatalf("OnEndTurn got %+v", r.ended)
	}
	if !s.Submitted("ALD") {
		t.Fatal("the orders did not reach the session")
	}
}

// TestComposeWithMouse does the same with clicks only, sending the offer to
// both other governments.
func TestComposeWithMouse(t *testing.T) {
	var r recorder
	s := tutorial(t, "ALD")
	b := New(r.config(s, "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	h.Script.Click(center(b.bar.compose.Bounds()))
	play(t, h, 1)
	c, ok := h.App.Top().(*compose)
	if !ok {
		t.Fatalf("top is %T", h.App.Top())
	}
	// Add Cestria as a recipient.
	play(t, h, 1)
	h.Script.Click(center(c.to.rects[1]))
	play(t, h, 1)
	if got := c.recipients(); len(got) != 2 {
		t.Fatalf("recipients %v", got)
	}
	next := func(p *picker) image.Point { // the right half steps forward
		r := p.Bounds()
		return image.Pt(r.Max.X-r.Dx()/4, r.Min.Y+r.Dy()/2)
	}
	h.Script.Click(center(c.add.Bounds()))                                  // Aldoria: radar → delay
	h.Script.Click(next(c.issue)).Click(next(c.issue)).Click(next(c.issue)) // Cestria's treaty
	h.Script.Click(center(c.add.Bounds()))                                  // Cestria: treaty → ratified
	play(t, h, 1)
	want := []game.Term{{Actor: "ALD", Issue: "radar", Option: "delay"}, {Actor: "CES", Issue: "treaty", Option: "ratified"}}
	if len(c.terms) != 2 || c.terms[0] != want[0] || c.terms[1] != want[1] {
		t.Fatalf("terms %+v, want %+v", c.terms, want)
	}
	// Remove the first term with its ×, and put it back.
	x := c.termList.Bounds()
	h.Script.Click(image.Pt(x.Max.X-12, x.Min.Y+14))
	play(t, h, 1)
	if len(c.terms) != 1 || c.terms[0] != want[1] {
		t.Fatalf("after ×: %+v", c.terms)
	}
	h.Script.Click(prevPoint(c.who)).Click(prevPoint(c.who)) // back to Aldoria
	h.Script.Click(prevPoint(c.issue)).Click(prevPoint(c.issue)).Click(prevPoint(c.issue))
	h.Script.Click(center(c.add.Bounds()))
	h.Script.Click(next(c.linkage)) // explicit
	play(t, h, 1)
	if c.msgBad {
		t.Fatalf("the offer should be valid: %s", c.msg)
	}
	h.Script.Click(center(c.confirm.Bounds()))
	play(t, h, 1)
	if h.App.Top() != b {
		t.Fatalf("top is %T", h.App.Top())
	}
	h.Script.Click(center(b.bar.end.Bounds()))
	play(t, h, 1)
	if len(r.ended) != 1 || len(r.ended[0]) != 1 {
		t.Fatalf("OnEndTurn got %+v", r.ended)
	}
	o := r.ended[0][0]
	if o.Kind != game.OrderPropose || o.Linkage != game.LinkExplicit || len(o.To) != 2 || len(o.Terms) != 2 {
		t.Fatalf("order %+v", o)
	}
	if !s.Submitted("ALD") {
		t.Fatal("the orders did not reach the session")
	}
}

// prevPoint is a point on the left end of a picker, which steps back.
func prevPoint(p *picker) image.Point {
	r := p.Bounds()
	return image.Pt(r.Min.X+4, r.Min.Y+r.Dy()/2)
}

// TestComposeOffersOnlyDeliverableTerms: a term can promise only what its
// government decides, so the builder lists the issues of the player and
// the recipients, grouped by who decides them, and the estimate names
// each recipient.
func TestComposeOffersOnlyDeliverableTerms(t *testing.T) {
	var r recorder
	b := New(r.config(tutorial(t, "ALD"), "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	c := b.newCompose("")
	want := []string{"Aldoria: The radar at Kessel", "Borvia: Sanctions on Varn", "Borvia: Borvian missiles at the border"}
	if !slices.Equal(c.issue.options, want) {
		t.Fatalf("issues on offer %q, want %q", c.issue.options, want)
	}
	c.issue.sel = 1
	c.issueChanged()
	if c.whoIDs[c.who.sel] != "BOR" {
		t.Errorf("a term on sanctions binds %s, not Borvia, who decides it", c.whoIDs[c.who.sel])
	}
	c.addTerm()
	if !strings.Contains(c.msg, "To Borvia, by your reading of it, about") {
		t.Errorf("no estimate of Borvia's view: %q", c.msg)
	}
}

// TestComposeSearchesIssues: with the issue list focused, typing part of a
// name jumps to the issue (and its options follow); Backspace takes a
// letter back; a search that nothing matches leaves the choice alone.
func TestComposeSearchesIssues(t *testing.T) {
	_, h, c := openCompose(t)
	c.form.Focus(c.issue)
	h.Script.Type("missiles")
	play(t, h, 2)
	if got := c.issue.value(); got != "Borvia: Borvian missiles at the border" {
		t.Fatalf("typing missiles chose %q", got)
	}
	if c.whoIDs[c.who.sel] != "BOR" || c.option.value() == "" {
		t.Errorf("the term follows the issue: who %s, option %q", c.whoIDs[c.who.sel], c.option.value())
	}
	h.Script.Type("zzz")
	play(t, h, 2)
	if got := c.issue.value(); got != "Borvia: Borvian missiles at the border" {
		t.Errorf("a search with no match moved the choice to %q", got)
	}
	h.Script.Type("wmw")
	play(t, h, 2)
	for _, p := range uitest.CheckText(h.Record) {
		if p.Kind == "cut" {
			t.Errorf("while searching: %s", p)
		}
	}
	// Arrows end the search and step as before.
	h.Script.Press(ebiten.KeyArrowLeft)
	play(t, h, 2)
	if c.issue.query != "" || c.issue.value() != "Borvia: Sanctions on Varn" {
		t.Errorf("Left after a search: %q, query %q", c.issue.value(), c.issue.query)
	}
	c.form.Focus(c.option)
	h.Script.Type("abst")
	play(t, h, 2)
	if got := c.option.value(); got != "Abstain" {
		t.Errorf("typing abst in the option list chose %q", got)
	}
}
