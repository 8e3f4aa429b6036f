package flow

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

// TestSmallWindowAndPalette plays the smallest window the game allows,
// with the colour-blind palette: nothing may overlap or fall off.
func TestSmallWindowAndPalette(t *testing.T) {
	f := newTestFlow(t, Config{})
	h := uitest.New(t, f.First(), image.Pt(960, 600), ui.Settings{Scale: 1, ColourBlind: true})
	tick(t, h, 2)
	h.Script.Press(ebiten.KeyEnter) // New game
	play(t, h)
	if _, ok := h.App.Top().(*choose); !ok {
		t.Fatalf("New game: %s", describe(h))
	}
	shot(t, h, "choose-960x600-cb")
	h.Script.Press(ebiten.KeyEnter) // Start the default scenario
	play(t, h)
	until(t, h, "briefing", 10, topIs[*briefing](h))
	shot(t, h, "briefing-960x600-cb")
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	endTurn(t, h)
	until(t, h, "results", 600, topIs[*results](h))
	shot(t, h, "results-960x600-cb")
}

// TestLargeScale shows the debrief's charts at 200% on a big screen.
func TestLargeScale(t *testing.T) {
	f := newTestFlow(t, Config{})
	m, err := turns.Start(turns.Setup{Source: f.lib.Find("tutorial"), Humans: []string{"ALD"}, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	for !m.Game().Over {
		if err := m.Session.EndTurn(); err != nil {
			t.Fatal(err)
		}
	}
	d := newDebriefScreen(f, m, nil)
	h := uitest.New(t, d, image.Pt(2560, 1440), ui.Settings{Scale: 2})
	until(t, h, "the analysis", 400, func() bool { return d.rep != nil })
	h.Script.Press(ebiten.KeyArrowRight).Press(ebiten.KeyArrowRight)
	play(t, h)
	if d.tabs.Selected != tabCharts {
		t.Fatalf("two steps right: tab %d", d.tabs.Selected)
	}
	shot(t, h, "debrief-charts-200")
}

// TestTitleContinue shows the title with an autosave to continue, in the
// smallest window: six entries must still fit.
func TestTitleContinue(t *testing.T) {
	f := newTestFlow(t, Config{})
	m, err := turns.Start(turns.Setup{Source: f.lib.Find("tutorial"), Humans: []string{"ALD"}, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	m.Session.EndTurn()
	f.store.Save("autosave", m.Session.Record)
	h := uitest.New(t, f.First(), image.Pt(960, 600), ui.DefaultSettings())
	tick(t, h, 3)
	hm := h.App.Top().(*home)
	if hm.autosave == nil {
		t.Fatal("the autosave is not offered")
	}
	shot(t, h, "title-continue-960x600")
	h.Script.Press(ebiten.KeyEnter) // Continue
	play(t, h)
	tb, ok := h.App.Top().(*table)
	if !ok {
		t.Fatalf("Continue: %s", describe(h))
	}
	if tb.cur != "ALD" || tb.m.Game().Turn != 2 {
		t.Fatalf("continued on turn %d with %q", tb.m.Game().Turn, tb.cur)
	}
}
