package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
)

// Ticks per second while the player is active, and while idle. Idle means
// no input and no redraw asked for during IdleAfter ticks. Input is not
// lost at the idle rate (ebiten stamps presses with the tick that sees
// them, so a tap between two ticks still shows), it only waits up to
// 1/IdleTPS seconds.
const (
	ActiveTPS = 60
	IdleTPS   = 15
	IdleAfter = 90
)

// Window is what the App asks of the window system. The real one is
// ebiten's; tests pass a fake so they neither go fullscreen nor change
// the process's tick rate.
type Window interface {
	SetFullscreen(bool)
	// DeviceScale is the monitor's device scale factor (2 on most HiDPI
	// screens).
	DeviceScale() float64
	SetTPS(int)
}

// Options configure an App. The zero value plays with real devices and
// default settings.
type Options struct {
	Settings Settings
	Source   InputSource // nil reads the real keyboard and mouse
	Keymap   *Keymap     // nil uses DefaultKeymap
	Window   Window      // nil uses the real window
	Fonts    *Fonts      // nil loads the embedded fonts
	// SettingsChanged, when set, is told about each change of settings,
	// for saving them.
	SettingsChanged func(Settings)
	// TextRecord, when set, records every string each frame draws.
	TextRecord *TextRecord
	// Describe, when set, is told the screen's Description whenever it
	// changes (the browser's screen-reader mirror).
	Describe func(Description)
}

// App is the ebiten.Game: it reads input once per tick, runs the scene on
// top of the stack, and draws only when something changed. With
// ebiten.SetScreenClearedEveryFrame(false) the last picture stays on screen
// when Draw skips, so an idle game costs almost nothing.
type App struct {
	scenes   sceneStack
	input    *Input
	source   InputSource
	window   Window
	fonts    *Fonts
	theme    *Theme
	settings Settings
	onChange func(Settings)

	size     image.Point
	tick     int64
	dirty    bool // the screen must be drawn again
	busy     bool // something happened this tick; not idle
	quitting bool
	// confirmQuit is the dialog a QuitGuard asked for on the last Ctrl+Q.
	confirmQuit Scene
	idleTicks   int
	tps         int
	entered     bool
	draws       int
	rec         *TextRecord
	describe    func(Description)
	said        Description // the last Description given to describe
}

// NewApp returns an App showing first.
func NewApp(first Scene, o Options) (*App, error) {
	a := &App{source: o.Source, window: o.Window, fonts: o.Fonts, onChange: o.SettingsChanged, dirty: true, rec: o.TextRecord, describe: o.Describe}
	if a.source == nil {
		a.source = &EbitenSource{}
	}
	if a.window == nil {
		a.window = ebitenWindow{}
	}
	if a.fonts == nil {
		f, err := NewFonts()
		if err != nil {
			return nil, err
		}
		a.fonts = f
	}
	km := DefaultKeymap()
	if o.Keymap != nil {
		km = *o.Keymap
	}
	a.input = NewInput(km)
	if tm, ok := a.source.(TextMethoder); ok {
		a.input.SetTextMethod(tm.TextMethod())
	}
	if cb, ok := a.source.(Clipboarder); ok {
		a.input.SetClipboard(cb.Clipboard())
	}
	if o.Settings.Scale == 0 {
		o.Settings.Scale = 1
	}
	a.settings = o.Settings.Normalized()
	a.theme = a.newTheme(a.settings.Palette())
	a.scenes.scenes = []Scene{first}
	return a, nil
}

// MinLogicalSize is the smallest screen, in units of the theme's scale,
// that screens are laid out for. The window cannot be made smaller at 100%.
var MinLogicalSize = image.Pt(960, 600)

