package board

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// button is a compact push button for the board's dense panels:
// widget.Button's 18-pixel label and 44-pixel height would not fit six
// answers to a letter in the inbox.
type button struct {
	widget.Base
	p       *painter
	text    string
	primary bool
	danger  bool
	onClick func(ctx *ui.Context)
	armed   bool
}

// Focusable implements widget.Widget.
func (b *button) Focusable() bool { return !b.Disabled }

// Update implements widget.Widget.
func (b *button) Update(ctx *ui.Context, st widget.State) {
	if b.Disabled {
		b.armed = false
		return
	}
	in := ctx.Input
	inside := in.Cursor().In(b.Rect)
	hit := false
	if in.ButtonPressed(ebiten.MouseButtonLeft) && inside && !in.MouseUsed() {
		b.armed = true
		in.UseMouse()
	}
	if in.ButtonReleased(ebiten.MouseButtonLeft) && b.armed {
		b.armed = false
		if inside {
			in.UseMouse()
			hit = true
		}
	}
	if st.Focused && in.Consume(ui.ActionActivate) {
		hit = true
	}
	if hit && b.onClick != nil {
		b.onClick(ctx)
	}
}

// Draw implements widget.Widget.
func (b *button) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	pal := th.Palette
	r := b.Rect
	if b.armed && st.Hovered {
		r = r.Add(image.Pt(0, th.Pxi(pressDepth)))
	}
	hot := (st.Hovered || st.Focused) && !b.Disabled
	fill, edge, fg := pal.Surface, pal.BorderStrong, pal.Text
	switch {
	case b.Disabled:
		fill, edge, fg = ui.Fade(pal.Surface, 0.6), pal.Border, pal.TextDisabled
	case b.primary:
		fill, edge, fg = pal.Accent, pal.AccentBright, pal.OnAccent
		if hot {
			fill = pal.AccentBright
		}
	case b.danger:
		edge = ui.Mix(pal.Danger, pal.BorderStrong, 0.3)
		if hot {
			fill, edge = ui.Mix(pal.Surface, pal.Danger, 0.25), pal.Danger
		}
	case hot:
		fill, edge = pal.SurfaceRaised, pal.Accent
	}
	rad := th.Px(ui.MetricRadius)
	ui.FillRoundRect(dst, r, rad, fill)
	ui.StrokeRoundRect(dst, r, rad, th.Px(ui.MetricBorder), edge)
	size := 14.0
	if b.primary && r.Dy() >= th.Pxi(buttonTallH) {
		size = 17
	}
	b.p.line(dst, b.text, image.Rect(r.Min.X+th.Pxi(ui.SpaceSmall), r.Min.Y, r.Max.X-th.Pxi(ui.SpaceSmall), r.Max.Y),
		th.FaceOf(ui.FontMedium, size), fg, ui.AlignCenter)
}

// width is the button's natural width at the theme's scale.
func (b *button) width(th *ui.Theme) int {
	size := 14.0
	if b.primary {
		size = 17
	}
	return advance(b.text, th.FaceOf(ui.FontMedium, size)) + th.Pxi(buttonPadX)
}
