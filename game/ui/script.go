package ui

import (
	"image"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
)

// Script is an InputSource that plays back scripted input, one RawInput per
// tick, for tests. Its methods append ticks and return the script, so
// steps chain: NewScript().Press(ebiten.KeyTab).Click(pt). When the script
// runs out, the devices rest: nothing held, the cursor where it was.
type Script struct {
	ticks  []RawInput
	cursor image.Point
	held   []ebiten.Key
}

// NewScript returns an empty script with the cursor at (-1, -1), off
// screen, so that nothing starts hovered.
func NewScript() *Script { return &Script{cursor: image.Pt(-1, -1)} }

// Poll implements InputSource.
func (s *Script) Poll() RawInput {
	if len(s.ticks) == 0 {
		return RawInput{Cursor: s.cursor, Keys: s.held}
	}
	t := s.ticks[0]
	s.ticks = s.ticks[1:]
	return t
}

// Len returns the number of ticks left.
func (s *Script) Len() int { return len(s.ticks) }

// last returns the resting state after the script so far.
func (s *Script) rest() RawInput {
	return RawInput{Cursor: s.cursor, Keys: slices.Clone(s.held)}
}

// Wait adds n ticks of no input.
func (s *Script) Wait(n int) *Script {
	for range n {
		s.ticks = append(s.ticks, s.rest())
	}
	return s
}

// Press presses keys together for one tick and releases them the next, as
// a quick tap. Keys held with Hold stay held.
func (s *Script) Press(keys ...ebiten.Key) *Script {
	t := s.rest()
	t.Keys = append(t.Keys, keys...)
	s.ticks = append(s.ticks, t)
	return s.Wait(1)
}

// Hold holds keys down for n ticks, then releases them.
func (s *Script) Hold(n int, keys ...ebiten.Key) *Script {
	for range n {
		t := s.rest()
		t.Keys = append(t.Keys, keys...)
		s.ticks = append(s.ticks, t)
	}
	return s.Wait(1)
}

// With runs steps while keys (usually modifiers) are held down.
func (s *Script) With(keys []ebiten.Key, steps func(*Script)) *Script {
	before := s.held
	s.held = append(slices.Clone(before), keys...)
	steps(s)
	s.held = before
	return s
}

// Move moves the cursor to p for one tick.
func (s *Script) Move(p image.Point) *Script {
	s.cursor = p
	return s.Wait(1)
}

// Click moves to p, presses the left button for one tick, and releases it.
func (s *Script) Click(p image.Point) *Script {
	return s.ClickButton(p, ebiten.MouseButtonLeft)
}

// ClickButton is Click with any mouse button.
func (s *Script) ClickButton(p image.Point, b ebiten.MouseButton) *Script {
	s.Move(p)
	t := s.rest()
	t.Buttons = []ebiten.MouseButton{b}
	s.ticks = append(s.ticks, t)
	return s.Wait(1)
}

// Drag presses the left button at from, moves to to while holding it (in
// a few steps, as a hand does), and lets go there.
func (s *Script) Drag(from, to image.Point) *Script {
	const steps = 4
	for i := 0; i <= steps; i++ {
		s.cursor = from.Add(to.Sub(from).Mul(i).Div(steps))
		t := s.rest()
		t.Buttons = []ebiten.MouseButton{ebiten.MouseButtonLeft}
		s.ticks = append(s.ticks, t)
	}
	return s.Wait(1)
}

// Scroll turns the wheel by dy notches (negative is down) at the cursor.
func (s *Script) Scroll(dy float64) *Script {
	t := s.rest()
	t.WheelY = dy
	s.ticks = append(s.ticks, t)
	return s
}

// Type types str, one character per tick.
func (s *Script) Type(str string) *Script {
	for _, r := range str {
		t := s.rest()
		t.Chars = []rune{r}
		s.ticks = append(s.ticks, t)
	}
	return s
}
