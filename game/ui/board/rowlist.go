package board

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// rowList is the board's widget.List of rows that draw themselves (the
// issue board, the inbox, the offer's terms), drawn through the board's
// painter and kept as a picture between frames, since the board redraws
// often and its rows change only with the board's version.
type rowList struct {
	*widget.List
	// version changes when the rows' content does; it is part of the key
	// of the list's cached picture.
	version func() int
	p       *painter
	cache   layer
}

// newRowList returns an empty list of custom rows drawn through p; empty
// is shown when it has no rows.
func newRowList(name string, p *painter, empty string) *rowList {
	l := &rowList{List: widget.NewList(widget.ListConfig{}), p: p}
	l.Name = name
	l.Empty, l.Text = empty, p.text
	return l
}

// listKey is what a rowList's picture depends on.
type listKey struct {
	drawKey
	n, sel, scroll, hover int
	focused, hovered      bool
}

// Draw implements widget.Widget.
func (l *rowList) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	ver := 0
	if l.version != nil {
		ver = l.version()
	}
	hover := l.Hovered()
	if !st.Hovered {
		hover = -1
	}
	key := listKey{drawKey{l.Rect, th.Scale, th.Palette.Name, ver}, l.Len(), l.Selected, l.Scroll(), hover, st.Focused, st.Hovered}
	l.cache.draw(dst, th, l.p, l.Rect, key, func(dst *ebiten.Image) { l.List.Draw(dst, th, st) })
}

// drawRowBack draws the usual look of a list row: raised and marked with
// a brass bar when selected, lightly raised when hovered, and a hairline
// under it.
func drawRowBack(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, rs widget.RowState) {
	p := th.Palette
	inner := r.Inset(th.Pxi(rowInset))
	switch {
	case rs.Selected:
		ui.FillRoundRect(dst, inner, th.Px(ui.MetricRadius), p.SurfaceRaised)
		ui.FillRect(dst, image.Rect(inner.Min.X, inner.Min.Y+th.Pxi(rowMarkInset), inner.Min.X+th.Pxi(ui.SpaceTight), inner.Max.Y-th.Pxi(rowMarkInset)), p.Accent)
	case rs.Hovered:
		ui.FillRoundRect(dst, inner, th.Px(ui.MetricRadius), ui.Fade(p.SurfaceRaised, 0.55))
	}
	ui.HLine(dst, r.Min.X+th.Pxi(ui.SpaceLine), r.Max.X-th.Pxi(ui.SpaceLine), r.Max.Y-1, 1, ui.Fade(p.Border, 0.6))
}
