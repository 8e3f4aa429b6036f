package window

import (
	"image"
	"image/color"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/web"
)

// boot is the ebiten.Game of the window's first frames: it shows a plain
// frame in the desk's colour with a progress line at once, then does one
// step of the start per frame (making the flow, parsing the fonts, making
// the App) and hands over to the game proper.
//
// In the browser the Go program runs in the page's only thread and a
// frame is one task of the page, so a start done in one go froze the page
// for seconds and the player saw nothing meanwhile (issue 13: no task over
// 200 ms, and the first visible frame near a bare ebiten app's). With one
// step a frame, the page paints and answers between the steps.
type boot struct {
	steps []step
	done  int
	bg    color.RGBA
	bar   color.RGBA
	drawn bool // the first frame is drawn
	// draws counts the frames drawn: the steps wait for the third, so
	// that the plain frame is on the screen, and the page has seen it
	// there (it notes the first frame two animation frames after the
	// game drew it), before the first step holds the page.
	draws int
	// fresh is set by each Draw and cleared by the step after it: ebiten
	// may run several Updates in one frame to catch up with its clock
	// (after a long frame it does), and the steps must not run in a row.
	fresh bool
	// game is the game proper, once the steps have made it.
	game ebiten.Game
	// scratch is where warmSteps draw; it goes with the start.
	scratch *ebiten.Image
	// firstDraw, when set, draws to scratch in the first frame (the
	// browser's: growVertexBuffers).
	firstDraw func(scratch *ebiten.Image)
	// outside is the window's size in the last Layout, for the game's
	// first Layout.
	outside image.Point
	// schedule asks ebiten for another frame (ebiten.ScheduleFrame;
	// tests count the calls).
	schedule func()
	// gpu, when set, tells when the GPU has drawn what was sent it
	// (web.GPUFence, the browser's): see afterGPU.
	gpu gpuFence
}

// gpuFence is web.GPUFence as the start uses it (tests give their own).
type gpuFence interface {
	Set()
	Passed() bool
}

// afterGPU is a step that does s once the GPU has drawn the frames before
// it: in its first frame it sets a fence, then waits a frame at a time
// until the fence has passed (or gpuWaitFrames frames, should it never
// pass: a lost context must not stop the start). In Chromium a WebGL call
// that needs the GPU process's answer (ebiten linking a program on its
// first use, deleting a buffer) holds the page until that process has run
// everything sent before; waiting in frames keeps the page answering
// meanwhile. Right after the first frame the GPU process is still drawing
// it (growVertexBuffers' 3 MB, the first shaders): warmLinear's link
// waited 430-620 ms there in four of nine title starts at load 13-19, and
// 90-180 ms in five of five when it waited for the fence. Only steps that
// make such calls wait: the others (parsing fonts, decoding maps) go on
// while the GPU catches up; every step waiting held the title back.
func (b *boot) afterGPU(s step) step {
	waited := -1 // no fence yet
	return func() (bool, error) {
		if b.gpu != nil && waited < gpuWaitFrames {
			if waited < 0 {
				b.gpu.Set()
				waited = 0
				return true, nil
			}
			if !b.gpu.Passed() {
				waited++
				return true, nil
			}
		}
		waited = gpuWaitFrames // once started, s runs on its own
		return s()
	}
}

// gpuWaitFrames bounds how many frames afterGPU waits for the GPU.
const gpuWaitFrames = 120

// step is one step of the start; it reports whether it has more to do in
// the next frame.
type step func() (more bool, err error)

// once is a step done in one frame.
func once(f func() error) step {
	return func() (bool, error) { return false, f() }
}

// sliced is a step of many small parts (see flow.Prepare): it does parts
// for up to budget a frame. A part a frame would spend a whole frame on
// each of a scenario's hundred parts.
func sliced(part func() bool, budget time.Duration) step {
	return func() (bool, error) {
		start := time.Now()
		for part() {
			if time.Since(start) >= budget {
				return true, nil
			}
		}
		return false, nil
	}
}

