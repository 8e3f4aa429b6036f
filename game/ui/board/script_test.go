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
	// First term: Aldoria delays the radar (the term on offer at first:
	// the board's selected issue, set to another option).
	tabTo(t, h, c.form, c.add, 10)
	press(t, h, ebiten.KeyEnter)
	// Second term: Borvia supports sanctions, loosely worded, found by
	// typing; Down steps from Abstain to Support.
	tabTo(t, h, c.form, c.find, 10)
	h.Script.Type("sanctions")
	press(t, h, ebiten.KeyDown)
	tabTo(t, h, c.form, c.flags, 2)
	press(t, h, ebiten.KeySpace)
	tabTo(t, h, c.form, c.add, 2)
	press(t, h, ebiten.KeyEnter)
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
	h.Script.Click(center(c.add.Bounds())) // Aldoria: radar → delay
	play(t, h, 1)
	// Cestria's treaty, ratified, is the last term on offer: the wheel
	// scrolls to it, a click chooses it and a second adds it.
	rows := c.find.List.Bounds()
	h.Script.Move(center(rows)).Scroll(-10)
	play(t, h, 1)
	last := image.Pt(rows.Min.X+rows.Dx()/2, rows.Max.Y-8)
	h.Script.Click(last).Click(last)
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
	h.Script.Click(center(c.find.Field.Bounds()))
	h.Script.Type("kessel delay")
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

// TestComposeOffersOnlyDeliverableTerms: a term can promise only what its
// government decides, so the builder lists the options of the issues of
// the player and the recipients, grouped by who decides them, and the
// estimate names each recipient.
func TestComposeOffersOnlyDeliverableTerms(t *testing.T) {
	var r recorder
	b := New(r.config(tutorial(t, "ALD"), "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	c := b.newCompose("")
	want := []string{"Aldoria: The radar at Kessel → Build (as now)", "Aldoria: The radar at Kessel → Delay",
		"Aldoria: The radar at Kessel → Cancel", "Borvia: Sanctions on Varn → Oppose (as now)",
		"Borvia: Sanctions on Varn → Abstain", "Borvia: Sanctions on Varn → Support",
		"Borvia: Borvian missiles at the border → Deployed (as now)", "Borvia: Borvian missiles at the border → Withdrawn"}
	if !slices.Equal(c.find.Items, want) {
		t.Fatalf("terms on offer %q, want %q", c.find.Items, want)
	}
	c.addTerm(5)
	if c.terms[0] != (game.Term{Actor: "BOR", Issue: "sanctions", Option: "support"}) {
		t.Errorf("a term on sanctions binds Borvia, who decides it: %+v", c.terms[0])
	}
	if !strings.Contains(c.msg, "To Borvia, as you read it: about") {
		t.Errorf("no estimate of Borvia's view: %q", c.msg)
	}
}

// TestComposeSearchesTerms: typing filters the terms on offer to those
// holding every word, the closer match first; Backspace widens the
// search again; Enter adds the selected term and empties the box for the
// next; a search nothing holds says so and adds nothing.
func TestComposeSearchesTerms(t *testing.T) {
	_, h, c := openCompose(t)
	findTerm(t, h, c, "missiles")
	if got := shownTerms(c); !slices.Equal(got, []string{"Borvia: Borvian missiles at the border → Withdrawn",
		"Borvia: Borvian missiles at the border → Deployed (as now)"}) {
		t.Fatalf("typing missiles shows %q", got)
	}
	h.Script.Type(" with")
	play(t, h, 2)
	if got := shownTerms(c); len(got) != 1 || !strings.HasSuffix(got[0], "Withdrawn") {
		t.Fatalf("missiles with shows %q", got)
	}
	press(t, h, ebiten.KeyEnter)
	if len(c.terms) != 1 || c.terms[0] != (game.Term{Actor: "BOR", Issue: "missiles", Option: "withdrawn"}) || c.find.Query() != "" {
		t.Fatalf("Enter added %+v, the box holds %q", c.terms, c.find.Query())
	}
	h.Script.Type("zzz")
	play(t, h, 2)
	if len(c.find.Shown()) != 0 {
		t.Errorf("zzz shows %q", shownTerms(c))
	}
	press(t, h, ebiten.KeyEnter)
	if len(c.terms) != 1 {
		t.Errorf("Enter with nothing found added a term: %+v", c.terms)
	}
	for _, p := range uitest.CheckText(h.Record) {
		if p.Kind == "cut" {
			t.Errorf("while searching: %s", p)
		}
	}
	for range 3 {
		press(t, h, ebiten.KeyBackspace)
	}
	if len(c.find.Shown()) != len(c.find.Items) {
		t.Errorf("an empty box shows %d of %d terms", len(c.find.Shown()), len(c.find.Items))
	}
}

// findTerm focuses the offer builder's terms on offer and types q.
func findTerm(t *testing.T, h *uitest.Harness, c *compose, q string) {
	t.Helper()
	c.form.Focus(c.find)
	h.Script.Type(q)
	play(t, h, 2)
}

// shownTerms are the terms the search shows, in order.
func shownTerms(c *compose) []string {
	var out []string
	for _, i := range c.find.Shown() {
		out = append(out, c.find.Items[i])
	}
	return out
}
