package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// A choice's ◄ ► arrows and its value column, at scale 1.
const (
	choiceArrowW = 30
	choiceValueW = 150
)

// ChoiceConfig describes a choice among a few options.
type ChoiceConfig struct {
	Label    string
	Options  []string
	Selected int
	OnChange func(ctx *ui.Context, i int)
	Tooltip  string
	// Wrap lets the choice go round from the last option to the first.
	Wrap     bool
	Disabled bool
}

// Choice is a labelled selector that steps through its options: Left and
// Right (or clicks on its arrows) move one step, Enter moves forward.
type Choice struct {
	Base
	Label    string
	Options  []string
	Selected int
	Wrap     bool
	OnChange func(ctx *ui.Context, i int)
	click    clicker
}

// NewChoice returns a choice made from cfg.
func NewChoice(cfg ChoiceConfig) *Choice {
	return &Choice{Base: Base{Tip: cfg.Tooltip, Disabled: cfg.Disabled}, Label: cfg.Label,
		Options: cfg.Options, Selected: cfg.Selected, Wrap: cfg.Wrap, OnChange: cfg.OnChange}
}

// Focusable implements Widget.
func (c *Choice) Focusable() bool { return !c.Disabled && len(c.Options) > 0 }

// Value returns the selected option, or "".
func (c *Choice) Value() string {
	if c.Selected < 0 || c.Selected >= len(c.Options) {
		return ""
	}
	return c.Options[c.Selected]
}

// Step moves the selection by d and reports whether it moved.
func (c *Choice) Step(ctx *ui.Context, d int) bool {
	n := len(c.Options)
	if n == 0 {
		return false
	}
	i := c.Selected + d
	if c.Wrap {
		i = (i%n + n) % n
	}
	return c.Select(ctx, i)
}

// Select picks option i and reports whether the selection changed.
func (c *Choice) Select(ctx *ui.Context, i int) bool {
	if i < 0 || i >= len(c.Options) || i == c.Selected {
		return false
	}
	c.Selected = i
	if c.OnChange != nil {
		c.OnChange(ctx, i)
	}
	return true
}

// arrows returns the areas of the previous and next arrows.
func (c *Choice) arrows(th *ui.Theme) (prev, next image.Rectangle) {
	pad, aw := th.Pxi(ui.MetricPad), th.Pxi(choiceArrowW)
	valueW := th.Pxi(choiceValueW)
	next = image.Rect(c.Rect.Max.X-pad-aw, c.Rect.Min.Y, c.Rect.Max.X-pad, c.Rect.Max.Y)
	prev = image.Rect(next.Min.X-valueW-aw, c.Rect.Min.Y, next.Min.X-valueW, c.Rect.Max.Y)
	return prev, next
}

// Update implements Widget.
func (c *Choice) Update(ctx *ui.Context, st State) {
	if !c.Focusable() {
		return
	}
	in := ctx.Input
	if c.click.update(in, c.Rect) {
		prev, _ := c.arrows(ctx.Theme)
		if in.Cursor().X < prev.Max.X {
			c.Step(ctx, -1)
		} else {
			c.Step(ctx, 1)
		}
	}
	if !st.Focused {
		return
	}
	// Arrow keys at either end fall through to the form, to move focus.
	switch {
	case in.Action(ui.ActionLeft) && c.Step(ctx, -1):
		in.Consume(ui.ActionLeft)
	case in.Action(ui.ActionRight) && c.Step(ctx, 1):
		in.Consume(ui.ActionRight)
	case in.Consume(ui.ActionActivate):
		if !c.Step(ctx, 1) {
			c.Select(ctx, 0) // from the last, back to the first
		}
	}
}

// Draw implements Widget.
func (c *Choice) Draw(dst *ebiten.Image, th *ui.Theme, st State) {
	p := th.Palette
	drawRow(dst, th, c.Rect, st, c.Disabled)
	prev, next := c.arrows(th)
	body := th.Face(ui.TextBody)
	lr := image.Rect(c.Rect.Min.X+th.Pxi(ui.MetricPad), c.Rect.Min.Y, prev.Min.X-th.Pxi(ui.SpaceLine), c.Rect.Max.Y)
	ui.DrawTextBox(dst, c.Label, lr, ui.TextOptions{Face: body, Color: p.Text, VAlign: ui.AlignCenter})

	vr := image.Rect(prev.Max.X, c.Rect.Min.Y, next.Min.X, c.Rect.Max.Y)
	ui.DrawTextBox(dst, c.Value(), vr, ui.TextOptions{Face: th.Face(ui.TextButton), Color: p.AccentBright, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter})
	arrow := func(r image.Rectangle, s string, ok bool) {
		clr := p.Accent
		if !ok {
			clr = p.TextDisabled
		}
		ui.DrawTextBox(dst, s, r, ui.TextOptions{Face: body, Color: clr, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter})
	}
	arrow(prev, "◄", c.Wrap || c.Selected > 0)
	arrow(next, "►", c.Wrap || c.Selected < len(c.Options)-1)
}
