package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// ListConfig describes a list of text items.
type ListConfig struct {
	Items      []string
	Selected   int
	OnSelect   func(ctx *ui.Context, i int) // the selection moved
	OnActivate func(ctx *ui.Context, i int) // Enter or a second click on an item
	Tooltip    string
}

// RowState is how one row of a List stands, for a DrawRow.
type RowState struct{ Selected, Hovered, Focused bool }

// List is a scrolling list with one selected row: the text items of a
// menu, or rows that draw themselves, of any height (the board's issues,
// inbox and terms). Up, Down, Page Up, Page Down, Home and End move the
// selection when focused, Enter activates it; the wheel scrolls; a click
// selects, a click on the selected row activates it.
type List struct {
	Base
	Items      []string
	Selected   int
	OnSelect   func(ctx *ui.Context, i int)
	OnActivate func(ctx *ui.Context, i int)

	// Name names the list for the screen reader ("inbox, list").
	Name string
	// Rows that draw themselves: with Count set, the list has Count()
	// rows, each RowH high at width w (nil: RowHeight) and drawn by
	// DrawRow (nil: Items[i] as text).
	Count   func() int
	RowH    func(th *ui.Theme, i, w int) int
	DrawRow func(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs RowState)
	// RowTip is row i's tooltip: the hovered row's shows, or the selected
	// one's while the list has the keyboard.
	RowTip func(i int) string
	// Empty is shown when there are no rows.
	Empty string
	// OnClick, when set, sees a click on row i first; returning true
	// consumes it (a click on a row's own × button, say).
	OnClick func(ctx *ui.Context, i int, at image.Point) bool
	// NoClickActivate stops a second click from activating the row.
	NoClickActivate bool
	// Text, when set, draws each piece of text instead of ui.DrawTextBox
	// (the board records what it draws).
	Text func(dst *ebiten.Image, s string, box image.Rectangle, o ui.TextOptions)

	scroll  int   // pixels
	tops    []int // each row's top, relative to the list, and the end
	hover   int
	focused bool
}

// NewList returns a list made from cfg.
func NewList(cfg ListConfig) *List {
	return &List{Base: Base{Tip: cfg.Tooltip}, Items: cfg.Items, Selected: cfg.Selected,
		OnSelect: cfg.OnSelect, OnActivate: cfg.OnActivate, hover: -1}
}

// Len returns the number of rows.
func (l *List) Len() int {
	if l.Count != nil {
		return l.Count()
	}
	return len(l.Items)
}

// Focusable implements Widget.
func (l *List) Focusable() bool { return l.Len() > 0 }

// Tooltip implements Widget: the hovered row's, or when the list has the
// keyboard, the selected row's; else the list's own.
func (l *List) Tooltip() string {
	switch {
	case l.RowTip == nil:
	case l.hover >= 0 && l.hover < l.Len():
		return l.RowTip(l.hover)
	case l.focused && l.Selected >= 0 && l.Selected < l.Len():
		return l.RowTip(l.Selected)
	}
	return l.Tip
}

// RowHeight returns the height of one text item.
func (l *List) RowHeight(th *ui.Theme) int { return th.Pxi(ui.MetricControlH * 0.86) }

// Scroll returns how far the list is scrolled, in pixels.
func (l *List) Scroll() int { return l.scroll }

// Hovered returns the row under the pointer, or -1.
func (l *List) Hovered() int { return l.hover }

// Top returns the first row shown whole.
func (l *List) Top() int {
	for i := 0; i+1 < len(l.tops); i++ {
		if l.tops[i] >= l.scroll {
			return i
		}
	}
	return 0
}

// measure lays the rows out at the list's width and keeps the scroll and
// the selection in range.
func (l *List) measure(th *ui.Theme) {
	n := l.Len()
	l.tops = l.tops[:0]
	y := 0
	for i := range n {
		l.tops = append(l.tops, y)
		if l.RowH != nil {
			y += l.RowH(th, i, l.Rect.Dx())
		} else {
			y += l.RowHeight(th)
		}
	}
	l.tops = append(l.tops, y)
	l.scroll = max(0, min(l.scroll, y-l.Rect.Dy()))
	// -1 is no selection (a save screen before a slot is picked).
	if n > 0 {
		l.Selected = min(l.Selected, n-1)
	}
}

// rowAt returns the row at screen y, or -1.
func (l *List) rowAt(y int) int {
	y = y - l.Rect.Min.Y + l.scroll
	for i := 0; i+1 < len(l.tops); i++ {
		if y >= l.tops[i] && y < l.tops[i+1] {
			return i
		}
	}
	return -1
}

// Select moves the selection to i, scrolled into view.
func (l *List) Select(ctx *ui.Context, i int) {
	n := l.Len()
	if n == 0 {
		return
	}
	i = min(max(i, 0), n-1)
	changed := i != l.Selected
	l.Selected = i
	l.scrollTo(i)
	if changed && l.OnSelect != nil {
		l.OnSelect(ctx, i)
	}
}

