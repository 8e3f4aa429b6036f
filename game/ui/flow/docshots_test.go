package flow

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui/uitest"
)

// TestDocScreenshots writes the README's screenshots of the main screens,
// played on letter-2009 through the same input as the tests, when
// BACKCHANNEL_DOC_SHOTS names a folder:
//
//	BACKCHANNEL_DOC_SHOTS=$PWD/docs/screenshots xvfb-run -a go test ./game/ui/flow -run DocScreenshots
func TestDocScreenshots(t *testing.T) {
	dir := os.Getenv("BACKCHANNEL_DOC_SHOTS")
	if dir == "" || !drawing() {
		t.Skip("set BACKCHANNEL_DOC_SHOTS to a folder, under a display")
	}
	save := func(h *uitest.Harness, name string) {
		t.Helper()
		f, err := os.Create(filepath.Join(dir, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, h.Screenshot(t)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	f := newTestFlow(t, Config{Version: "v1"})
	h := run(t, f)
	save(h, "title")
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	c := h.App.Top().(*choose)
	// Lead Russia, against the AI.
	h.Script.Click(centre(c.seats)).Wait(2)
	play(t, h)
	c.seats.set(c.seats.scen, []string{"RUS"})
	c.check()
	tick(t, h, 2)
	save(h, "new-game")
	h.Script.Click(centre(c.start))
	play(t, h)
	until(t, h, "briefing", 10, topIs[*briefing](h))
	save(h, "briefing")
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	save(h, "board")
	// Play on until a morning with a lead story, for the front page.
	for turn, shown := 1, false; !shown && turn <= 12; turn++ {
		endTurn(t, h)
		if turn == 1 {
			tick(t, h, 12)
			save(h, "deliberating")
		}
		until(t, h, "results", 600, topIs[*results](h))
		if r := h.App.Top().(*results); r.news.Lead != nil && len(r.news.Desk) > 0 {
			tick(t, h, 2)
			save(h, "headlines")
			shown = true
		}
		h.Script.Press(ebiten.KeyEnter)
		play(t, h)
	}
	h.Script.Press(ebiten.KeyEscape)
	play(t, h)
	save(h, "pause-menu")
	h.Script.Press(ebiten.KeyEscape)
	play(t, h)
	tb := h.App.Top().(*table)
	for !tb.m.Game().Over {
		if err := tb.m.Session.EndTurn(); err != nil {
			t.Fatal(err)
		}
	}
	d := newDebriefScreen(f, tb.m, nil)
	h2 := uitest.New(t, d, hd, h.App.Settings())
	until(t, h2, "the analysis", 600, func() bool { return d.rep != nil })
	tick(t, h2, 2)
	save(h2, "debrief")
	for _, tab := range []struct {
		i    int
		name string
	}{{tabIssues, "debrief-history"}, {tabCharts, "debrief-charts"}, {tabDeals, "debrief-deals"}} {
		for d.tabs.Selected < tab.i {
			h2.Script.Press(ebiten.KeyArrowRight)
			play(t, h2)
		}
		save(h2, tab.name)
	}
}