// tickFirst is a step that lays out the game made so far (made returns
// it) for the window and runs its first Updates, one a frame, in frames in
// which the plain frame is still drawn, until an Update leaves the same
// screen on top as it found (top returns it) or firstTicks have run.
// Entering the first screen (a link's goes from the title to the
// briefing, which then lays out its pages, shaping every word) and drawing
// it the first time (each glyph rasterised) were one task of the page, the
// longest after the start's own (issue 13: no task over 200 ms). The step
// after it hands the game over, and the game's next frame only draws.
func (b *boot) tickFirst(made func() ebiten.Game, top func() any) step {
	ticks := 0
	return func() (bool, error) {
		g := made()
		g.Layout(b.outside.X, b.outside.Y)
		before := top()
		if err := g.Update(); err != nil {
			return false, err
		}
		ticks++
		return top() != before && ticks < firstTicks, nil
	}
}

// firstTicks bounds tickFirst: a first screen that hands over to another
// at once (the title to a link's briefing) needs two.
const firstTicks = 4

// Update implements ebiten.Game: one step per frame, after the first frame
// is on the screen.
func (b *boot) Update() error {
	if b.game != nil {
		b.scratch = nil
		return b.game.Update()
	}
	b.nextFrame()
	if !b.fresh || b.draws < 3 || b.done >= len(b.steps) {
		return nil
	}
	more, err := b.steps[b.done]()
	if !more {
		b.done++
	}
	b.fresh = false
	if err != nil || b.game == nil {
		return err
	}
	// The game proper is laid out for the window at once: after a slow
	// frame ebiten runs more Updates before its next Layout, and the App
	// would enter its first screen at size zero. The briefing then wrapped
	// its text to a sliver, every word broken letter by letter (seconds
	// of the browser's time), before its real size came.
	b.game.Layout(b.outside.X, b.outside.Y)
	return nil
}

// nextFrame asks for the next frame of the start. Frames come on demand
// (see openWindow): a frame runs only on input or when asked, and the
// steps must not wait for input that may never come (a touch-only page).
// Asking in Update alone was not enough: ebiten runs as many Updates in a
// frame as its 60-a-second clock allows, and draws even when that is none
// (a frame less than half a tick after the last, as when it runs one at
// once for an input or resize event and then the one asked for). After
// such a frame nothing asked for more, and the start would stand still at
// its loading line until the next input, which a page with no mouse may
// never get (the likely cause of session 6's TestTouchGestures standing
// still in the start's longest run of frames, a glyph warm-up).
func (b *boot) nextFrame() {
	if b.schedule == nil {
		ebiten.ScheduleFrame()
		return
	}
	b.schedule()
}

// Draw implements ebiten.Game.
func (b *boot) Draw(screen *ebiten.Image) {
	if b.game != nil {
		b.game.Draw(screen)
		return
	}
	// Ask from Draw too: ebiten draws in frames where it runs no Update
	// (see nextFrame).
	b.nextFrame()
	screen.Fill(b.bg)
	// A thin line across the middle grows with the steps done, where the
	// page's own loading bar was.
	r := screen.Bounds()
	w := r.Dx() / 3
	y := r.Min.Y + r.Dy()/2
	x := r.Min.X + (r.Dx()-w)/2
	full := image.Rect(x, y, x+w, y+max(2, r.Dy()/300))
	part := full
	part.Max.X = x + w*(b.done+1)/(len(b.steps)+1)
	screen.SubImage(full).(*ebiten.Image).Fill(ui.Fade(b.bar, 0.25))
	screen.SubImage(part).(*ebiten.Image).Fill(b.bar)
	b.fresh = true
	b.draws++
	if !b.drawn {
		b.drawn = true
		if b.firstDraw != nil {
			b.scratch = ebiten.NewImage(16, 16)
			b.firstDraw(b.scratch)
		}
		web.NotifyFirstFrame()
	}
}

// Layout implements ebiten.Game. Until the App exists, the screen has one
// pixel per device pixel, as the App's.
func (b *boot) Layout(w, h int) (int, int) {
	b.outside = image.Pt(w, h)
	if b.game != nil {
		return b.game.Layout(w, h)
	}
	s := 1.0
	if m := ebiten.Monitor(); m != nil {
		s = m.DeviceScaleFactor()
	}
	return int(float64(w) * s), int(float64(h) * s)
}
