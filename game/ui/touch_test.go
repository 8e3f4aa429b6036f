package ui

import (
	"image"
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// finger plays touches through a touchState, one tick at a time, with the
// real mouse resting at (500, 500).
type finger struct {
	s   touchState
	out []RawInput
}

func (f *finger) tick(at ...image.Point) RawInput {
	raw := RawInput{Cursor: image.Pt(500, 500)}
	var ts []touch
	for i, p := range at {
		ts = append(ts, touch{ID: ebiten.TouchID(i + 1), Pos: p})
	}
	f.s.apply(&raw, ts, 1)
	f.out = append(f.out, raw)
	return raw
}

func held(r RawInput) bool { return slices.Contains(r.Buttons, ebiten.MouseButtonLeft) }

// TestTouchTap: a tap is a press and a release of the left button where the
// finger was, then the cursor leaves, so nothing stays hovered.
func TestTouchTap(t *testing.T) {
	var f finger
	p := image.Pt(100, 200)
	for range 5 {
		if r := f.tick(p); held(r) || r.Cursor != p {
			t.Fatalf("finger down: %+v; want the cursor on it and no button yet", r)
		}
	}
	up := f.tick()
	press := f.tick()
	release := f.tick()
	after := f.tick()
	if held(up) || !held(press) || held(release) || press.Cursor != p || release.Cursor != p {
		t.Errorf("the tap's click: lift %+v, press %+v, release %+v", up, press, release)
	}
	if after.Cursor != image.Pt(-1, -1) {
		t.Errorf("after the tap the cursor is at %v, want off the screen", after.Cursor)
	}
	// The mouse moves: it has the cursor back.
	raw := RawInput{Cursor: image.Pt(510, 505)}
	f.s.apply(&raw, nil, 1)
	if raw.Cursor != image.Pt(510, 505) {
		t.Errorf("the mouse moved to (510,505) but the cursor is at %v", raw.Cursor)
	}
}

// TestTouchDrag: a drag turns the wheel (finger up scrolls down, as on
// phones) under where it began, and does not click.
func TestTouchDrag(t *testing.T) {
	var f finger
	start := image.Pt(300, 400)
	wheel := 0.0
	for i := range 20 {
		r := f.tick(start.Add(image.Pt(0, -8*i)))
		wheel += r.WheelY
		if held(r) || r.Cursor != start {
			t.Fatalf("tick %d of the drag: %+v", i, r)
		}
	}
	for range 4 {
		if r := f.tick(); held(r) {
			t.Fatal("a drag clicked when the finger lifted")
		}
	}
	// 152 px up is 3.8 notches: the wheel turned down by whole thirds.
	if wheel > -3.6 || wheel < -3.9 {
		t.Errorf("a 152 px drag turned the wheel %.2f, want about -3.8", wheel)
	}
}

// TestTouchLongPress: a finger resting past LongPressTicks does not click,
// and the cursor stays on the control, so its tooltip shows and stays until
// the next touch.
func TestTouchLongPress(t *testing.T) {
	var f finger
	p := image.Pt(40, 60)
	for range LongPressTicks + 5 {
		f.tick(p.Add(image.Pt(3, 0))) // a finger trembles a little
	}
	for range 4 {
		if r := f.tick(); held(r) || r.Cursor != p.Add(image.Pt(3, 0)) && r.Cursor != p {
			t.Fatalf("after a long press: %+v", r)
		}
	}
}
