package widget

import (
	"fmt"
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

func TestListKeys(t *testing.T) {
	var items []string
	for i := range 30 {
		items = append(items, fmt.Sprint("item ", i))
	}
	activated := -1
	l := NewList(ListConfig{Items: items, OnActivate: func(_ *ui.Context, i int) { activated = i }})
	r := newRig(t, l)
	rowH := l.RowHeight(r.ctx.Theme)
	l.SetBounds(ui.Rect(100, 100, 300, rowH*5))
	r.form.Focus(l)

	r.press(ebiten.KeyArrowDown)
	r.press(ebiten.KeyArrowDown)
	if l.Selected != 2 || l.Top() != 0 {
		t.Errorf("down twice: selected %d, top %d", l.Selected, l.Top())
	}
	r.press(ebiten.KeyPageDown)
	if l.Selected != 6 || l.Top() != 2 {
		t.Errorf("page down: selected %d, top %d (selection kept in view)", l.Selected, l.Top())
	}
	r.press(ebiten.KeyEnd)
	if l.Selected != 29 || l.Top() != 25 {
		t.Errorf("end: selected %d, top %d", l.Selected, l.Top())
	}
	// Down at the end is not used, so the form moves focus (to itself here).
	r.press(ebiten.KeyHome)
	if l.Selected != 0 || l.Top() != 0 {
		t.Errorf("home: selected %d, top %d", l.Selected, l.Top())
	}
	r.press(ebiten.KeyEnter)
	if activated != 0 {
		t.Errorf("Enter activates the selection: %d", activated)
	}
}

func TestListMouse(t *testing.T) {
	var sel []int
	l := NewList(ListConfig{Items: []string{"a", "b", "c", "d", "e", "f", "g", "h"},
		OnSelect: func(_ *ui.Context, i int) { sel = append(sel, i) }})
	r := newRig(t, l)
	rowH := l.RowHeight(r.ctx.Theme)
	l.SetBounds(ui.Rect(100, 100, 300, rowH*4))
	r.clickAt(image.Pt(150, 100+rowH*2+rowH/2))
	if l.Selected != 2 || r.form.Focused() != l {
		t.Errorf("click on the third row: selected %d", l.Selected)
	}
	r.script.Move(image.Pt(150, 110)).Scroll(-1)
	r.run()
	if l.Top() != 3 {
		t.Errorf("wheel down scrolls three rows, clamped: top %d", l.Top())
	}
	r.clickAt(image.Pt(150, 100+rowH/2))
	if l.Selected != 3 {
		t.Errorf("a click after scrolling picks the row shown: %d", l.Selected)
	}
	if len(sel) != 2 {
		t.Errorf("OnSelect calls %v", sel)
	}
}
