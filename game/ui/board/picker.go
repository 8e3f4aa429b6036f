package board

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// picker is a one-line selector among a few options, "◄ Implicit ►": Left
// and Right (or clicks on the arrows) step through them, Enter steps
// forward and wraps. It is widget.Choice with a value box that takes the
// room it is given. A longer list is a widget.SearchList, found by typing.
type picker struct {
	widget.Base
	p        *painter
	options  []string
	sel      int
	onChange func(ctx *ui.Context, i int)
	armed    bool
}

// Focusable implements widget.Widget.
func (c *picker) Focusable() bool { return !c.Disabled && len(c.options) > 1 }

func (c *picker) value() string {
	if c.sel < 0 || c.sel >= len(c.options) {
		return ""
	}
	return c.options[c.sel]
}

// set selects option i without calling onChange.
func (c *picker) set(options []string, i int) {
	c.options = options
	c.sel = min(max(i, 0), max(0, len(options)-1))
}

func (c *picker) step(ctx *ui.Context, d int, wrap bool) bool {
	n := len(c.options)
	if n < 2 {
		return false
	}
	i := c.sel + d
	if wrap {
		i = (i%n + n) % n
	}
	if i < 0 || i >= n || i == c.sel {
		return false
	}
	c.sel = i
	if c.onChange != nil {
		c.onChange(ctx, i)
	}
	return true
}

// parts returns the previous arrow, value and next arrow areas.
func (c *picker) parts(th *ui.Theme) (prev, val, next image.Rectangle) {
	r := c.Rect
	aw := th.Pxi(pickerArrowW)
	prev = image.Rect(r.Min.X, r.Min.Y, r.Min.X+aw, r.Max.Y)
	next = image.Rect(r.Max.X-aw, r.Min.Y, r.Max.X, r.Max.Y)
	val = image.Rect(prev.Max.X, r.Min.Y, next.Min.X, r.Max.Y)
	return
}

// Update implements widget.Widget.
func (c *picker) Update(ctx *ui.Context, st widget.State) {
	if !c.Focusable() {
		return
	}
	in := ctx.Input
	prev, _, _ := c.parts(ctx.Theme)
	inside := in.Cursor().In(c.Rect)
	if in.ButtonPressed(ebiten.MouseButtonLeft) && inside && !in.MouseUsed() {
		c.armed = true
		in.UseMouse()
	}
	if in.ButtonReleased(ebiten.MouseButtonLeft) && c.armed {
		c.armed = false
		if inside {
			in.UseMouse()
			if in.Cursor().X < prev.Max.X {
				c.step(ctx, -1, true)
			} else {
				c.step(ctx, 1, true)
			}
		}
	}
	if !st.Focused {
		return
	}
	switch {
	case in.Action(ui.ActionLeft) && c.step(ctx, -1, false):
		in.Consume(ui.ActionLeft)
	case in.Action(ui.ActionRight) && c.step(ctx, 1, false):
		in.Consume(ui.ActionRight)
	case in.Consume(ui.ActionActivate):
		c.step(ctx, 1, true)
	}
}

// Draw implements widget.Widget.
func (c *picker) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	pal := th.Palette
	hot := (st.Hovered || st.Focused) && c.Focusable()
	if hot {
		ui.FillRoundRect(dst, c.Rect, th.Px(ui.MetricRadius), pal.SurfaceRaised)
	}
	prev, val, next := c.parts(th)
	face := th.FaceOf(ui.FontRegular, 14)
	box := image.Rect(prev.Min.X, c.Rect.Min.Y+th.Pxi(ui.SpaceTight), next.Max.X, c.Rect.Max.Y-th.Pxi(ui.SpaceTight))
	ui.FillRoundRect(dst, box, th.Px(issueSegRadius), ui.Fade(pal.Background, 0.6))
	ui.StrokeRoundRect(dst, box, th.Px(issueSegRadius), th.Px(ui.MetricBorder), pal.Border)
	vc := pal.AccentBright
	if !c.Focusable() {
		vc = pal.Text
	}
	c.p.line(dst, c.value(), val.Inset(th.Pxi(ui.SpaceHair)), th.FaceOf(ui.FontMedium, 14), vc, ui.AlignCenter)
	ac := pal.Accent
	if !c.Focusable() {
		ac = pal.TextDisabled
	}
	c.p.line(dst, "◄", prev, face, ac, ui.AlignCenter)
	c.p.line(dst, "►", next, face, ac, ui.AlignCenter)
}
