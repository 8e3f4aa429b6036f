package uitest

import (
	"errors"
	"image"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// FakeWindow is a ui.Window that only records what it is asked.
type FakeWindow struct {
	Fullscreen bool
	TPS        int
	Scale      float64 // device scale; 0 means 1
}

// SetFullscreen implements ui.Window.
func (w *FakeWindow) SetFullscreen(f bool) { w.Fullscreen = f }

// SetTPS implements ui.Window.
func (w *FakeWindow) SetTPS(n int) { w.TPS = n }

// DeviceScale implements ui.Window.
func (w *FakeWindow) DeviceScale() float64 {
	if w.Scale == 0 {
		return 1
	}
	return w.Scale
}

// Harness runs an App frame by frame, the way ebiten would with
// SetScreenClearedEveryFrame(false): Layout, Update, then Draw onto a
// screen image that keeps its pixels between frames.
type Harness struct {
	App    *ui.App
	Script *ui.Script
	Window *FakeWindow
	Size   image.Point
	// Done is set once the App returned ebiten.Termination.
	Done bool
	// Record holds the text of the last frame drawn: every harness records,
	// so each pixel golden has a text golden beside it (see Golden).
	Record *ui.TextRecord

	screen *ebiten.Image
	drawn  int
}

// flushEvery is how many frames a harness draws between flushes of
// ebiten's command queue. Tests run inside a single Update of the game
// loop (see Main), so the frame that would flush the queue never ends:
// without this, every draw of a package's tests stays queued, and the
// queue reached 3 GB in one test of game/ui/flow.
const flushEvery = 8

// New returns a harness showing first in a window of size, with settings.
func New(t testing.TB, first ui.Scene, size image.Point, settings ui.Settings) *Harness {
	t.Helper()
	return NewWith(t, first, size, ui.Options{Settings: settings})
}

// NewWith is New with more options: o's Source and Window are the
// harness's own.
func NewWith(t testing.TB, first ui.Scene, size image.Point, o ui.Options) *Harness {
	t.Helper()
	h := &Harness{Script: ui.NewScript(), Window: &FakeWindow{}, Size: size}
	o.Source, o.Window = h.Script, h.Window
	if o.TextRecord == nil {
		o.TextRecord = ui.NewTextRecord()
	}
	h.Record = o.TextRecord
	app, err := ui.NewApp(first, o)
	if err != nil {
		t.Fatal(err)
	}
	h.App = app
	return h
}

// Step runs n frames, stopping early when the App ends. Drawing needs the
// game loop (see NeedWindow); without it frames only update.
func (h *Harness) Step(n int) error {
	for range n {
		if h.Done {
			return nil
		}
		w, ht := h.App.Layout(h.Size.X, h.Size.Y)
		if err := h.App.Update(); err != nil {
			if errors.Is(err, ebiten.Termination) {
				h.Done = true
				return nil
			}
			return err
		}
		if !inLoop.Load() {
			continue
		}
		if h.screen == nil || h.screen.Bounds().Size() != image.Pt(w, ht) {
			h.screen = ebiten.NewImage(w, ht)
		}
		h.App.Draw(h.screen)
		if h.drawn++; h.drawn%flushEvery == 0 {
			flush(h.screen)
		}
	}
	return nil
}

// flush runs every queued draw command: reading a pixel back needs them
// done, so ebiten executes and frees the whole queue.
func flush(img *ebiten.Image) {
	var px [4]byte
	img.SubImage(image.Rect(0, 0, 1, 1)).(*ebiten.Image).ReadPixels(px[:])
}

// Play runs the script to its end, plus settle frames for anything that
// follows from its last input.
func (h *Harness) Play(settle int) error {
	return h.Step(h.Script.Len() + settle)
}

// Screenshot returns the screen as it is now.
func (h *Harness) Screenshot(t testing.TB) *image.RGBA {
	t.Helper()
	NeedWindow(t)
	if h.screen == nil {
		t.Fatal("uitest: nothing drawn yet; call Step first")
	}
	return ReadImage(h.screen)
}

// Golden compares the screen with the pixel golden name (see Golden) and
// the text it drew with the text golden beside it (see GoldenText).
func (h *Harness) Golden(t testing.TB, name string) {
	t.Helper()
	h.GoldenAt(t, filepath.Join(GoldenDir(), name+".png"))
}

// GoldenAt is Golden for a pixel golden at path, for packages that keep
// their own goldens.
func (h *Harness) GoldenAt(t testing.TB, path string) {
	t.Helper()
	GoldenAt(t, path, h.Screenshot(t))
	GoldenText(t, path, h.Record)
}

// ReadImage copies an ebiten image's pixels.
func ReadImage(img *ebiten.Image) *image.RGBA {
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	img.ReadPixels(out.Pix)
	return out
}
