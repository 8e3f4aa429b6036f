package board

import "time"

// browserPaintBudget is how long one frame of the board may spend
// painting its layers again in the browser, once the first layer of the
// frame is painted.
const browserPaintBudget = 40 * time.Millisecond

// paintBudget spreads the board's first paint over frames. In the browser
// a frame is one task of the page, and painting every panel of a new
// board at once held the page for seconds (issue 13: no task over 200
// ms). With a budget, a frame paints layers until its time is used (at
// least one, so the board always moves on), shows the others' last
// pictures (or nothing yet), and the board asks for another frame.
type paintBudget struct {
	limit    time.Duration // 0: no limit (the desktop and the tests)
	start    time.Time
	painted  int
	deferred bool // a layer waits for a later frame
}

// begin starts a frame.
func (p *paintBudget) begin() {
	if p == nil {
		return
	}
	p.start, p.painted, p.deferred = time.Now(), 0, false
}

// allow reports whether a layer may paint in this frame, and counts it.
func (p *paintBudget) allow() bool {
	if p == nil || p.limit <= 0 {
		return true
	}
	if p.painted > 0 && time.Since(p.start) >= p.limit {
		p.deferred = true
		return false
	}
	p.painted++
	return true
}

// waiting reports whether a layer of the last frame waits to be painted.
func (p *paintBudget) waiting() bool { return p != nil && p.deferred }
