package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// ListConfig describes a list.
type ListConfig struct {
	Items      []string
	Selected   int
	OnSelect   func(ctx *ui.Context, i int) // the selection moved
	OnActivate func(ctx *ui.Context, i int) // Enter or a second click on an item
	Tooltip    string
}

// List is a scrolling list with one selected item. Up, Down, Page Up,
// Page Down, Home and End move the selection when focused; the wheel
// scrolls; a click selects.
type List struct {
	Base
	Items      []string
	Selected   int
	OnSelect   func(ctx *ui.Context, i int)
	OnActivate func(ctx *ui.Context, i int)
	top        int // first visible item
	rowH       int
	hoverRow   int
}

// NewList returns a list made from cfg.
func NewList(cfg ListConfig) *List {
	return &List{Base: Base{Tip: cfg.Tooltip}, Items: cfg.Items, Selected: cfg.Selected,
		OnSelect: cfg.OnSelect, OnActivate: cfg.OnActivate, hoverRow: -1}
}

// Focusable implements Widget.
func (l *List) Focusable() bool { return len(l.Items) > 0 }

// RowHeight returns the height of one item.
func (l *List) RowHeight(th *ui.Theme) int { return th.Pxi(ui.MetricControlH * 0.86) }

// visible returns how many whole rows fit.
func (l *List) visible() int { return max(1, l.Rect.Dy()/max(1, l.rowH)) }

// Top returns the first visible item.
func (l *List) Top() int { return l.top }

// Select moves the selection to i, scrolled into view.
func (l *List) Select(ctx *ui.Context, i int) {
	i = min(max(i, 0), len(l.Items)-1)
	if i == l.Selected {
		return
	}
	l.Selected = i
	l.scrollTo(i)
	if l.OnSelect != nil {
		l.OnSelect(ctx, i)
	}
}

func (l *List) scrollTo(i int) {
	if i < l.top {
		l.top = i
	}
	if v := l.visible(); i >= l.top+v {
		l.top = i - v + 1
	}
}

func (l *List) clampTop() {
	l.top = max(0, min(l.top, len(l.Items)-l.visible()))
}

// Update implements Widget.
func (l *List) Update(ctx *ui.Context, st State) {
	in := ctx.Input
	l.rowH = l.RowHeight(ctx.Theme)
	l.hoverRow = -1
	if st.Hovered {
		if row := l.top + (in.Cursor().Y-l.Rect.Min.Y)/l.rowH; row < len(l.Items) {
			l.hoverRow = row
		}
		if _, dy := in.Wheel(); dy != 0 {
			l.top -= int(dy * 3)
			l.clampTop()
		}
		if l.hoverRow >= 0 && in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed() {
			in.UseMouse()
			again := l.hoverRow == l.Selected
			l.Select(ctx, l.hoverRow)
			if again && l.OnActivate != nil {
				l.OnActivate(ctx, l.Selected)
			}
		}
	}
	if !st.Focused || len(l.Items) == 0 {
		return
	}
	page := l.visible() - 1
	switch {
	case l.Selected > 0 && in.Consume(ui.ActionUp):
		l.Select(ctx, l.Selected-1)
	case l.Selected < len(l.Items)-1 && in.Consume(ui.ActionDown):
		l.Select(ctx, l.Selected+1)
	case in.Consume(ui.ActionPageUp):
		l.Select(ctx, l.Selected-page)
	case in.Consume(ui.ActionPageDown):
		l.Select(ctx, l.Selected+page)
	case in.Consume(ui.ActionHome):
		l.Select(ctx, 0)
	case in.Consume(ui.ActionEnd):
		l.Select(ctx, len(l.Items)-1)
	case l.OnActivate != nil && in.Consume(ui.ActionActivate):
		l.OnActivate(ctx, l.Selected)
	}
}

// Draw implements Widget.
func (l *List) Draw(dst *ebiten.Image, th *ui.Theme, st State) {
	p := th.Palette
	l.rowH = l.RowHeight(th)
	clip := dst.SubImage(l.Rect).(*ebiten.Image)
	pad := th.Pxi(ui.MetricPad)
	for i := l.top; i < len(l.Items) && i <= l.top+l.visible(); i++ {
		r := ui.Rect(l.Rect.Min.X, l.Rect.Min.Y+(i-l.top)*l.rowH, l.Rect.Dx(), l.rowH)
		clr := p.Text
		switch {
		case i == l.Selected:
			ui.FillRoundRect(clip, r, th.Px(ui.MetricRadius), p.SurfaceRaised)
			ui.FillRect(clip, image.Rect(r.Min.X, r.Min.Y+th.Pxi(6), r.Min.X+th.Pxi(3), r.Max.Y-th.Pxi(6)), p.Accent)
			clr = p.AccentBright
		case i == l.hoverRow:
			ui.FillRoundRect(clip, r, th.Px(ui.MetricRadius), ui.Fade(p.SurfaceRaised, 0.5))
		}
		tr := image.Rect(r.Min.X+pad, r.Min.Y, r.Max.X-pad, r.Max.Y)
		ui.DrawTextBox(clip, l.Items[i], tr, ui.TextOptions{Face: th.Face(ui.TextBody), Color: clr, VAlign: ui.AlignCenter})
	}
	if len(l.Items) > l.visible() {
		DrawScrollbar(dst, th, l.Rect, l.top*l.rowH, len(l.Items)*l.rowH)
	}
}

// DrawScrollbar draws a thin scroll indicator along the right edge of r
// for content of height total scrolled by offset.
func DrawScrollbar(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, offset, total int) {
	if total <= r.Dy() {
		return
	}
	p := th.Palette
	w := th.Pxi(4)
	track := image.Rect(r.Max.X-w-th.Pxi(2), r.Min.Y+th.Pxi(4), r.Max.X-th.Pxi(2), r.Max.Y-th.Pxi(4))
	ui.FillRoundRect(dst, track, float64(w)/2, ui.Fade(p.Border, 0.6))
	h := max(th.Pxi(24), track.Dy()*r.Dy()/total)
	y := track.Min.Y + (track.Dy()-h)*offset/max(1, total-r.Dy())
	ui.FillRoundRect(dst, image.Rect(track.Min.X, y, track.Max.X, y+h), float64(w)/2, p.Accent)
}
