package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// TextViewConfig describes a scrolling text.
type TextViewConfig struct {
	Text    string
	Role    ui.TextRole
	Paper   bool // ink on parchment instead of parchment on navy
	Tooltip string
}

// TextView shows long wrapped text that scrolls: with the wheel, or with
// the arrow and page keys when focused. It takes focus only when its text
// overflows, so Tab does not stop on text that needs no scrolling.
type TextView struct {
	Base
	Text  string
	Role  ui.TextRole
	Paper bool
	Scroller
}

// NewTextView returns a text view made from cfg.
func NewTextView(cfg TextViewConfig) *TextView {
	return &TextView{Base: Base{Tip: cfg.Tooltip}, Text: cfg.Text, Role: cfg.Role, Paper: cfg.Paper}
}

// SetText replaces the text and scrolls back to the top.
func (v *TextView) SetText(s string) { v.Text, v.Offset = s, 0 }

// Scroll returns how far, in pixels, the text is scrolled.
func (v *TextView) Scroll() int { return v.Offset }

// Focusable implements Widget.
func (v *TextView) Focusable() bool { return v.Height > v.inner(1).Dy() }

func (v *TextView) inner(pad int) image.Rectangle { return v.Rect.Inset(pad) }

func (v *TextView) layout(th *ui.Theme) ui.TextLayout {
	in := v.inner(th.Pxi(ui.MetricPad))
	box := image.Rect(in.Min.X, in.Min.Y-v.Offset, in.Max.X-th.Pxi(ui.SpaceLine), in.Min.Y-v.Offset+1<<20)
	return ui.LayoutText(v.Text, box, ui.TextOptions{Face: th.Face(v.Role), Wrap: true})
}

// Update implements Widget.
func (v *TextView) Update(ctx *ui.Context, st State) {
	th := ctx.Theme
	v.Height = int(v.layout(th).Height) + 2*th.Pxi(ui.MetricPad)
	v.UpdateScroll(ctx.Input, st, v.Rect, int(th.LineHeight(v.Role)))
}

// Draw implements Widget.
func (v *TextView) Draw(dst *ebiten.Image, th *ui.Theme, _ State) {
	p := th.Palette
	fg := p.Text
	if v.Paper {
		ui.FillRoundRect(dst, v.Rect, th.Px(ui.MetricRadius), p.Paper)
		fg = p.Ink
	}
	in := v.inner(th.Pxi(ui.MetricPad))
	clip := dst.SubImage(image.Rect(in.Min.X, v.Rect.Min.Y+th.Pxi(ui.SpaceSnug), in.Max.X, v.Rect.Max.Y-th.Pxi(ui.SpaceSnug))).(*ebiten.Image)
	face := th.Face(v.Role)
	for _, l := range v.layout(th).Lines {
		if l.Y > float64(v.Rect.Max.Y) || l.Y+th.LineHeight(v.Role) < float64(v.Rect.Min.Y) {
			continue
		}
		ui.DrawText(clip, l.Text, face, l.X, l.Y, fg, ui.AlignStart)
	}
	DrawScrollbar(dst, th, v.Rect, v.Offset, v.Height)
}