func (l *List) scrollTo(i int) {
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

// Update implements Widget.
func (l *List) Update(ctx *ui.Context, st State) {
	in := ctx.Input
	l.measure(ctx.Theme)
	n := l.Len()
	l.hover = -1
	l.focused = st.Focused
	if st.Hovered {
		l.hover = l.rowAt(in.Cursor().Y)
		if _, dy := in.Wheel(); dy != 0 {
			// Three text rows a notch, whatever the rows' heights.
			l.scroll = max(0, min(l.scroll-int(dy*3*float64(l.RowHeight(ctx.Theme))), l.tops[n]-l.Rect.Dy()))
		}
		if l.hover >= 0 && in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed() {
			in.UseMouse()
			if l.OnClick != nil && l.OnClick(ctx, l.hover, in.Cursor()) {
				return
			}
			again := l.hover == l.Selected
			l.Select(ctx, l.hover)
			if again && !l.NoClickActivate && l.OnActivate != nil {
				l.OnActivate(ctx, l.Selected)
			}
		}
	}
	if !st.Focused || n == 0 {
		return
	}
	page := max(1, n*l.Rect.Dy()/max(1, l.tops[n])-1)
	switch {
	case l.Selected > 0 && in.Consume(ui.ActionUp):
		l.Select(ctx, l.Selected-1)
	case l.Selected < n-1 && in.Consume(ui.ActionDown):
		l.Select(ctx, l.Selected+1)
	case in.Consume(ui.ActionPageUp):
		l.Select(ctx, l.Selected-page)
	case in.Consume(ui.ActionPageDown):
		l.Select(ctx, l.Selected+page)
	case in.Consume(ui.ActionHome):
		l.Select(ctx, 0)
	case in.Consume(ui.ActionEnd):
		l.Select(ctx, n-1)
	case l.OnActivate != nil && in.Consume(ui.ActionActivate):
		l.OnActivate(ctx, l.Selected)
	}
}

func (l *List) text(dst *ebiten.Image, s string, box image.Rectangle, o ui.TextOptions) {
	if l.Text != nil {
		l.Text(dst, s, box, o)
		return
	}
	if s != "" && !box.Intersect(dst.Bounds()).Empty() {
		ui.DrawTextBox(dst, s, box, o)
	}
}

// Draw implements Widget.
func (l *List) Draw(dst *ebiten.Image, th *ui.Theme, st State) {
	l.measure(th)
	n := l.Len()
	clip := dst.SubImage(l.Rect.Intersect(dst.Bounds())).(*ebiten.Image)
	if n == 0 {
		l.text(clip, l.Empty, l.Rect.Inset(th.Pxi(ui.SpaceLine)), ui.TextOptions{Face: th.FaceOf(ui.FontItalic, 14),
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
		rs := RowState{Selected: i == l.Selected, Hovered: i == l.hover && st.Hovered, Focused: st.Focused}
		if l.DrawRow != nil {
			l.DrawRow(clip, th, i, r, rs)
		} else {
			l.drawItem(clip, th, i, r, rs)
		}
	}
	DrawScrollbar(dst, th, l.Rect, l.scroll, l.tops[n])
}

// drawItem draws a text item: raised and marked with a brass bar when
// selected, lightly raised when hovered.
func (l *List) drawItem(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs RowState) {
	p := th.Palette
	clr := p.Text
	switch {
	case rs.Selected:
		ui.FillRoundRect(dst, r, th.Px(ui.MetricRadius), p.SurfaceRaised)
		ui.FillRect(dst, image.Rect(r.Min.X, r.Min.Y+th.Pxi(ui.SpaceSmall), r.Min.X+th.Pxi(ui.SpaceTight), r.Max.Y-th.Pxi(ui.SpaceSmall)), p.Accent)
		clr = p.AccentBright
	case rs.Hovered:
		ui.FillRoundRect(dst, r, th.Px(ui.MetricRadius), ui.Fade(p.SurfaceRaised, 0.5))
	}
	pad := th.Pxi(ui.MetricPad)
	tr := image.Rect(r.Min.X+pad, r.Min.Y, r.Max.X-pad, r.Max.Y)
	l.text(dst, l.Items[i], tr, ui.TextOptions{Face: th.Face(ui.TextBody), Color: clr, VAlign: ui.AlignCenter})
}

// DrawScrollbar draws a thin scroll indicator along the right edge of r
// for content of height total scrolled by offset.
func DrawScrollbar(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, offset, total int) {
	if total <= r.Dy() {
		return
	}
	p := th.Palette
	w := th.Pxi(ui.SpaceSnug)
	track := image.Rect(r.Max.X-w-th.Pxi(ui.SpaceHair), r.Min.Y+th.Pxi(ui.SpaceSnug), r.Max.X-th.Pxi(ui.SpaceHair), r.Max.Y-th.Pxi(ui.SpaceSnug))
	ui.FillRoundRect(dst, track, float64(w)/2, ui.Fade(p.Border, 0.6))
	h := max(th.Pxi(ui.SpaceWide), track.Dy()*r.Dy()/total)
	y := track.Min.Y + (track.Dy()-h)*offset/max(1, total-r.Dy())
	ui.FillRoundRect(dst, image.Rect(track.Min.X, y, track.Max.X, y+h), float64(w)/2, p.Accent)
}
