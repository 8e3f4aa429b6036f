package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
)

// Touch gestures, in ticks and in pixels at scale 1.
const (
	// LongPressTicks is how long a finger rests before its press counts
	// as a long press, which shows the tooltip instead of clicking. It is
	// the tooltip's own delay, so the tooltip shows as the press becomes long.
	LongPressTicks = 30
	// TouchSlop is how far a finger may wander and still tap.
	TouchSlop = 12
	// touchNotch is the finger travel that scrolls as much as one notch
	// of a mouse wheel.
	touchNotch = 40
)

// offScreen is where the cursor goes after a tap or a drag, so that the
// control the finger left is not hovered (and its tooltip does not show)
// as if a mouse rested on it.
func offScreen() image.Point { return image.Pt(-1, -1) }

// touchState turns a touch screen into the mouse the screens read: a tap
// is a click where the finger was, a drag turns the wheel under the
// finger, and a long press rests the cursor on the control, which shows
// its tooltip. Only the first finger counts. It is pure, so tests drive it
// without a touch screen.
type touchState struct {
	down    bool
	id      ebiten.TouchID
	start   image.Point
	last    image.Point
	ticks   int
	dragged bool
	acc     float64 // finger travel not yet turned into the wheel
	// click is the tap being played back as a mouse click: 2 the press
	// tick, 1 the release tick, 0 none.
	click int
	at    image.Point
	// owns says the cursor is the touch's, until the real mouse moves.
	owns  bool
	mouse image.Point
}

// touch is a finger on the screen this tick.
type touch struct {
	ID  ebiten.TouchID
	Pos image.Point
}

// apply rewrites raw, this tick's mouse input, from the fingers on the
// screen; scale is the theme's scale, for the distances.
func (s *touchState) apply(raw *RawInput, touches []touch, scale float64) {
	if s.owns && raw.Cursor != s.mouse {
		s.owns = false // the mouse moved: it has the cursor back
	}
	s.mouse = raw.Cursor
	cur, held := s.find(touches)
	switch {
	case s.click > 0:
		// Play back the tap: press, then release, at the tap's point.
		raw.Cursor = s.at
		if s.click == 2 {
			raw.Buttons = append(raw.Buttons, ebiten.MouseButtonLeft)
		}
		s.click--
		if s.click == 0 {
			s.at = offScreen()
		}
		return
	case held && !s.down:
		s.down, s.id, s.start, s.last, s.ticks, s.dragged, s.acc = true, cur.ID, cur.Pos, cur.Pos, 0, false, 0
		s.owns = true
	case held:
		s.ticks++
		if !s.dragged && s.ticks < LongPressTicks && far(cur.Pos, s.start, TouchSlop*scale) {
			s.dragged, s.last = true, s.start // the travel counts from where the finger came down
		}
		if s.dragged {
			s.acc += float64(cur.Pos.Y - s.last.Y)
			third := touchNotch * scale / 3
			if k := int(s.acc / third); k != 0 {
				raw.WheelY += float64(k) / 3
				s.acc -= float64(k) * third
			}
		}
		s.last = cur.Pos
	case s.down:
		// The finger lifted: a tap clicks; a drag or a long press does not.
		// After a long press the cursor stays, so the tooltip stays up
		// until the next touch.
		s.down = false
		switch {
		case !s.dragged && s.ticks < LongPressTicks:
			s.click, s.at = 2, s.start
			raw.Cursor = s.at
			return
		case s.dragged:
			s.at = offScreen()
		default:
			s.at = s.start
		}
	}
	if !s.owns {
		return
	}
	switch {
	case s.down:
		raw.Cursor = s.start // the wheel and the tooltip go to where the finger came down
	default:
		raw.Cursor = s.at
	}
}

// find returns the finger followed, or the first one when none is.
func (s *touchState) find(touches []touch) (touch, bool) {
	for _, t := range touches {
		if s.down && t.ID == s.id {
			return t, true
		}
	}
	if len(touches) > 0 && !s.down {
		return touches[0], true
	}
	return touch{}, false
}

// far reports whether a and b are more than d apart.
func far(a, b image.Point, d float64) bool {
	dx, dy := float64(a.X-b.X), float64(a.Y-b.Y)
	return dx*dx+dy*dy > d*d
}
