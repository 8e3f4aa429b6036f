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

// TestListOfCustomRows: rows that draw themselves, of different heights,
// as the board's issues and inbox: a click finds the row under it, keys
// keep the selection in view, a row's own click handler comes first, and
// the screen reader hears the list's name and the row's tooltip.
func TestListOfCustomRows(t *testing.T) {
	n := 0
	var drawn []int
	clicked := -1
	l := NewList(ListConfig{})
	l.Name = "inbox"
	l.Empty = "Nothing here yet."
	l.Count = func() int { return n }
	l.RowH = func(th *ui.Theme, i, w int) int { return th.Pxi(float64(30 + 10*(i%3))) }
	l.DrawRow = func(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs RowState) { drawn = append(drawn, i) }
	l.RowTip = func(i int) string { return fmt.Sprint("letter ", i) }
	l.OnClick = func(ctx *ui.Context, i int, at image.Point) bool { clicked = i; return i == 0 }
	r := newRig(t, l)
	l.SetBounds(ui.Rect(100, 100, 300, 100))
	r.run()
	if l.Focusable() || l.Spoken() != "inbox, list" {
		t.Fatalf("an empty list: focusable %v, spoken %q", l.Focusable(), l.Spoken())
	}
	n = 20
	r.run()
	// Rows 0, 1, 2 are 30, 40 and 50 high: y 100+35 is in row 1.
	r.clickAt(image.Pt(150, 135))
	if clicked != 1 || l.Selected != 1 {
		t.Errorf("a click at row 1: clicked %d, selected %d", clicked, l.Selected)
	}
	r.clickAt(image.Pt(150, 105))
	if l.Selected != 1 {
		t.Errorf("row 0's own click handler took the click, but the selection moved to %d", l.Selected)
	}
	r.form.Focus(l)
	r.press(ebiten.KeyEnd)
	if l.Selected != 19 || l.Scroll() == 0 {
		t.Errorf("End: selected %d, scroll %d", l.Selected, l.Scroll())
	}
	drawn = drawn[:0]
	l.Draw(ebiten.NewImage(400, 300), r.ctx.Theme, State{})
	if len(drawn) == 0 || drawn[len(drawn)-1] != 19 || drawn[0] == 0 {
		t.Errorf("scrolled to the end, drawn rows %v", drawn)
	}
	if got := l.Spoken(); got != "inbox, list, item 20 of 20: letter 19" {
		t.Errorf("spoken %q", got)
	}
}
