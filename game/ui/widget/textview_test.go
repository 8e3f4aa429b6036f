package widget

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

func TestTextViewScroll(t *testing.T) {
	long := strings.Repeat("Veto players can block any change to the status quo. ", 60)
	v := NewTextView(TextViewConfig{Text: long, Role: ui.TextBody})
	r := newRig(t, v)
	v.SetBounds(ui.Rect(100, 100, 400, 200))
	r.run()
	if !v.Focusable() {
		t.Fatal("overflowing text takes focus, so keyboard users can scroll it")
	}
	r.form.Focus(v)
	r.press(ebiten.KeyArrowDown)
	line := v.Scroll()
	if line <= 0 {
		t.Fatalf("down scrolls: %d", line)
	}
	r.press(ebiten.KeyPageDown)
	if v.Scroll() <= line {
		t.Errorf("page down scrolls further: %d", v.Scroll())
	}
	r.press(ebiten.KeyEnd)
	end := v.Scroll()
	r.press(ebiten.KeyArrowDown)
	if v.Scroll() != end {
		t.Errorf("no scrolling past the end: %d then %d", end, v.Scroll())
	}
	r.press(ebiten.KeyHome)
	if v.Scroll() != 0 {
		t.Errorf("home: %d", v.Scroll())
	}
	r.script.Move(center(v.Bounds())).Scroll(-1)
	r.run()
	if v.Scroll() <= 0 {
		t.Error("the wheel scrolls a hovered view")
	}
	v.SetText("short")
	r.run()
	if v.Scroll() != 0 || v.Focusable() {
		t.Errorf("short text: scroll %d, focusable %v", v.Scroll(), v.Focusable())
	}
}
