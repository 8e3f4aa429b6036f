// Package pacer runs the App in a real window in frames-on-demand mode:
// ebiten is asked for frames only while something is happening, and the
// game sleeps otherwise. It also traces what the window saw, for the tests
// that drive the real program from outside. The screens live in flow; this
// is the loop around them.
package pacer

import (
	"fmt"
	"image"
	"io"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
	"backchannel/web"
)

// awakeFor is how long frames keep coming after the screen last changed,
// at the App's tick rate (60 a second, 15 once it idles): the screens count
// time in ticks (a tooltip after half a second of rest, the board's notices
// for a few seconds). Then the game sleeps until input or wake. Awake, a
// frame that draws nothing costs 2-5% of a core under software GL; asleep,
// nothing.
const awakeFor = 5 * time.Second

// Pacer is the ebiten.Game around the App in frames-on-demand mode: it asks
// for frames only while something is happening, and reports the first
// frame.
type Pacer struct {
	app        *ui.App
	lastDraws  int
	lastChange time.Time
	awake      atomic.Bool
	alarm      chan struct{} // wakes the metronome from sleep

	start     time.Time
	onFirst   func(time.Duration)
	firstDone bool
	trace     io.Writer
	// lastPointer is the cursor position last traced.
	lastPointer image.Point
	lastTop     ui.Scene
	lastFocus   string // the focused button's text last traced
	lastTyped   string // the focused field's text last traced
	// typing is whether the trace has said that the focused field has
	// the keyboard, since the focus last moved.
	typing bool
}

// Options are what a Pacer reports, besides running the App.
type Options struct {
	// Start is when the program started; OnFirst, when set, is told how
	// long after it the first frame was drawn.
	Start   time.Time
	OnFirst func(time.Duration)
	// Trace, when set, is told each screen as it comes to the top, the
	// focused button and the input seen (see traceInput).
	Trace io.Writer
}

// New returns the Pacer of app and starts its metronome.
func New(app *ui.App, o Options) *Pacer {
	p := &Pacer{app: app, alarm: make(chan struct{}, 1), lastChange: time.Now(),
		start: o.Start, onFirst: o.OnFirst, trace: o.Trace}
	p.awake.Store(true)
	go p.metronome()
	return p
}

// metronome asks for a frame every tick while the game is awake. A single
// request could be lost (ebiten drops an empty event that arrives while a
// frame polls for input), so it asks again every tick rather than once
// per frame.
func (p *Pacer) metronome() {
	t := time.NewTicker(time.Second / 60)
	defer t.Stop()
	for {
		if !p.awake.Load() {
			t.Stop()
			<-p.alarm
			t.Reset(time.Second / time.Duration(max(ebiten.TPS(), 1)))
		}
		<-t.C
		ebiten.ScheduleFrame()
		t.Reset(time.Second / time.Duration(max(ebiten.TPS(), 1)))
	}
}

// traceInput tells the trace what input this tick saw: the pointer when it
// moved, each key and mouse button as it went down and as it came up. A
// test driving the real window or the browser waits for these lines (the
// game has seen the event) instead of sleeping and hoping: it lets go of a
// key once it is seen, before the key can repeat, and sends the next press
// only after the release is seen, so that no two land in one tick.
func (p *Pacer) traceInput() {
	if x, y := ebiten.CursorPosition(); image.Pt(x, y) != p.lastPointer {
		p.lastPointer = image.Pt(x, y)
		fmt.Fprintf(p.trace, "pointer %d,%d\n", x, y)
	}
	for _, k := range inpututil.AppendJustPressedKeys(nil) {
		fmt.Fprintf(p.trace, "key %s\n", k)
	}
	for _, k := range inpututil.AppendJustReleasedKeys(nil) {
		fmt.Fprintf(p.trace, "released key %s\n", k)
	}
	for b := ebiten.MouseButton0; b <= ebiten.MouseButtonMax; b++ {
		if inpututil.IsMouseButtonJustPressed(b) {
			fmt.Fprintf(p.trace, "button %d\n", b)
		}
		if inpututil.IsMouseButtonJustReleased(b) {
			fmt.Fprintf(p.trace, "released button %d\n", b)
		}
	}
}

// Update implements ebiten.Game.
func (p *Pacer) Update() error {
	if p.trace != nil {
		p.traceInput() // before the screen it may change
	}
	err := p.app.Update()
	if top := p.app.Top(); p.trace != nil && top != p.lastTop && top != nil {
		p.lastTop, p.lastFocus, p.typing = top, "", false
		fmt.Fprintf(p.trace, "screen %s\n", sceneName(top))
		if d, ok := top.(*widget.Dialog); ok {
			// Tests that answer a dialog need to know which it is.
			fmt.Fprintf(p.trace, "dialog %s\n", d.Title)
		}
	}
	if p.trace != nil {
		p.traceFocus(p.app.Top())
	}
	now := time.Now()
	if d := p.app.Draws(); d != p.lastDraws {
		p.lastDraws, p.lastChange = d, now
	}
	if now.Sub(p.lastChange) < awakeFor {
		if !p.awake.Swap(true) {
			select {
			case p.alarm <- struct{}{}:
			default:
			}
		}
	} else {
		p.awake.Store(false)
	}
	return err
}

// Draw implements ebiten.Game.
func (p *Pacer) Draw(screen *ebiten.Image) {
	p.app.Draw(screen)
	if !p.firstDone && p.app.Draws() > 0 {
		p.firstDone = true
		// The page saw boot's plain frame first; this is the first screen.
		web.Mark("firstScreen")
		if p.onFirst != nil {
			p.onFirst(time.Since(p.start))
		}
	}
}

// Layout implements ebiten.Game.
func (p *Pacer) Layout(w, h int) (int, int) { return p.app.Layout(w, h) }

// traceFocus tells the trace which button of a dialog has the focus when
// that changes ("focus End the turn"), so that a test driving the real
// program with keys can move the focus as a player would, by what the
// button says.
func (p *Pacer) traceFocus(top ui.Scene) {
	fs, ok := top.(interface{ Form() *widget.Form })
	if !ok {
		return
	}
	focused := fs.Form().Focused()
	// "keyboard in the field" once the focused field listens for keys: in
	// the browser its input method starts a tick after the field is shown,
	// and a key sent before that is the canvas's, not the field's.
	tf, ok := focused.(interface{ Typing() bool })
	switch typing := ok && tf.Typing(); {
	case typing && !p.typing:
		fmt.Fprintln(p.trace, "keyboard in the field")
		p.typing = true
	case !typing:
		p.typing = false
	}
	if tf, ok := focused.(interface{ Query() string }); ok {
		p.traceTyped(tf.Query())
	} else if tf, ok := focused.(interface{ Text() string }); ok {
		p.traceTyped(tf.Text())
	}
	b, ok := focused.(*widget.Button)
	if !ok || b.Text == p.lastFocus {
		return
	}
	p.lastFocus = b.Text
	fmt.Fprintf(p.trace, "focus %s\n", b.Text)
}

// traceTyped tells the trace what the focused text field holds when that
// changes ("typed radar"), so that a test typing real keys sees each
// character arrive once, through the platform's input method.
func (p *Pacer) traceTyped(s string) {
	if s == p.lastTyped {
		return
	}
	p.lastTyped = s
	fmt.Fprintf(p.trace, "typed %s\n", s)
}

// sceneName is a scene's type without its package: "choose", "Settings".
func sceneName(s ui.Scene) string {
	n := fmt.Sprintf("%T", s)
	if i := strings.LastIndexByte(n, '.'); i >= 0 {
		n = n[i+1:]
	}
	return n
}
