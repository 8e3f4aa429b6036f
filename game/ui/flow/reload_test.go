package flow

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/scenarios"
)

// tutorialFile writes the tutorial to a scenario file of its own.
func tutorialFile(t *testing.T) (string, []byte) {
	t.Helper()
	src, err := fs.ReadFile(scenarios.FS, "tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "kessel.toml")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, src
}

// writeWhole replaces a file at once, as an editor saving does: the
// watcher polls every few milliseconds and, with a plain write, could read
// the file half written (and report errors no one made).
func writeWhole(t *testing.T, path string, data []byte) {
	t.Helper()
	tmp := path + ".new"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// waitBanner steps, letting real time pass for the file watcher, until
// the table shows a banner.
func waitBanner(t *testing.T, h interface{ Step(int) error }, tb *table) {
	t.Helper()
	for range 400 {
		if tb.banner != nil {
			return
		}
		time.Sleep(10 * time.Millisecond)
		if err := h.Step(1); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("no banner after the scenario file changed")
}

// TestHotReload changes the scenario file under a game: a broken version
// shows its errors and the game goes on; a good one is offered, and
// restarting plays it.
func TestHotReload(t *testing.T) {
	path, src := tutorialFile(t)
	f := newTestFlow(t, Config{Scenario: path, As: "ALD", Board: true})
	f.cfg.Watch = 20 * time.Millisecond
	h := run(t, f)
	tb, ok := h.App.Top().(*table)
	if !ok || tb.reload == nil {
		t.Fatalf("a game from a file is watched; top %s", describe(h))
	}
	defer tb.close()

	broken := bytes.Replace(src, []byte(`controller = "ALD"`), []byte(`controller = "NOBODY"`), 1)
	if bytes.Equal(broken, src) {
		t.Fatal("the tutorial changed: find another line to break")
	}
	writeWhole(t, path, broken)
	waitBanner(t, h, tb)
	if !tb.banner.danger || tb.pending != nil {
		t.Fatalf("a broken file: banner %q", tb.banner.text)
	}
	tick(t, h, 2)
	shot(t, h, "reload-errors")
	old := tb.m.Scenario

	tb.banner = nil
	retitled := bytes.Replace(src, []byte(`title = "Tutorial: The Radar at Kessel"`), []byte(`title = "Tutorial: The Radar at Kessel, revised"`), 1)
	writeWhole(t, path, retitled)
	waitBanner(t, h, tb)
	if tb.banner.danger || tb.pending == nil {
		t.Fatalf("a good file: banner %q", tb.banner.text)
	}
	if tb.m.Scenario != old {
		t.Fatal("the game changed before the player said so")
	}
	tick(t, h, 2)
	shot(t, h, "reload-offer")
	h.Script.Click(centre(tb.banner.buttons[0]))
	play(t, h)
	nt, ok := h.App.Top().(*table)
	if !ok {
		// The restart begins with the briefing.
		until(t, h, "briefing after the restart", 5, topIs[*briefing](h))
		h.Script.Press(ebiten.KeyEnter)
		play(t, h)
		nt, ok = h.App.Top().(*table)
	}
	if !ok || nt == tb || nt.m.Scenario.Title != "Tutorial: The Radar at Kessel, revised" {
		t.Fatalf("restart: %s", describe(h))
	}
	nt.close()
}
