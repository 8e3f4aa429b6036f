//go:build !js

package flow

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/save"
	"backchannel/game/turns"
	"backchannel/game/ui/uitest"
	"backchannel/game/ui/widget"
)

// boardFlow starts the tutorial as Aldoria straight on the board, with
// saves in dir.
func boardFlow(t *testing.T, dir string) *Flow {
	t.Helper()
	return newTestFlow(t, Config{Scenario: "tutorial", As: "ALD", Autostart: true, Board: true,
		Storage: save.NewDirStorage(dir)})
}

// menuItem finds a pause-menu entry by its text.
func menuItem(t *testing.T, p *pause, text string) *widget.Button {
	t.Helper()
	for _, b := range p.items {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no menu entry %q", text)
	return nil
}

// TestPauseSaveLoad opens the pause menu, saves under a name, and loads
// the save back from the load screen, where a damaged save is listed with
// what is wrong with it.
func TestPauseSaveLoad(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.json")
	if err := os.WriteFile(broken, []byte(`{"format": "backchannel-save", "version": 1, "turns": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	os.Chtimes(broken, old, old)

	f := boardFlow(t, dir)
	h := run(t, f)
	tb, ok := h.App.Top().(*table)
	if !ok || tb.cur != "ALD" {
		t.Fatalf("-board: top is %s", describe(h))
	}
	h.Script.Press(ebiten.KeyEscape)
	play(t, h)
	p, ok := h.App.Top().(*pause)
	if !ok {
		t.Fatalf("Esc on the board: %s", describe(h))
	}
	shot(t, h, "pause")

	// Save game… by mouse; the name is suggested; Enter saves.
	h.Script.Click(centre(menuItem(t, p, "Save game…")))
	play(t, h)
	s, ok := h.App.Top().(*saveScreen)
	if !ok {
		t.Fatalf("Save game…: %s", describe(h))
	}
	if got := s.name.Text(); got != "tutorial turn 1" {
		t.Errorf("suggested name %q", got)
	}
	shot(t, h, "save")
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if _, ok := h.App.Top().(*widget.Dialog); !ok {
		t.Fatalf("Enter on the save screen: %s (error %q)", describe(h), s.err)
	}
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if h.App.Top() != p {
		t.Fatalf("after saving: %s", describe(h))
	}
	if _, err := save.NewDirStorage(dir).Load("tutorial turn 1"); err != nil {
		t.Fatalf("the save is not there: %v", err)
	}

	// Load game… by keyboard: Down twice from Resume, Enter.
	h.Script.Press(ebiten.KeyHome).Press(ebiten.KeyArrowDown).Press(ebiten.KeyArrowDown).Press(ebiten.KeyEnter)
	play(t, h)
	l, ok := h.App.Top().(*loadScreen)
	if !ok {
		t.Fatalf("Load game…: %s", describe(h))
	}
	if len(l.slots) != 2 || l.slots[1].Err == nil {
		t.Fatalf("slots %+v", l.slots)
	}
	h.Script.Press(ebiten.KeyArrowDown)
	play(t, h)
	if !l.load.Disabled {
		t.Error("a damaged save can be continued")
	}
	shot(t, h, "load-damaged")
	h.Script.Press(ebiten.KeyArrowUp)
	play(t, h)
	if l.load.Disabled {
		t.Fatal("the good save cannot be continued")
	}
	h.Script.Click(centre(l.load))
	play(t, h)
	nt, ok := h.App.Top().(*table)
	if !ok || nt == tb || nt.cur != "ALD" {
		t.Fatalf("Continue: %s", describe(h))
	}
	// The pause menu and the old table are gone: Esc, Quit to title, confirm.
	h.Script.Press(ebiten.KeyEscape)
	play(t, h)
	p = h.App.Top().(*pause)
	h.Script.Click(centre(menuItem(t, p, "Quit to title")))
	play(t, h)
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if _, ok := h.App.Top().(*home); !ok {
		t.Fatalf("Quit to title: %s", describe(h))
	}
}

// TestReplayViewer steps through a finished game from the load screen.
func TestReplayViewer(t *testing.T) {
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
	f.store.Save("finished", m.Session.Record)
	h := run(t, f)
	h.Script.Press(ebiten.KeyArrowDown).Press(ebiten.KeyEnter) // Load
	play(t, h)
	l, ok := h.App.Top().(*loadScreen)
	if !ok {
		t.Fatalf("Load: %s", describe(h))
	}
	shot(t, h, "load")
	h.Script.Click(centre(l.replay))
	play(t, h)
	r, ok := h.App.Top().(*replayScreen)
	if !ok {
		t.Fatalf("Watch replay: %s", describe(h))
	}
	if r.rp.Step() != 0 || !r.back.Disabled {
		t.Fatalf("the replay starts at step %d", r.rp.Step())
	}
	h.Script.Press(ebiten.KeyArrowRight).Press(ebiten.KeyArrowRight)
	play(t, h)
	if r.rp.Step() != 2 {
		t.Fatalf("Right twice: step %d", r.rp.Step())
	}
	shot(t, h, "replay")
	h.Script.Press(ebiten.KeyArrowLeft)
	play(t, h)
	h.Script.Press(ebiten.KeyEnd)
	play(t, h)
	if r.rp.Step() != r.rp.Steps() || !r.fwd.Disabled {
		t.Fatalf("End: step %d of %d", r.rp.Step(), r.rp.Steps())
	}
	// No step's text shows an engine id ("intel report i1", "rejected o1").
	for r.rp.Step() > 0 {
		for _, p := range uitest.CheckText(h.Record) {
			if p.Kind == "id" {
				t.Errorf("step %d: %s", r.rp.Step(), p)
			}
		}
		if id := regexp.MustCompile(`\b[oai][0-9]+\b`).FindString(r.log.Blocks.String()); id != "" {
			t.Errorf("step %d's log shows %s: %s", r.rp.Step(), id, r.log.Blocks)
		}
		h.Script.Press(ebiten.KeyArrowLeft)
		play(t, h)
	}
	h.Script.Press(ebiten.KeyEscape)
	play(t, h)
	if h.App.Top() != l {
		t.Fatalf("Esc leaves the replay: %s", describe(h))
	}
}
