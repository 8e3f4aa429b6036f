package board

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// rowList is a scrolling list of custom-drawn rows of varying height with
// one selected row: the issue board and the inbox are rowLists. Up, Down,
// Home, End, Page Up and Page Down move the selection when focused; the
// wheel scrolls; a click selects, a click on the selected row (or Enter)
// activates it.
type rowList struct {
	widget.Base
	name       string
	count      func() int
	rowH       func(th *ui.Theme, i, w int) int
	drawRow    func(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs rowState)
	tip        func(i int) string // tooltip of row i
	empty      string             // shown when there are no rows
	onSelect   func(ctx *ui.Context, i int)
	onActivate func(ctx *ui.Context, i int)
	// onClick, when set, sees a click on row i first; returning true
	// consumes it (a click on a row's own × button, say).
	onClick func(ctx *ui.Context, i int, at image.Point) bool
	// noClickActivate stops a second click from activating the row.
	noClickActivate bool
	// version changes when the rows' content does; it is part of the key
	// of the list's cached picture.
	version func() int
	p       *painter
	cache   layer

	sel     int
	scroll  int // pixels
	hover   int
	tops    []int // each row's top, relative to the list, from the last layout
	total   int
	focused bool
}

// rowState is how one row stands.
type rowState struct{ selected, hovered, focused bool }

// Focusable implements widget.Widget.
func (l *rowList) Focusable() bool { return l.count() > 0 }

// Tooltip implements widget.Widget: the hovered row's, or when the list
// has the keyboard, the selected row's; else the list's own.
func (l *rowList) Tooltip() string {
	switch {
	case l.tip == nil:
	case l.hover >= 0 && l.hover < l.count():
		return l.tip(l.hover)
	case l.focused && l.sel >= 0 && l.sel < l.count():
		return l.tip(l.sel)
	}
	return l.Tip
}

// measure lays the rows out at the list's width.
func (l *rowList) measure(th *ui.Theme) {
	n := l.count()
	l.tops = l.tops[:0]
	y := 0
	for i := range n {
		l.tops = append(l.tops, y)
		y += l.rowH(th, i, l.Rect.Dx())
	}
	l.tops = append(l.tops, y)
	l.total = y
	l.scroll = max(0, min(l.scroll, l.total-l.Rect.Dy()))
	if n > 0 {
		l.sel = min(max(l.sel, 0), n-1)
	}
}

// rowAt returns the row at screen y, or -1.
func (l *rowList) rowAt(y int) int {
	y = y - l.Rect.Min.Y + l.scroll
	for i := 0; i+1 < len(l.tops); i++ {
		if y >= l.tops[i] && y < l.tops[i+1] {
			return i
		}
	}
	return -1
}

// Select moves the selection to i and scrolls it into view.
func (l *rowList) Select(ctx *ui.Context, i int) {
	n := l.count()
	if n == 0 {
		return
	}
	i = min(max(i, 0), n-1)
	changed := i != l.sel
	l.sel = i
	l.scrollTo(i)
	if changed && l.onSelect != nil {
		l.onSelect(ctx, i)
	}
}

func (l *rowList) scrollTo(i int) {
	if i+1 >= len(l.tops) {
		return
	}
	if l.tops[i] < l.scroll {
		l.scroll = l.tops[i]
	}
	if l.tops[i+1] > l.scroll+l.Rect.Dy() {
		l.scroll = l.tops[i+1] - l.Rect.Dy()
	}
	l.scroll = max(0, l.scroll)
}

