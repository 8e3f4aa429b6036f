//go:build !js

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// touchEvent sends one touch event with one finger at p (none for an end).
func (b *tab) touchEvent(typ input.DispatchTouchEventType, p *pt) {
	b.t.Helper()
	var points []*input.TouchPoint
	if p != nil {
		points = []*input.TouchPoint{{X: p.X, Y: p.Y}}
	}
	if _, err := chromedp.Call(b.ctx, input.DispatchTouchEvent, input.DispatchTouchEventParams{Type: typ, TouchPoints: points}); err != nil {
		b.t.Fatalf("touch %s: %v", typ, err)
	}
}

// tap touches p briefly, as a finger does. The game sees where fingers are
// at each frame, not the events, so the finger stays until the page has
// drawn two frames: a real tap lasts several frames, but a loaded machine
// draws slowly.
func (b *tab) tap(p pt) {
	b.t.Helper()
	b.touchEvent(input.DispatchTouchEventTypeTouchStart, &p)
	b.frames()
	b.touchEvent(input.DispatchTouchEventTypeTouchEnd, nil)
	b.frames()
}

// frames waits until the page has drawn two animation frames, in which the
// game runs its updates.
func (b *tab) frames() {
	b.t.Helper()
	eval[bool](b.t, b.ctx, `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
}

// TestTouch is issue 13 item 5 on a touch screen the size of a tablet in
// landscape, where the game does run: a tap acts as a click.
func TestTouch(t *testing.T) {
	t.Parallel()
	b := touchTab(t)

	b.tap(titleNewGame)
	b.waitScreen("choose", screenTimeout)
}

// touchTab opens the game on a touch screen the size of a tablet in
// landscape, where the game does run, and waits for the title screen.
func touchTab(t *testing.T) *tab {
	t.Helper()
	chromium(t)
	b := newTab(t, site(t, gamePackage), gameArgs)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("console:\n%s", tail(strings.Join(b.cons.all(), "\n"), 4000))
		}
	})
	do(t, b.ctx, 10*time.Second, chromedp.EmulateViewport(viewportW, viewportH, chromedp.EmulateTouch, chromedp.EmulateLandscape))
	do(t, b.ctx, 90*time.Second, chromedp.Navigate(b.srv.URL+"/"))
	if p := pollAcross[string](t, b.ctx, 60*time.Second, `window.backchannelStatus && backchannelStatus.phase !== 'checking' && backchannelStatus.phase`); p == "device" {
		// A touch-only device is told that the game wants a computer; a
		// tablet's player tries anyway.
		do(t, b.ctx, 10*time.Second, chromedp.Click("#try-anyway"))
	}
	pollAcross[float64](t, b.ctx, 90*time.Second, firstFrameJS)
	b.waitScreen("home", screenTimeout)
	return b
}
