package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// doubleClickTicks is how soon a second press must follow the first to
// make a double click: 0.4 s at the game's active rate.
const doubleClickTicks = ui.ActiveTPS * 2 / 5

// textMouse is what the mouse does to a field: a press places the caret
// (with Shift held it extends the selection), dragging selects, a double
// click selects a word, and the wheel scrolls a note.
type textMouse struct {
	dragging  bool
	lastPress int64 // the tick of the last press, for a double click
	lastAt    image.Point
}

func (m *textMouse) update(ctx *ui.Context, t *TextInput, focused bool) {
	in := ctx.Input
	inside := in.Cursor().In(t.Rect)
	switch {
	case inside && !t.Disabled && in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed():
		in.UseMouse()
		i := t.view(ctx.Theme).hit(t, in.Cursor())
		at := in.Cursor()
		near := at.Sub(m.lastAt)
		slack := ctx.Theme.Pxi(ui.SpaceSnug)
		if m.lastPress > 0 && ctx.Tick-m.lastPress <= doubleClickTicks &&
			abs(near.X) <= slack && abs(near.Y) <= slack {
			t.edit.selectWord(i)
			m.dragging, m.lastPress = false, 0 // a third click starts anew
		} else {
			t.edit.moveTo(i, in.Mods()&ui.ModShift != 0)
			m.dragging, m.lastPress, m.lastAt = true, max(1, ctx.Tick), at
		}
		ctx.Invalidate()
	case m.dragging && !in.ButtonDown(ebiten.MouseButtonLeft):
		m.dragging = false
	case m.dragging && focused && in.CursorMoved():
		t.edit.moveTo(t.view(ctx.Theme).hit(t, in.Cursor()), true)
		ctx.Invalidate()
	case inside && t.edit.multiline && !in.MouseUsed():
		if _, dy := in.Wheel(); dy != 0 {
			in.UseMouse()
			t.scrollBy(ctx, -int(dy))
		}
	}
}

// scrollBy scrolls a note by n lines, then moves the caret into view (or
// the view would jump back to it).
func (t *TextInput) scrollBy(ctx *ui.Context, n int) {
	v := t.view(ctx.Theme)
	t.top = max(0, min(t.top+n, len(v.lines)-v.shown))
	l := max(t.top, min(v.lineOf(t.edit.caret), t.top+v.shown-1))
	if l != v.lineOf(t.edit.caret) {
		t.edit.moveTo(v.nearest(t, l, v.x(t, v.lineOf(t.edit.caret), t.edit.caret)), false)
	}
	ctx.Invalidate()
}

func abs(n int) int { return max(n, -n) }
