package flow

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/turns"
	"backchannel/game/ui/uitest"
	"backchannel/game/ui/widget"
)

// TestPlaythrough plays the tutorial from the title screen to the debrief
// through the input layer, with keys and clicks, one human seat against the
// AI, and compares a screenshot of every screen on the way.
func TestPlaythrough(t *testing.T) {
	f := newTestFlow(t, Config{Version: "test build"})
	h := run(t, f)
	shot(t, h, "title")

	// Title: click New game.
	hm := h.App.Top().(*home)
	newGame := hm.Title().Form().Widgets()[1].(*widget.Button)
	if newGame.Text != "New game" {
		t.Fatalf("second widget is %q", newGame.Text)
	}
	h.Script.Click(centre(newGame))
	play(t, h)
	c, ok := h.App.Top().(*choose)
	if !ok {
		t.Fatalf("New game opened %s", describe(h))
	}
	shot(t, h, "choose")

	// Choose the tutorial with the keyboard (it is last), then click Start.
	h.Script.Press(ebiten.KeyEnd)
	play(t, h)
	if src := c.source(); src == nil || src.Name != "tutorial" {
		t.Fatalf("End selected %v", c.list.Selected)
	}
	if got := c.seats.Humans(); len(got) != 1 || got[0] != "ALD" {
		t.Fatalf("default seats %v", got)
	}
	shot(t, h, "choose-tutorial")
	h.Script.Click(centre(c.start))
	play(t, h)
	until(t, h, "briefing", 10, topIs[*briefing](h))
	shot(t, h, "briefing")

	// Briefing: Enter takes the seat.
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	tb, ok := h.App.Top().(*table)
	if !ok || tb.cur != "ALD" {
		t.Fatalf("after the briefing: %s", describe(h))
	}
	shot(t, h, "board")

	for turn := 1; ; turn++ {
		endTurn(t, h)
		if turn == 1 {
			if tb.turns.Phase() != turns.Resolving {
				t.Fatalf("Ctrl+Enter: phase %d", tb.turns.Phase())
			}
			tick(t, h, 10)
			shot(t, h, "deliberating")
		}
		until(t, h, "results", 400, topIs[*results](h))
		r := h.App.Top().(*results)
		if turn == 2 {
			shot(t, h, "results")
		}
		if r.news.Over {
			shot(t, h, "results-final")
			h.Script.Press(ebiten.KeyEnter)
			play(t, h)
			break
		}
		// Alternate keys and clicks to leave the front page.
		if turn%2 == 0 {
			h.Script.Click(centre(r.next))
		} else {
			h.Script.Press(ebiten.KeyEnter)
		}
		play(t, h)
		if h.App.Top() != tb || tb.cur != "ALD" {
			t.Fatalf("turn %d: after the headlines %s", turn, describe(h))
		}
		if turn > 10 {
			t.Fatal("the tutorial does not end")
		}
	}
	until(t, h, "debrief", 400, func() bool {
		d, ok := h.App.Top().(*debriefScreen)
		return ok && d.rep != nil
	})
	d := h.App.Top().(*debriefScreen)
	tick(t, h, 2)
	shot(t, h, "debrief")
	for _, tab := range []struct {
		i    int
		name string
	}{{tabIssues, "debrief-issues"}, {tabCharts, "debrief-charts"}, {tabTypes, "debrief-types"},
		{tabTurning, "debrief-turning"}, {tabDeals, "debrief-deals"}} {
		h.Script.Click(centre(tabArea(h, d, tab.i)))
		play(t, h)
		if d.tabs.Selected != tab.i {
			t.Fatalf("clicked tab %d, on %d", tab.i, d.tabs.Selected)
		}
		shot(t, h, tab.name)
	}
	// Back to the title, which now offers to continue the autosave.
	h.Script.Press(ebiten.KeyEscape)
	play(t, h)
	if _, ok := h.App.Top().(*home); !ok {
		t.Fatalf("Esc on the debrief: %s", describe(h))
	}
}

// tabArea is a widget standing for tab i of the debrief, to click on.
func tabArea(h *uitest.Harness, d *debriefScreen, i int) widget.Widget {
	rs := d.tabs.TabRects(h.App.Theme())
	l := widget.NewLabel(widget.LabelConfig{})
	l.SetBounds(rs[i])
	return l
}
