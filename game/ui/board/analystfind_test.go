package board

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/scenario"
	"backchannel/game/session"
	"backchannel/game/ui/uitest"
)

// TestAnalystFindsAGovernment: with six governments the analyst's chips do
// not fit its title strip, so a search box stands there. Typing opens the
// list of governments over the page and narrows it; Enter studies the one
// selected and shows its page again; with the mouse, a click on the box
// opens the list and a click on a row chooses; Up and Down on the closed
// box step through the governments with the page in view.
func TestAnalystFindsAGovernment(t *testing.T) {
	sc, err := scenario.Builtin("suez-1956")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.New(session.Config{Scenario: sc, Seed: 1, Humans: []string{"EGY"}})
	if err != nil {
		t.Fatal(err)
	}
	var r recorder
	b := New(r.config(s, "EGY"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 3)
	a := b.analyst
	if a.find.IsHidden() || !a.chips.IsHidden() {
		t.Fatal("six governments should not fit the strip as chips: the search box stands there")
	}
	actor := func() string { return b.snap.v.Scenario.Actors[b.selected].ID }
	page := func() string { return a.doc.Blocks.String() }

	tabTo(t, h, b.form, a.find, 30)
	h.Script.Type("par")
	play(t, h, 1)
	if !a.find.open || !a.doc.IsHidden() {
		t.Fatalf("typing opens the list over the page: open %v, page hidden %v", a.find.open, a.doc.IsHidden())
	}
	if got := len(a.find.Shown()); got != 1 || actor() != "FRA" {
		t.Fatalf("“par” shows %d governments and studies %s, want Paris alone", got, actor())
	}
	press(t, h, ebiten.KeyEnter)
	if a.find.open || a.doc.IsHidden() || !strings.Contains(page(), "France") {
		t.Fatalf("Enter studies Paris and shows its page: open %v, page %.60q", a.find.open, page())
	}
	if a.find.Query() != "" || !strings.Contains(a.find.Field.Placeholder, "Paris") {
		t.Errorf("closed, the box names whom the page is about: query %q, %q", a.find.Query(), a.find.Field.Placeholder)
	}
	press(t, h, ebiten.KeyArrowDown)
	if a.find.open || actor() == "FRA" {
		t.Errorf("Down on the closed box studies the next government with the page in view: open %v, %s", a.find.open, actor())
	}

	h.Script.Click(center(a.find.Field.Bounds()))
	play(t, h, 1)
	if !a.find.open || len(a.find.Shown()) != len(sc.Actors) {
		t.Fatalf("a click on the box opens the whole list: open %v, %d rows", a.find.open, len(a.find.Shown()))
	}
	list := a.find.List.Bounds()
	rowH := a.find.List.RowHeight(b.theme)
	h.Script.Click(image.Pt(list.Min.X+list.Dx()/2, list.Min.Y+rowH/2)) // the first government
	play(t, h, 1)
	if a.find.open || b.selected != 0 || a.doc.IsHidden() {
		t.Errorf("a click on a row studies it and closes the list: open %v, selected %d", a.find.open, b.selected)
	}
}