// Update implements widget.Widget.
func (l *rowList) Update(ctx *ui.Context, st widget.State) {
	in := ctx.Input
	l.measure(ctx.Theme)
	n := l.count()
	l.hover = -1
	l.focused = st.Focused
	if st.Hovered {
		l.hover = l.rowAt(in.Cursor().Y)
		if _, dy := in.Wheel(); dy != 0 {
			l.scroll = max(0, min(l.scroll-int(dy*float64(ctx.Theme.Pxi(40))), l.total-l.Rect.Dy()))
		}
		if l.hover >= 0 && in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed() {
			in.UseMouse()
			if l.onClick != nil && l.onClick(ctx, l.hover, in.Cursor()) {
				return
			}
			again := l.hover == l.sel
			l.Select(ctx, l.hover)
			if again && !l.noClickActivate && l.onActivate != nil {
				l.onActivate(ctx, l.sel)
			}
		}
	}
	if !st.Focused || n == 0 {
		return
	}
	page := max(1, n*l.Rect.Dy()/max(1, l.total)-1)
	switch {
	case l.sel > 0 && in.Consume(ui.ActionUp):
		l.Select(ctx, l.sel-1)
	case l.sel < n-1 && in.Consume(ui.ActionDown):
		l.Select(ctx, l.sel+1)
	case in.Consume(ui.ActionPageUp):
		l.Select(ctx, l.sel-page)
	case in.Consume(ui.ActionPageDown):
		l.Select(ctx, l.sel+page)
	case in.Consume(ui.ActionHome):
		l.Select(ctx, 0)
	case in.Consume(ui.ActionEnd):
		l.Select(ctx, n-1)
	case l.onActivate != nil && in.Consume(ui.ActionActivate):
		l.onActivate(ctx, l.sel)
	}
}

// listKey is what a rowList's picture depends on.
type listKey struct {
	drawKey
	n, sel, scroll, hover int
	focused, hovered      bool
}

// Draw implements widget.Widget.
func (l *rowList) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	l.measure(th)
	ver := 0
	if l.version != nil {
		ver = l.version()
	}
	hover := l.hover
	if !st.Hovered {
		hover = -1
	}
	key := listKey{drawKey{l.Rect, th.Scale, th.Palette.Name, ver}, l.count(), l.sel, l.scroll, hover, st.Focused, st.Hovered}
	l.cache.draw(dst, th, l.p, l.Rect, key, func(dst *ebiten.Image) { l.paint(dst, th, st) })
}

func (l *rowList) paint(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	n := l.count()
	clip := dst.SubImage(l.Rect.Intersect(dst.Bounds())).(*ebiten.Image)
	if n == 0 {
		l.p.text(clip, l.empty, l.Rect.Inset(th.Pxi(8)), ui.TextOptions{Face: th.FaceOf(ui.FontItalic, 14),
			Color: th.Palette.TextMuted, Wrap: true, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter})
		return
	}
	for i := range n {
		top := l.Rect.Min.Y + l.tops[i] - l.scroll
		bottom := l.Rect.Min.Y + l.tops[i+1] - l.scroll
		if bottom <= l.Rect.Min.Y || top >= l.Rect.Max.Y {
			continue
		}
		r := image.Rect(l.Rect.Min.X, top, l.Rect.Max.X, bottom)
		l.drawRow(clip, th, i, r, rowState{selected: i == l.sel, hovered: i == l.hover && st.Hovered, focused: st.Focused})
	}
	widget.DrawScrollbar(dst, th, l.Rect, l.scroll, l.total)
}

// drawRowBack draws the usual look of a list row: raised and marked with
// a brass bar when selected, lightly raised when hovered, and a hairline
// under it.
func drawRowBack(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, rs rowState) {
	p := th.Palette
	inner := r.Inset(th.Pxi(1))
	switch {
	case rs.selected:
		ui.FillRoundRect(dst, inner, th.Px(ui.MetricRadius), p.SurfaceRaised)
		ui.FillRect(dst, image.Rect(inner.Min.X, inner.Min.Y+th.Pxi(5), inner.Min.X+th.Pxi(3), inner.Max.Y-th.Pxi(5)), p.Accent)
	case rs.hovered:
		ui.FillRoundRect(dst, inner, th.Px(ui.MetricRadius), ui.Fade(p.SurfaceRaised, 0.55))
	}
	ui.HLine(dst, r.Min.X+th.Pxi(8), r.Max.X-th.Pxi(8), r.Max.Y-1, 1, ui.Fade(p.Border, 0.6))
}
