//go:build !js

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
)

// TestTouchGestures is issue 13 item 5's gestures on a touch screen the
// size of a tablet in landscape: a long press shows a control's tooltip
// without pressing it, taps act as clicks, and a drag scrolls the text
// under the finger without pressing anything.
func TestTouchGestures(t *testing.T) {
	t.Parallel()
	b := touchTab(t)
	b.tapUntil(titleNewGame, "the scenario choice", func() bool { return b.sawScreen("choose") })

	// A long press on Start shows its tooltip (the mirror says the tooltip
	// on the screen) and does not start the game. The finger trembles a
	// pixel now and then, as a real one does; each move is an event, so
	// the press keeps being seen however slowly the page draws.
	b.touchEvent(input.DispatchTouchEventTypeTouchStart, &chooseStart)
	const tipJS = `(() => { const t = (window.backchannelMirrored || {}).tip || ''; return t.includes('(Enter)') ? t : ''; })()`
	var tip string
	for i, deadline := 0, time.Now().Add(90*time.Second); time.Now().Before(deadline); i++ {
		if tip = eval[string](t, b.ctx, tipJS); tip != "" {
			break
		}
		p := pt{chooseStart.X, chooseStart.Y + float64(i%2)}
		b.touchEvent(input.DispatchTouchEventTypeTouchMove, &p)
		b.frames()
	}
	if tip == "" {
		t.Fatalf("a long press on Start showed no tooltip; the game says %+v", b.mirror())
	}
	b.shot("touch-long-press.png")
	b.touchEvent(input.DispatchTouchEventTypeTouchEnd, nil)
	b.frames()
	b.frames()
	if b.sawScreen("briefing") {
		t.Fatal("the long press on Start started the game")
	}
	t.Logf("the long press on Start shows %q", tip)

	// The Letter, whose brief is longer than its column: the
	// tutorial's is cut to what a newcomer needs and no longer scrolls.
	b.tapUntil(chooseLetter, "the Letter's summary", func() bool {
		return strings.Contains(b.mirror().Detail, "Moscow")
	})
	b.tapUntil(chooseStart, "the briefing", func() bool { return b.sawScreen("briefing") })

	// A drag up on the briefing's brief scrolls it, and presses
	// nothing. The game reads where the finger is at each frame, so the
	// finger waits for frames at each step of its way.
	b.frames()
	before := b.shot("touch-briefing.png")
	from := pt{350, 500} // on the brief, which is longer than its column
	b.touchEvent(input.DispatchTouchEventTypeTouchStart, &from)
	b.frames()
	for dy := 20.0; dy <= 200; dy += 20 {
		p := pt{from.X, from.Y - dy}
		b.touchEvent(input.DispatchTouchEventTypeTouchMove, &p)
		b.frames()
	}
	b.touchEvent(input.DispatchTouchEventTypeTouchEnd, nil)
	b.frames()
	b.frames()
	after := b.shot("touch-briefing-scrolled.png")
	if n := differing(before, after, before.Bounds()); n < 2000 {
		t.Errorf("a drag on the briefing changed %d pixels: it did not scroll", n)
	}
	if b.sawScreen("") {
		t.Errorf("the drag opened another screen")
	}
	if f := b.mirror().Title; !strings.HasPrefix(f, "Briefing") {
		t.Errorf("after the drag the screen is %q", f)
	}
}

// tapUntil taps p until done reports true, as a player taps again when a
// tap did nothing. A tap is a touch shorter than a long press in the
// game's ticks, but the test holds the finger for DevTools round trips,
// which a loaded machine can make longer than that: the game then reads a
// long press (a tooltip), and the next tap is quicker.
func (b *tab) tapUntil(p pt, what string, done func() bool) {
	b.t.Helper()
	for try := 0; try < 4; try++ {
		b.tap(p)
		for deadline := time.Now().Add(45 * time.Second); time.Now().Before(deadline); {
			if done() {
				return
			}
			b.frames()
		}
	}
	b.t.Fatalf("four taps at %v did not bring %s; the game says %+v", p, what, b.mirror())
}

// sawScreen reports whether the game has said that screen name came on
// top since the screens already waited for ("" for any screen), and if so
// moves past it.
func (b *tab) sawScreen(name string) bool {
	b.t.Helper()
	msgs, _ := b.cons.since(b.cursor)
	for i, m := range msgs {
		s, ok := strings.CutPrefix(strings.TrimSpace(m.Text), "screen ")
		if ok && (name == "" || s == name) {
			b.cursor += i + 1
			return true
		}
	}
	return false
}
