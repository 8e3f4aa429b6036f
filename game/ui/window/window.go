// Package window opens the game's window (or the page's canvas) and runs
// a first screen in it: the boot frames, the stored display settings, the
// frame pacer, the browser's screen-reader mirror and the files dropped on
// the window. The screens themselves live in package flow (and remote for a
// class seat); this is the frame around them.
package window

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/ui"
	"backchannel/game/ui/board"
	"backchannel/game/ui/flow"
	"backchannel/game/ui/pacer"
	"backchannel/web"
)

// Window says how the window opens, apart from the game in it.
type Window struct {
	Title string
	// Settings keeps the display settings; nil uses DefaultSettingsStore.
	Settings SettingsStore
	// Start is when the program started, for OnFirstFrame.
	Start time.Time
	// OnFirstFrame, when set, is told how long after Start the first
	// frame was drawn.
	OnFirstFrame func(time.Duration)
	// Prepare, when set, is work to do before the game is made, a part a
	// call (it reports whether parts remain): see flow.Prepare. Start
	// runs it over the frames after the first in the browser.
	Prepare func() bool
	// Trace, when set, is told the name of each screen as it comes to the
	// top ("screen choose"), so that tests driving the real program from
	// outside can follow it.
	Trace io.Writer
}

// Run opens the window on the flow's first screen and plays until the
// player quits.
func Run(f *flow.Flow, w Window) error { return runScene(f.Waker(), f.First(), w) }

// RunReplay opens the window on the replay of a saved game; closing the
// replay closes the window.
func RunReplay(f *flow.Flow, rec *save.Record, scen *game.Scenario, w Window) error {
	r, err := f.Replay(rec, scen)
	if err != nil {
		return err
	}
	return runScene(f.Waker(), r, w)
}

// runScene opens the window on first; waker, when not nil, is pointed at
// the window while it is open.
func runScene(waker *pacer.Waker, first ui.Scene, w Window) error {
	return openWindow(func() (*pacer.Waker, ui.Scene, error) { return waker, first, nil }, w)
}

// Start opens the window at once and makes the flow with newFlow in the
// frames after the first (see boot), then plays until the player quits.
// The browser build starts so, since there making the flow (a shared
// link's scenario) holds the page; errors of newFlow end the game.
//
// A game the flow starts at once (a shared link's) is made in a frame of
// its own after the flow (flow.StartAuto), the log's encoding warmed in
// the frame before it (warmLog), instead of in the title's first Update.
func Start(newFlow func() (*flow.Flow, error), w Window) error {
	var f *flow.Flow
	return openWindow(func() (*pacer.Waker, ui.Scene, error) {
		var err error
		if f, err = newFlow(); err != nil {
			return nil, nil, err
		}
		return f.Waker(), f.First(), nil
	}, w, warmLog(), once(func() error { f.StartAuto(); return nil }))
}

