package widget

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// rig drives a Form with scripted input, without a window: the input
// path is the real one, only the source is a script.
type rig struct {
	t      *testing.T
	form   *Form
	script *ui.Script
	in     *ui.Input
	ctx    *ui.Context
	rec    *ui.Recorder
}

var testFonts *ui.Fonts

func newRig(t *testing.T, ws ...Widget) *rig {
	t.Helper()
	if testFonts == nil {
		f, err := ui.NewFonts()
		if err != nil {
			t.Fatal(err)
		}
		testFonts = f
	}
	th := ui.NewTheme(testFonts, ui.StandardPalette(), 1)
	in := ui.NewInput(ui.DefaultKeymap())
	ctx, rec := ui.NewDetachedContext(in, th, image.Pt(1280, 720))
	return &rig{t: t, form: NewForm(ws...), script: ui.NewScript(), in: in, ctx: ctx, rec: rec}
}

// run plays the script through the form, plus one resting tick.
func (r *rig) run() {
	for n := r.script.Len() + 1; n > 0; n-- {
		r.in.Next(r.script.Poll())
		r.form.Update(r.ctx)
		r.ctx.Tick++
	}
}

// press taps keys and runs.
func (r *rig) press(keys ...ebiten.Key) { r.script.Press(keys...); r.run() }

// click clicks at the centre of w and runs.
func (r *rig) click(w Widget) { r.clickAt(center(w.Bounds())) }

func (r *rig) clickAt(p image.Point) { r.script.Click(p); r.run() }

func center(b image.Rectangle) image.Point { return b.Min.Add(b.Size().Div(2)) }

// rows gives each widget a 300×40 row, one under the other.
func rows(ws ...Widget) {
	for i, w := range ws {
		w.SetBounds(ui.Rect(100, 100+i*50, 300, 40))
	}
}