// scale is the theme's scale: the player's UI scale times the device
// scale, capped so that the screen still holds MinLogicalSize. Screens are
// designed for that size, so a 200% setting in a small window gives the
// largest scale that fits rather than controls falling off the screen.
func (a *App) scale() float64 {
	dsf := a.window.DeviceScale()
	want := a.settings.Scale * dsf
	if a.size.X <= 0 || a.size.Y <= 0 {
		return want
	}
	if a.settings.AutoScale {
		want = WindowScale(image.Pt(int(float64(a.size.X)/dsf), int(float64(a.size.Y)/dsf))) * dsf
	}
	fit := math.Min(float64(a.size.X)/float64(MinLogicalSize.X), float64(a.size.Y)/float64(MinLogicalSize.Y))
	return math.Max(dsf, math.Min(want, fit))
}

// Settings returns the settings in force.
func (a *App) Settings() Settings { return a.settings }

// Theme returns the theme in force.
func (a *App) Theme() *Theme { return a.theme }

// Draws returns how many frames were actually drawn, for tests of idling.
func (a *App) Draws() int { return a.draws }

// Top returns the current scene.
func (a *App) Top() Scene { return a.scenes.top() }

func (a *App) applySettings(s Settings) {
	s = s.Normalized()
	old := a.settings
	a.settings = s
	a.theme = a.newTheme(s.Palette())
	if s.Fullscreen != old.Fullscreen {
		a.window.SetFullscreen(s.Fullscreen)
	}
	a.markDirty()
	if a.onChange != nil && s != old {
		a.onChange(s)
	}
}

// Update implements ebiten.Game.
func (a *App) Update() error {
	if !a.entered {
		a.entered = true
		a.enterTop()
	}
	a.tick++
	a.busy = false
	a.input.Next(a.source.Poll())
	if a.input.Active() {
		a.markDirty()
	}
	a.globalActions()

	ctx := a.context()
	if top := a.scenes.top(); top != nil {
		if err := top.Update(ctx); err != nil {
			return err
		}
	}
	// Quit is handled after the scene, so a screen with unsaved work can
	// consume it and ask first.
	if a.input.Consume(ActionQuit) {
		a.askQuit()
	}
	if a.scenes.apply() {
		a.markDirty()
		a.enterTop()
	}
	if a.quitting || a.scenes.top() == nil {
		return ebiten.Termination
	}
	a.tell()
	a.pace()
	return nil
}

// tell gives the Describe hook the screen's description when it changed.
// Only a tick that redraws can change it, so an idle game asks nothing.
func (a *App) tell() {
	if a.describe == nil || !a.dirty {
		return
	}
	if d := a.scenes.describe(); !d.Equal(a.said) {
		a.said = d
		a.describe(d)
	}
}

// globalActions handles the actions that mean the same on every screen,
// and consumes them: scenes see the new settings, not the keys.
func (a *App) globalActions() {
	s := a.settings
	// A scale key starts from the scale shown, which the window chose
	// while the scale followed it, and fixes the scale from then on.
	shown := s
	if s.AutoScale {
		shown.Scale, shown.AutoScale = ClampScale(a.theme.Scale/a.window.DeviceScale()), false
	}
	switch {
	case a.input.Consume(ActionToggleFullscreen):
		s.Fullscreen = !s.Fullscreen
	case a.input.Consume(ActionScaleUp):
		s = shown
		s.Scale += ScaleStep
	case a.input.Consume(ActionScaleDown):
		s = shown
		s.Scale -= ScaleStep
	case a.input.Consume(ActionScaleReset):
		s = shown
		s.Scale = 1
	default:
		return
	}
	a.applySettings(s)
}

func (a *App) context() *Context {
	return &Context{Input: a.input, Theme: a.theme, Settings: a.settings, Size: a.size, Tick: a.tick, host: a}
}

func (a *App) push(s Scene)    { a.scenes.push(s) }
func (a *App) pop()            { a.scenes.pop() }
func (a *App) replace(s Scene) { a.scenes.replace(s) }
func (a *App) quit()           { a.quitting = true }

