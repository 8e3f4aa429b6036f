package flow

import (
	"fmt"
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/prose"
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
	if r.page.Height <= r.page.Rect.Dy() {
		t.Fatalf("the test page fits (%d ≤ %d): it checks nothing", r.page.Height, r.page.Rect.Dy())
	}
	for _, p := range uitest.CheckText(rec) {
		t.Errorf("at the top: %s", p)
	}
	h.Script.Press(ebiten.KeyEnd)
	play(t, h)
	if want := r.page.Height - r.page.Rect.Dy(); r.page.Offset != want {
		t.Fatalf("End scrolled to %d, want the foot %d", r.page.Offset, want)
	}
	for _, p := range uitest.CheckText(rec) {
		t.Errorf("at the foot: %s", p)
	}
	shot(t, h, "results-scrolled-960x600")
	h.Script.Press(ebiten.KeyHome)
	play(t, h)
	if r.page.Offset != 0 {
		t.Fatalf("Home: offset %d", r.page.Offset)
	}
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if !done {
		t.Fatal("Enter did not go on")
	}
}

// TestFrontPageIsOneDocument: the paper is a document in two columns, the
// stories and then the news in brief, with the confidential desk under
// the stories or under the briefs, in a box of its own; the same blocks
// read as Markdown.
func TestFrontPageIsOneDocument(t *testing.T) {
	pg := turns.Morning{Turn: 3, Turns: 6, More: 1,
		Lead:    &turns.Story{Headline: "Talks resume", Text: "Delegations met."},
		Stories: []turns.Story{{Headline: "Radar debate", Text: "Parliament argued."}},
		Briefs:  []turns.Story{{Text: "Support moved."}},
		Desk:    []turns.Story{{Headline: "Intel", Text: "A source says so."}}}
	want := "## Talks resume\n\nDelegations met.\n\n---\n\n**Radar debate**\n\nParliament argued.\n\n" +
		"### FOR YOUR EYES ONLY\n\n> Intel: A source says so.\n\n### IN BRIEF\n\n- Support moved.\n\n1 more item in your inbox.\n"
	if got := frontPage(pg, false).Markdown(); got != want {
		t.Errorf("desk under the stories:\n%s\nwant\n%s", got, want)
	}
	for _, b := range frontPage(pg, false) {
		if desk := b.Text == "FOR YOUR EYES ONLY" || strings.HasPrefix(b.Text, "Intel:"); b.Boxed != desk {
			t.Errorf("%q boxed %v: the desk, and only the desk, is set apart in a box", b.Text, b.Boxed)
		}
	}
	beside := frontPage(pg, true)
	cols := 0
	for i, b := range beside {
		if b.Kind == prose.Column {
			cols++
			if rest := beside[i:].String(); !strings.Contains(rest, "A source says so.") {
				t.Errorf("the desk is not under the briefs:\n%s", rest)
			}
		}
	}
	if cols != 1 {
		t.Errorf("%d column breaks, want 1", cols)
	}
}
