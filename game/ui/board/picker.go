package board

import (
	"image"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// picker is a labelled one-line selector, "Issue   ◄ The radar ►": Left and
// Right (or clicks on the arrows) step through the options, Enter steps
// forward and wraps. It is widget.Choice with a value box that takes the
// room it is given, since issue and actor names are long.
type picker struct {
	widget.Base
	p        *painter
	label    string
	labelW   float64 // label column width at scale 1
	options  []string
	sel      int
	onChange func(ctx *ui.Context, i int)
	armed    bool
	// query is what the player typed while the picker had the focus: it
	// jumps to the first option that holds it, so a long list of issues
	// is searched rather than stepped through ten clicks at a time.
	query string
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

// parts returns the label, previous arrow, value and next arrow areas.
func (c *picker) parts(th *ui.Theme) (label, prev, val, next image.Rectangle) {
	r := c.Rect
	lw := th.Pxi(c.labelW)
	aw := th.Pxi(pickerArrowW)
	label = image.Rect(r.Min.X+min(lw, th.Pxi(ui.SpaceGap)), r.Min.Y, r.Min.X+lw, r.Max.Y)
	prev = image.Rect(r.Min.X+lw, r.Min.Y, r.Min.X+lw+aw, r.Max.Y)
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
	_, prev, _, _ := c.parts(ctx.Theme)
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
		c.query = ""
		return
	}
	if c.search(ctx) {
		return
	}
	c.query = ""
	switch {
	case in.Action(ui.ActionLeft) && c.step(ctx, -1, false):
		in.Consume(ui.ActionLeft)
	case in.Action(ui.ActionRight) && c.step(ctx, 1, false):
		in.Consume(ui.ActionRight)
	case in.Consume(ui.ActionActivate):
		c.step(ctx, 1, true)
	}
}

// search reads what was typed into the query and selects the first option
// that holds it, ignoring case; Backspace takes back a letter. It reports
// whether the tick was a search (the arrows and Enter end one).
func (c *picker) search(ctx *ui.Context) bool {
	in := ctx.Input
	q := c.query
	for _, r := range in.Chars() {
		if r == ' ' && q == "" {
			continue // Space on its own steps, as Enter does
		}
		q += string(unicode.ToLower(r))
	}
	if q != "" && in.KeyTriggered(ebiten.KeyBackspace) {
		_, n := utf8.DecodeLastRuneInString(q)
		q = q[:len(q)-n]
		in.Consume(ui.ActionActivate) // not a step
	}
	if q == c.query {
		return q != "" && !in.Action(ui.ActionLeft) && !in.Action(ui.ActionRight) && !in.Action(ui.ActionActivate)
	}
	c.query = q
	if i := c.find(q); q != "" && i >= 0 && i != c.sel {
		c.sel = i
		if c.onChange != nil {
			c.onChange(ctx, i)
		}
	}
	in.Consume(ui.ActionActivate) // a typed space is not a step
	return true
}

// find is the first option holding q, ignoring case, or -1.
func (c *picker) find(q string) int {
	for i, o := range c.options {
		if strings.Contains(strings.ToLower(o), q) {
			return i
		}
	}
	return -1
}

// Draw implements widget.Widget.
func (c *picker) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	pal := th.Palette
	hot := (st.Hovered || st.Focused) && c.Focusable()
	if hot {
		ui.FillRoundRect(dst, c.Rect, th.Px(ui.MetricRadius), pal.SurfaceRaised)
	}
	label, prev, val, next := c.parts(th)
	face := th.FaceOf(ui.FontRegular, 14)
	if c.query == "" {
		c.p.line(dst, c.label, label, face, pal.TextMuted, ui.AlignStart)
	} else {
		// While searching, the label column shows what was typed: as
		// much of its end as fits; red when nothing holds it.
		cc := pal.AccentBright
		if c.find(c.query) < 0 {
			cc = pal.Danger
		}
		q := []rune(c.query)
		var ends []string
		for n := len(q); n >= 1; n-- {
			ends = append(ends, "“"+string(q[len(q)-n:])+"”")
		}
		c.p.lineFit(dst, label, face, cc, ui.AlignStart, ends...)
	}
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