// askQuit quits, unless a scene has work to lose and its confirmation is
// not already showing: then it shows that first.
func (a *App) askQuit() {
	if a.confirmQuit != nil && a.scenes.top() == a.confirmQuit {
		a.quitting = true
		return
	}
	d := a.scenes.quitGuard()
	if d == nil {
		a.quitting = true
		return
	}
	a.confirmQuit = d
	a.scenes.push(d)
}
func (a *App) invalidate() { a.markDirty() }

// markDirty asks for a redraw and counts the tick as busy.
func (a *App) markDirty()             { a.dirty, a.busy = true, true }
func (a *App) setSettings(s Settings) { a.applySettings(s) }

func (a *App) enterTop() {
	if e, ok := a.scenes.top().(Enterer); ok {
		e.Enter(a.context())
	}
}

// pace lowers the tick rate after a while with nothing to do, and raises
// it again at the first sign of life.
func (a *App) pace() {
	if a.busy {
		a.idleTicks = 0
	} else {
		a.idleTicks++
	}
	want := ActiveTPS
	if a.idleTicks >= IdleAfter {
		want = IdleTPS
	}
	if want != a.tps {
		a.tps = want
		a.window.SetTPS(want)
	}
}

// Draw implements ebiten.Game. It skips when nothing changed: the screen
// keeps its last picture.
func (a *App) Draw(screen *ebiten.Image) {
	if !a.dirty {
		return
	}
	a.dirty = false
	a.draws++
	if a.rec != nil {
		a.rec.begin(screen.Bounds())
		defer a.rec.end()
	}
	screen.Fill(a.theme.Palette.Background)
	a.scenes.draw(screen, a.theme)
}

// newTheme is a theme at the window's scale, recording when asked to.
func (a *App) newTheme(p Palette) *Theme {
	t := NewTheme(a.fonts, p, a.scale())
	t.rec = a.rec
	return t
}

// Layout implements ebiten.Game. The screen has one pixel per device
// pixel, so text stays sharp on HiDPI monitors; Theme.Scale makes up for it.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	size := logicalSize(image.Pt(outsideWidth, outsideHeight), a.window.DeviceScale())
	if size != a.size {
		// A resized screen is a new, blank image.
		a.size = size
		a.dirty = true
	}
	if a.theme.Scale != a.scale() {
		// The window was resized, or moved to a monitor of another density.
		a.theme = a.newTheme(a.settings.Palette())
		a.dirty = true
	}
	return size.X, size.Y
}

// logicalSize is the screen the App lays out for a window of outside
// points at device scale s: its pixels, and no fewer than MinLogicalSize
// at 100%. A smaller window (a 640×480 browser frame; the desktop window
// cannot shrink so far) gets the layout of the smallest screen the
// screens are designed for, in the window's shape, and ebiten scales the
// picture down to fit: smaller, but whole, where laying it out at 640×480
// broke words ("Unit ed Stat es") and left buttons blank.
func logicalSize(outside image.Point, s float64) image.Point {
	w, h := float64(outside.X)*s, float64(outside.Y)*s
	if w > 0 && h > 0 {
		if k := math.Max(float64(MinLogicalSize.X)*s/w, float64(MinLogicalSize.Y)*s/h); k > 1 {
			w, h = w*k, h*k
		}
	}
	return image.Pt(int(math.Ceil(w-1e-9)), int(math.Ceil(h-1e-9)))
}

// ebitenWindow is the real Window.
type ebitenWindow struct{}

func (ebitenWindow) SetFullscreen(f bool) { ebiten.SetFullscreen(f) }
func (ebitenWindow) SetTPS(n int)         { ebiten.SetTPS(n) }
func (ebitenWindow) DeviceScale() float64 {
	if m := ebiten.Monitor(); m != nil {
		return m.DeviceScaleFactor()
	}
	return 1
}

// Run opens the window and runs app until the player quits.
func Run(app *App, title string) error {
	ebiten.SetWindowTitle(title)
	ebiten.SetWindowSize(1280, 760)
	ebiten.SetWindowSizeLimits(960, 600, -1, -1)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetFullscreen(app.settings.Fullscreen)
	return ebiten.RunGame(app)
}
