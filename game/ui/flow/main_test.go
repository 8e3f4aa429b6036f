package flow

import (
	"fmt"
	"image"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/library"
	"backchannel/game/save"
	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
	"backchannel/game/ui/widget"
)

func TestMain(m *testing.M) {
	// Saves and settings go to a scratch folder, never the tester's own.
	dir, err := os.MkdirTemp("", "backchannel-flow-test")
	if err != nil {
		panic(err)
	}
	os.Setenv("BACKCHANNEL_SAVES", dir) // save.SaveDirEnv, which only desktop builds define
	os.Setenv("XDG_CONFIG_HOME", dir)
	uitest.Main(m)
	os.RemoveAll(dir)
}

var hd = image.Pt(1280, 720)

// fixedNow stamps test saves, so that the load screen's golden is stable.
func fixedNow() time.Time { return time.Date(2026, 3, 14, 9, 30, 0, 0, time.Local) }

// newTestFlow returns a flow with saves in memory and seed 7.
func newTestFlow(t *testing.T, cfg Config) *Flow {
	t.Helper()
	if cfg.Storage == nil {
		cfg.Storage = save.NewMemory(fixedNow)
	}
	if !cfg.SeedSet {
		cfg.Seed, cfg.SeedSet = 7, true
	}
	cfg.Watch = -1
	if cfg.Dropped == nil {
		cfg.Dropped = func() []library.File { return nil }
	}
	f, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// run is a harness over a flow's first screen.
func run(t *testing.T, f *Flow) *uitest.Harness {
	t.Helper()
	h := uitest.New(t, f.First(), hd, ui.DefaultSettings())
	tick(t, h, 2)
	return h
}

func tick(t *testing.T, h *uitest.Harness, n int) {
	t.Helper()
	if err := h.Step(n); err != nil {
		t.Fatal(err)
	}
}

// play runs the script queued on h, and settle frames more.
func play(t *testing.T, h *uitest.Harness) {
	t.Helper()
	if err := h.Play(3); err != nil {
		t.Fatal(err)
	}
}

// until steps until cond holds, failing after max frames.
func until(t *testing.T, h *uitest.Harness, what string, max int, cond func() bool) {
	t.Helper()
	for range max {
		if cond() {
			return
		}
		tick(t, h, 1)
	}
	t.Fatalf("%s: not after %d frames; top is %T", what, max, h.App.Top())
}

// topIs reports whether the top scene has type T.
func topIs[T any](h *uitest.Harness) func() bool {
	return func() bool { _, ok := h.App.Top().(T); return ok }
}

// centre is the middle of a widget, to click on.
func centre(w widget.Widget) image.Point {
	r := w.Bounds()
	return image.Pt((r.Min.X+r.Max.X)/2, (r.Min.Y+r.Max.Y)/2)
}

// shot compares the screen with a golden when a display is there.
func shot(t *testing.T, h *uitest.Harness, name string) {
	t.Helper()
	if !drawing() {
		return
	}
	h.Golden(t, "flow-"+name)
}

// drawing reports whether the tests run in a game loop that draws, as
// uitest.Main decides; without one the flow is still played, unseen.
func drawing() bool {
	if os.Getenv("BACKCHANNEL_NO_WINDOW") != "" {
		return false
	}
	if runtime.GOOS == "linux" || runtime.GOOS == "freebsd" {
		return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
	}
	return true
}

var ctrl = []ebiten.Key{ebiten.KeyControlLeft}

// endTurn presses Ctrl+Enter on the board and, when the board asks
// whether to end a turn without orders or with letters unanswered, clicks
// its End the turn.
func endTurn(t *testing.T, h *uitest.Harness) {
	t.Helper()
	h.Script.With(ctrl, func(s *ui.Script) { s.Press(ebiten.KeyEnter) })
	play(t, h)
	if d, ok := h.App.Top().(*widget.Dialog); ok {
		h.Script.Click(centre(dialogButton(t, d, "End the turn")))
		play(t, h)
	}
}

// dialogButton is the button of d that says text.
func dialogButton(t *testing.T, d *widget.Dialog, text string) *widget.Button {
	t.Helper()
	for _, w := range d.Form().Widgets() {
		if b, ok := w.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("dialog %q has no button %q", d.Title, text)
	return nil
}

func describe(h *uitest.Harness) string { return fmt.Sprintf("%T", h.App.Top()) }