// openWindow opens the window on the plain frame of boot, makes the first
// screen (and the waker of the goroutines behind it, if any) with prepare,
// then does the steps after, the fonts, the board's maps and the App, a
// step a frame, and plays.
func openWindow(prepare func() (*pacer.Waker, ui.Scene, error), w Window, after ...step) error {
	store := w.Settings
	if store == nil {
		store, _ = DefaultSettingsStore()
	}
	settings := ui.DefaultSettings()
	if store != nil {
		if s, err := store.Load(); err == nil {
			settings = s
		}
	}
	opts := ui.Options{Settings: settings}
	if web.IsBrowser {
		opts.Describe = mirror
	}
	if store != nil {
		opts.SettingsChanged = func(s ui.Settings) { _ = store.Save(s) }
	}
	title := w.Title
	if title == "" {
		title = "Backchannel"
	}
	ebiten.SetWindowTitle(title)
	ebiten.SetWindowSize(1280, 760)
	ebiten.SetWindowSizeLimits(ui.MinLogicalSize.X, ui.MinLogicalSize.Y, -1, -1)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetFullscreen(settings.Fullscreen)
	// Frames on demand: ebiten runs a frame only on input or when asked.
	// The App already skips drawing when nothing changed, but ebiten would
	// still present 60 frames a second, which costs 40% of a core under
	// software GL; in this mode an idle game costs nothing. The API is
	// marked deprecated in favour of SetScreenClearedEveryFrame, which we
	// use as well but which does not stop the presenting.
	ebiten.SetFPSMode(ebiten.FPSModeVsyncOffMinimum)
	var (
		waker  *pacer.Waker
		first  ui.Scene
		unwake func()
	)
	pal := settings.Palette()
	b := &boot{bg: pal.Background, bar: pal.Accent}
	if web.IsBrowser {
		// The linear filter's program is linked once the GPU has drawn
		// the first frame (see afterGPU).
		b.gpu = web.NewGPUFence()
		b.steps = append(b.steps, b.afterGPU(b.drawScratch(warmLinear)))
	}
	if w.Prepare != nil {
		b.steps = append(b.steps, sliced(w.Prepare, prepareSlice))
	}
	b.steps = append(b.steps, once(func() (err error) {
		waker, first, err = prepare()
		return err
	}))
	b.steps = append(b.steps, after...)
	var fontSteps []func() error
	opts.Fonts, fontSteps = ui.FontSteps()
	for _, s := range fontSteps {
		b.steps = append(b.steps, once(s))
	}
	if web.IsBrowser {
		b.firstDraw = growVertexBuffers
		b.steps = append(b.steps, b.warmSteps(opts.Fonts)...)
	}
	for _, s := range board.MapSteps() {
		b.steps = append(b.steps, once(s))
	}
	var app *ui.App
	b.steps = append(b.steps, once(func() (err error) {
		app, err = ui.NewApp(first, opts)
		return err
	}))
	if web.IsBrowser {
		b.steps = append(b.steps, b.tickFirst(func() ebiten.Game { return app }, func() any { return app.Top() }),
			b.afterGPU(rehearse(func() *ui.App { return app }, prepareSlice)))
		// The collector was off during the start (web.StartBrowser): its
		// garbage goes in a frame of its own.
		b.steps = append(b.steps, once(func() error { web.EndStart(); return nil }))
	}
	b.steps = append(b.steps, once(func() error {
		if waker != nil {
			waker.Set(ebiten.ScheduleFrame)
		}
		// In the browser, a file opened or dropped on the page must
		// wake a game that sleeps between frames.
		unwake = web.SetWake(ebiten.ScheduleFrame)
		b.game = pacer.New(app, pacer.Options{Start: w.Start, OnFirst: w.OnFirstFrame, Trace: w.Trace})
		return nil
	}))
	defer func() {
		if waker != nil {
			waker.Set(nil)
		}
		if unwake != nil {
			unwake()
		}
	}()
	if !web.IsBrowser {
		// The desktop has no page to keep answering: it does the steps
		// before the window opens, as before boot. There a frame comes
		// only on an event (frames on demand), and a step could wait
		// for one.
		for _, step := range b.steps {
			for {
				more, err := step()
				if err != nil {
					return err
				}
				if !more {
					break
				}
			}
		}
		return inWords(ebiten.RunGame(b.game))
	}
	return inWords(ebiten.RunGame(b))
}

// prepareSlice is how long a frame of the start spends on Window.Prepare:
// well under the page's 200 ms budget for a task, with the frame's own
// work around it.
const prepareSlice = 40 * time.Millisecond

// errNoScreen says what to do on a machine with no screen to open the
// window on, instead of ebiten's "no window system is available: fbdev:
// failed to open /dev/fb0".
var errNoScreen = errors.New("there is no screen here to open the game's window on. " +
	"Play on a desktop; or run it on a virtual screen: xvfb-run backchannel play; " +
	"or build the browser version with make web and open the site it writes in a browser")

// inWords turns the window system's errors into the player's words.
func inWords(err error) error {
	if err != nil && strings.Contains(err.Error(), "no window system") {
		return errNoScreen
	}
	return err
}

// mirror hands a description to the page's screen-reader mirror.
func mirror(d ui.Description) {
	b, err := json.Marshal(d)
	if err == nil {
		web.Mirror(string(b))
	}
}
