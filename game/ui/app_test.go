package ui_test

import (
	"image"
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// probe is a scene that counts what happens to it and runs next on its
// next Update.
type probe struct {
	name            string
	updates, enters int
	draws           int
	next            func(ctx *ui.Context)
	fill            color.RGBA
	overlay         bool
}

func (p *probe) Update(ctx *ui.Context) error {
	p.updates++
	if f := p.next; f != nil {
		p.next = nil
		f(ctx)
	}
	return nil
}

func (p *probe) Draw(dst *ebiten.Image, _ *ui.Theme) {
	p.draws++
	if p.fill.A != 0 {
		ui.FillRect(dst, image.Rect(0, 0, 10, 10), p.fill)
	}
}

func (p *probe) Enter(*ui.Context) { p.enters++ }
func (p *probe) Overlay() bool     { return p.overlay }

func TestSceneStack(t *testing.T) {
	a, b, c := &probe{name: "a"}, &probe{name: "b"}, &probe{name: "c"}
	h := uitest.New(t, a, image.Pt(1280, 720), ui.DefaultSettings())
	step := func() {
		t.Helper()
		if err := h.Step(1); err != nil {
			t.Fatal(err)
		}
	}
	step()
	if a.enters != 1 || a.updates != 1 {
		t.Fatalf("first scene: %d enters, %d updates", a.enters, a.updates)
	}
	a.next = func(ctx *ui.Context) { ctx.Push(b) }
	step()
	if h.App.Top() != b || b.enters != 1 || b.updates != 0 {
		t.Fatalf("push: top %v, b entered %d, updated %d", h.App.Top(), b.enters, b.updates)
	}
	step()
	if a.updates != 2 || b.updates != 1 {
		t.Errorf("only the top scene updates: a %d, b %d", a.updates, b.updates)
	}
	b.next = func(ctx *ui.Context) { ctx.Replace(c) }
	step()
	if h.App.Top() != c {
		t.Fatalf("replace: top is %v", h.App.Top())
	}
	c.next = func(ctx *ui.Context) { ctx.Pop() }
	step()
	if h.App.Top() != a || a.enters != 2 {
		t.Errorf("pop: top %v, a entered %d times", h.App.Top(), a.enters)
	}
	a.next = func(ctx *ui.Context) { ctx.Pop() }
	step()
	if !h.Done {
		t.Error("popping the last scene should end the game")
	}
}

func TestQuit(t *testing.T) {
	a := &probe{next: func(ctx *ui.Context) { ctx.Quit() }}
	h := uitest.New(t, a, image.Pt(1280, 720), ui.DefaultSettings())
	if err := h.Step(1); err != nil || !h.Done {
		t.Errorf("Quit: err %v, done %v", err, h.Done)
	}
}

func TestCtrlQQuitsUnlessTaken(t *testing.T) {
	ctrl := []ebiten.Key{ebiten.KeyControlLeft}
	h := uitest.New(t, &probe{}, image.Pt(1280, 720), ui.DefaultSettings())
	h.Script.With(ctrl, func(s *ui.Script) { s.Press(ebiten.KeyQ) })
	if err := h.Play(1); err != nil || !h.Done {
		t.Errorf("Ctrl+Q: err %v, done %v", err, h.Done)
	}
	// A scene that consumes Quit (to ask about unsaved work) keeps the game.
	h = uitest.New(t, &quitGuard{}, image.Pt(1280, 720), ui.DefaultSettings())
	h.Script.With(ctrl, func(s *ui.Script) { s.Press(ebiten.KeyQ) })
	if err := h.Play(1); err != nil || h.Done {
		t.Errorf("guarded Ctrl+Q: err %v, done %v", err, h.Done)
	}
}

// quitGuard consumes Quit, as a screen with unsaved work would.
type quitGuard struct{ probe }

func (q *quitGuard) Update(ctx *ui.Context) error {
	ctx.Input.Consume(ui.ActionQuit)
	return nil
}

func TestGlobalActions(t *testing.T) {
	var saved []ui.Settings
	h := uitest.New(t, &probe{}, image.Pt(2560, 1440), ui.Settings{Scale: 1})
	h.App = mustApp(t, &probe{}, ui.Options{Source: h.Script, Window: h.Window,
		SettingsChanged: func(s ui.Settings) { saved = append(saved, s) }})
	ctrl := []ebiten.Key{ebiten.KeyControlLeft}
	h.Script.With(ctrl, func(s *ui.Script) { s.Press(ebiten.KeyEqual).Press(ebiten.KeyEqual) })
	if err := h.Play(1); err != nil {
		t.Fatal(err)
	}
	if got := h.App.Settings().Scale; got != 1.5 {
		t.Errorf("two Ctrl+= from 100%%: scale %v, want 1.5", got)
	}
	if got := h.App.Theme().Scale; got != 1.5 {
		t.Errorf("theme scale %v, want 1.5", got)
	}
	h.Script.With(ctrl, func(s *ui.Script) { s.Press(ebiten.KeyMinus) })
	h.Script.Press(ebiten.KeyF11)
	if err := h.Play(1); err != nil {
		t.Fatal(err)
	}
	if s := h.App.Settings(); s.Scale != 1.25 || !s.Fullscreen || !h.Window.Fullscreen {
		t.Errorf("after Ctrl+- and F11: %+v, window full screen %v", s, h.Window.Fullscreen)
	}
	h.Script.With(ctrl, func(s *ui.Script) { s.Press(ebiten.KeyDigit0) })
	if err := h.Play(1); err != nil {
		t.Fatal(err)
	}
	if h.App.Settings().Scale != 1 {
		t.Errorf("Ctrl+0 should reset the scale")
	}
	if len(saved) != 5 {
		t.Errorf("SettingsChanged called %d times, want 5", len(saved))
	}
}

func mustApp(t *testing.T, first ui.Scene, o ui.Options) *ui.App {
	t.Helper()
	a, err := ui.NewApp(first, o)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestScaleFitsWindow: a scale the window cannot hold is capped, never
// below the device's own scale.
func TestScaleFitsWindow(t *testing.T) {
	for _, tt := range []struct {
		size  image.Point
		want  float64
		label string
	}{
		{image.Pt(2560, 1440), 2, "room for 200%"},
		{image.Pt(1280, 720), 1.2, "720p holds 120%"},
		{image.Pt(800, 500), 1, "never below 100%"},
	} {
		h := uitest.New(t, &probe{}, tt.size, ui.Settings{Scale: 2})
		if err := h.Step(1); err != nil {
			t.Fatal(err)
		}
		if got := h.App.Theme().Scale; got != tt.want {
			t.Errorf("%s: scale %v, want %v", tt.label, got, tt.want)
		}
	}
}

// TestSmallWindowKeepsTheLayout: a window smaller than the smallest
// layout (640×480 in a browser frame) is given that layout in its own
// shape, and ebiten scales it down, instead of squeezing the screens.
func TestSmallWindowKeepsTheLayout(t *testing.T) {
	for _, tt := range []struct {
		window, want image.Point
	}{
		{image.Pt(640, 480), image.Pt(960, 720)},
		{image.Pt(800, 500), image.Pt(960, 600)},
		{image.Pt(1280, 720), image.Pt(1280, 720)},
	} {
		h := uitest.New(t, &probe{}, tt.window, ui.Settings{Scale: 1})
		if w, ht := h.App.Layout(tt.window.X, tt.window.Y); image.Pt(w, ht) != tt.want {
			t.Errorf("a %v window is laid out at %dx%d, want %v", tt.window, w, ht, tt.want)
		}
		if err := h.Step(1); err != nil {
			t.Fatal(err)
		}
		if got := h.App.Theme().Scale; got != 1 {
			t.Errorf("%v: scale %v", tt.window, got)
		}
	}
}

// TestIdleLowersTPS: with no input the tick rate drops, and the first
// input brings it back.
func TestIdleLowersTPS(t *testing.T) {
	h := uitest.New(t, &probe{}, image.Pt(1280, 720), ui.DefaultSettings())
	if err := h.Step(2); err != nil {
		t.Fatal(err)
	}
	if h.Window.TPS != ui.ActiveTPS {
		t.Errorf("at start TPS %d, want %d", h.Window.TPS, ui.ActiveTPS)
	}
	if err := h.Step(ui.IdleAfter + 1); err != nil {
		t.Fatal(err)
	}
	if h.Window.TPS != ui.IdleTPS {
		t.Errorf("idle TPS %d, want %d", h.Window.TPS, ui.IdleTPS)
	}
	h.Script.Move(image.Pt(3, 3))
	if err := h.Step(1); err != nil {
		t.Fatal(err)
	}
	if h.Window.TPS != ui.ActiveTPS {
		t.Errorf("after input TPS %d, want %d", h.Window.TPS, ui.ActiveTPS)
	}
}

// TestIdleSkipsDraw: frames are drawn only after something changed, and
// the screen keeps its picture in between.
func TestIdleSkipsDraw(t *testing.T) {
	uitest.NeedWindow(t)
	p := &probe{fill: color.RGBA{255, 0, 0, 255}}
	h := uitest.New(t, p, image.Pt(320, 200), ui.DefaultSettings())
	if err := h.Step(10); err != nil {
		t.Fatal(err)
	}
	if p.draws != 1 || h.App.Draws() != 1 {
		t.Errorf("10 quiet frames: scene drawn %d times, want 1", p.draws)
	}
	if got := h.Screenshot(t).RGBAAt(5, 5); got != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("the picture must stay on screen when Draw skips, got %v", got)
	}
	h.Script.Press(ebiten.KeyA)
	if err := h.Play(5); err != nil {
		t.Fatal(err)
	}
	if p.draws != 3 {
		t.Errorf("a key press and its release draw twice; drawn %d times in all", p.draws)
	}
	p.next = func(ctx *ui.Context) { ctx.Invalidate() }
	if err := h.Step(3); err != nil {
		t.Fatal(err)
	}
	if p.draws != 4 {
		t.Errorf("Invalidate draws once more; drawn %d times", p.draws)
	}
	h.Size = image.Pt(400, 300)
	if err := h.Step(1); err != nil {
		t.Fatal(err)
	}
	if p.draws != 5 {
		t.Errorf("a resize redraws; drawn %d times", p.draws)
	}
}

// TestOverlayDrawsBeneath: a dialog scene shows the scene under it.
func TestOverlayDrawsBeneath(t *testing.T) {
	uitest.NeedWindow(t)
	base, dialog := &probe{}, &probe{overlay: true}
	full := &probe{}
	base.next = func(ctx *ui.Context) { ctx.Push(dialog) }
	h := uitest.New(t, base, image.Pt(320, 200), ui.DefaultSettings())
	if err := h.Step(3); err != nil {
		t.Fatal(err)
	}
	if base.draws != 1 || dialog.draws != 1 {
		t.Errorf("under an overlay: base drawn %d, dialog %d", base.draws, dialog.draws)
	}
	before := base.draws
	dialog.next = func(ctx *ui.Context) { ctx.Push(full) }
	if err := h.Step(2); err != nil {
		t.Fatal(err)
	}
	if base.draws != before || full.draws != 1 {
		t.Errorf("an opaque scene hides the rest: base drawn %d more times", base.draws-before)
	}
}

// TestAutoScale: by default the scale follows the window (150% at
// 1920×1080, 100% at 1280×720), and a scale key fixes it from the scale
// shown.
func TestAutoScale(t *testing.T) {
	h := uitest.New(t, &probe{}, image.Pt(1920, 1080), ui.DefaultSettings())
	if err := h.Play(1); err != nil {
		t.Fatal(err)
	}
	if got := h.App.Theme().Scale; got != 1.5 {
		t.Fatalf("1920×1080 by default: scale %v, want 1.5", got)
	}
	h.Script.With([]ebiten.Key{ebiten.KeyControlLeft}, func(s *ui.Script) { s.Press(ebiten.KeyEqual) })
	if err := h.Play(1); err != nil {
		t.Fatal(err)
	}
	if st := h.App.Settings(); st.AutoScale || st.Scale != 1.75 || h.App.Theme().Scale != 1.75 {
		t.Fatalf("Ctrl+= from the window's 150%%: %+v, theme %v", st, h.App.Theme().Scale)
	}
	for size, want := range map[image.Point]float64{{960, 600}: 1, {1280, 720}: 1, {1600, 900}: 1.25, {2560, 1440}: 2, {3840, 2160}: 2} {
		if got := ui.WindowScale(size); got != want {
			t.Errorf("WindowScale(%v) = %v, want %v", size, got, want)
		}
	}
}
