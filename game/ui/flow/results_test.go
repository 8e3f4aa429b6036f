package flow

import (
	"fmt"
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

// TestNewspaperScrolls fills the front page with more news than the
// smallest window holds: nothing is cut, the page scrolls to its foot with
// End and the wheel, and Enter still goes on.
func TestNewspaperScrolls(t *testing.T) {
	f := newTestFlow(t, Config{})
	m, err := turns.Start(turns.Setup{Source: f.lib.Find("tutorial"), Humans: []string{"ALD"}, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	page := turns.Morning{Turn: 2, Turns: 6, Date: m.Game().Date,
		Lead: &turns.Story{Headline: "Talks resume in Kessel", Text: "Delegations met for a long day of talks about the radar and the sanctions."}}
	for i := range 6 {
		page.Briefs = append(page.Briefs, turns.Story{Text: fmt.Sprintf("Support at home for Borvia moved a little, item %d.", i+1)})
		page.Desk = append(page.Desk, turns.Story{Headline: "Analysts assess", Text: fmt.Sprintf("Report %d: intelligence reports come with a stated reliability; this one is right three times in four.", i+1)})
	}
	done := false
	r := newResults(m, "ALD", page, func(*ui.Context) { done = true })
	rec := ui.NewTextRecord()
	h := uitest.NewWith(t, r, image.Pt(960, 600), ui.Options{Settings: ui.Settings{Scale: 1}, TextRecord: rec})
	tick(t, h, 2)
	if r.plan.height <= r.plan.body.Dy() {
		t.Fatalf("the test page fits (%d ≤ %d): it checks nothing", r.plan.height, r.plan.body.Dy())
	}
	for _, p := range uitest.CheckText(rec) {
		t.Errorf("at the top: %s", p)
	}
	h.Script.Press(ebiten.KeyEnd)
	play(t, h)
	if want := r.plan.height - r.plan.body.Dy(); r.scroll.Offset != want {
		t.Fatalf("End scrolled to %d, want the foot %d", r.scroll.Offset, want)
	}
	for _, p := range uitest.CheckText(rec) {
		t.Errorf("at the foot: %s", p)
	}
	shot(t, h, "results-scrolled-960x600")
	h.Script.Press(ebiten.KeyHome)
	play(t, h)
	if r.scroll.Offset != 0 {
		t.Fatalf("Home: offset %d", r.scroll.Offset)
	}
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if !done {
		t.Fatal("Enter did not go on")
	}
}
