package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// pressDepth is how far a pressed button sinks, at scale 1.
const pressDepth = 1

// ButtonStyle is how a button looks.
type ButtonStyle int

// Button styles.
const (
	ButtonSecondary ButtonStyle = iota // outlined: most actions
	ButtonPrimary                      // brass: the one action a screen expects
	ButtonMenu                         // a line of a menu: text with a brass marker
)

// ButtonConfig is all there is to say about a button.
type ButtonConfig struct {
	Text     string
	OnClick  func(ctx *ui.Context)
	Tooltip  string
	Style    ButtonStyle
	Disabled bool
}

// Button runs OnClick when clicked, or when focused and activated (Enter,
// Space).
type Button struct {
	Base
	Text    string
	Style   ButtonStyle
	OnClick func(ctx *ui.Context)
	click   clicker
}

// NewButton returns a button made from cfg.
func NewButton(cfg ButtonConfig) *Button {
	return &Button{Base: Base{Tip: cfg.Tooltip, Disabled: cfg.Disabled},
		Text: cfg.Text, Style: cfg.Style, OnClick: cfg.OnClick}
}

// Focusable implements Widget.
func (b *Button) Focusable() bool { return !b.Disabled }

// Update implements Widget.
func (b *Button) Update(ctx *ui.Context, st State) {
	if b.Disabled {
		return
	}
	hit := b.click.update(ctx.Input, b.Rect)
	if st.Focused && ctx.Input.Consume(ui.ActionActivate) {
		hit = true
	}
	if hit && b.OnClick != nil {
		b.OnClick(ctx)
	}
}

func (b *Button) face(th *ui.Theme) text.Face {
	if b.Style == ButtonMenu {
		return th.FaceOf(ui.FontSmallcaps, 25)
	}
	return th.Face(ui.TextButton)
}

// PreferredSize returns the size that fits the label.
func (b *Button) PreferredSize(th *ui.Theme) image.Point {
	w := text.Advance(b.Text, b.face(th)) + 2*th.Px(ui.MetricPad*1.6)
	return image.Pt(int(w), th.Pxi(ui.MetricControlH))
}

// Draw implements Widget.
func (b *Button) Draw(dst *ebiten.Image, th *ui.Theme, st State) {
	p := th.Palette
	r := b.Rect
	if b.click.pressed() && st.Hovered {
		r = r.Add(image.Pt(0, th.Pxi(pressDepth)))
	}
	rad := th.Px(ui.MetricRadius)
	hot := (st.Hovered || st.Focused) && !b.Disabled
	opts := ui.TextOptions{Face: b.face(th), Color: p.Text, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter}

	switch b.Style {
	case ButtonPrimary:
		fill, edge := p.Accent, p.AccentBright
		if hot {
			fill = p.AccentBright
		}
		if b.Disabled {
			fill, edge = p.Surface, p.Border
		}
		ui.FillRoundRect(dst, r, rad, fill)
		ui.StrokeRoundRect(dst, r, rad, th.Px(ui.MetricBorder), edge)
		opts.Color = p.OnAccent
	case ButtonMenu:
		if hot {
			ui.FillRoundRect(dst, r, rad, ui.Fade(p.SurfaceRaised, 0.85))
			bar := image.Rect(r.Min.X, r.Min.Y+th.Pxi(ui.SpaceLine), r.Min.X+th.Pxi(ui.SpaceTight), r.Max.Y-th.Pxi(ui.SpaceLine))
			ui.FillRect(dst, bar, p.Accent)
			opts.Color = p.AccentBright
		}
		opts.HAlign = ui.AlignStart
		r = image.Rect(r.Min.X+th.Pxi(ui.SpaceSection), r.Min.Y, r.Max.X-th.Pxi(ui.SpaceLine), r.Max.Y)
	default:
		fill, edge := p.Surface, p.BorderStrong
		if hot {
			fill, edge = p.SurfaceRaised, p.Accent
		}
		ui.FillRoundRect(dst, r, rad, fill)
		ui.StrokeRoundRect(dst, r, rad, th.Px(ui.MetricBorder), edge)
	}
	if b.Disabled {
		opts.Color = p.TextDisabled
	}
	inner := r.Inset(th.Pxi(ui.SpaceSnug))
	if b.Style != ButtonMenu {
		inner = image.Rect(r.Min.X+th.Pxi(ui.SpaceLine), r.Min.Y, r.Max.X-th.Pxi(ui.SpaceLine), r.Max.Y)
	}
	ui.DrawTextBox(dst, b.Text, inner, opts)
}
