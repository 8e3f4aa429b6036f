package board

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// chip is one choice in a chipSet.
type chip struct {
	label    string
	tip      string
	colour   color.RGBA // a swatch before the label; zero for none
	on       bool
	disabled bool
}

// chipSet is a row of toggles that wrap onto more lines: the recipients of
// an offer, the inbox's filters. With single set it acts as radio buttons.
// Left and Right move the cursor; Space or Enter toggles the chip under it;
// a click toggles the chip clicked.
type chipSet struct {
	widget.Base
	p        *painter
	chips    []chip
	single   bool
	size     float64 // font size at scale 1
	cursor   int
	hover    int
	onToggle func(ctx *ui.Context, i int)
	rects    []image.Rectangle
	cache    layer
}

// chipsKey is what a chipSet's picture depends on.
type chipsKey struct {
	drawKey
	chips                uint64
	cursor, hover        int
	focused, hovered, on bool
}

// Focusable implements widget.Widget.
func (c *chipSet) Focusable() bool {
	for _, ch := range c.chips {
		if !ch.disabled {
			return true
		}
	}
	return false
}

// Tooltip implements widget.Widget: the hovered (or, from the keyboard,
// the current) chip's own tip, or the set's.
func (c *chipSet) Tooltip() string {
	i := c.hover
	if i < 0 {
		i = c.cursor
	}
	if i >= 0 && i < len(c.chips) && c.chips[i].tip != "" {
		return c.chips[i].tip
	}
	return c.Tip
}

func (c *chipSet) chipH(th *ui.Theme) int { return th.Pxi(c.size*2 + 2) }

// place lays the chips out in rows and returns the height they take.
func (c *chipSet) place(th *ui.Theme) int {
	face := th.FaceOf(ui.FontMedium, c.size)
	h := c.chipH(th)
	gap := th.Pxi(ui.SpaceSmall)
	x, y := c.Rect.Min.X, c.Rect.Min.Y
	c.rects = c.rects[:0]
	for _, ch := range c.chips {
		w := advance(ch.label, face) + th.Pxi(ui.SpaceLoose)
		if ch.colour.A != 0 {
			w += th.Pxi(ui.MetricPad)
		}
		w = min(w, c.Rect.Dx())
		if x > c.Rect.Min.X && x+w > c.Rect.Max.X {
			x, y = c.Rect.Min.X, y+h+gap
		}
		c.rects = append(c.rects, image.Rect(x, y, x+w, y+h))
		x += w + gap
	}
	return y + h - c.Rect.Min.Y
}

// Width returns the width of the chips on one line.
func (c *chipSet) Width(th *ui.Theme) int {
	face := th.FaceOf(ui.FontMedium, c.size)
	w := 0
	for i, ch := range c.chips {
		if i > 0 {
			w += th.Pxi(ui.SpaceSmall)
		}
		w += advance(ch.label, face) + th.Pxi(ui.SpaceLoose)
		if ch.colour.A != 0 {
			w += th.Pxi(ui.MetricPad)
		}
	}
	return w
}

// Height returns the height the chips need at the set's width.
func (c *chipSet) Height(th *ui.Theme) int { return c.place(th) }

func (c *chipSet) toggle(ctx *ui.Context, i int) {
	if i < 0 || i >= len(c.chips) || c.chips[i].disabled {
		return
	}
	c.cursor = i
	if c.single {
		if c.chips[i].on {
			return
		}
		for k := range c.chips {
			c.chips[k].on = k == i
		}
	} else {
		c.chips[i].on = !c.chips[i].on
	}
	if c.onToggle != nil {
		c.onToggle(ctx, i)
	}
}

func (c *chipSet) move(d int) bool {
	for i := c.cursor + d; i >= 0 && i < len(c.chips); i += d {
		if !c.chips[i].disabled {
			c.cursor = i
			return true
		}
	}
	return false
}

// Update implements widget.Widget.
func (c *chipSet) Update(ctx *ui.Context, st widget.State) {
	in := ctx.Input
	c.place(ctx.Theme)
	c.hover = -1
	for i, r := range c.rects {
		if st.Hovered && in.Cursor().In(r) {
			c.hover = i
		}
	}
	if c.hover >= 0 && in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed() {
		in.UseMouse()
		c.toggle(ctx, c.hover)
	}
	if !st.Focused {
		return
	}
	if c.cursor < 0 || c.cursor >= len(c.chips) || c.chips[c.cursor].disabled {
		c.cursor = -1
		c.move(1)
	}
	switch {
	case in.Action(ui.ActionLeft) && c.move(-1):
		in.Consume(ui.ActionLeft)
	case in.Action(ui.ActionRight) && c.move(1):
		in.Consume(ui.ActionRight)
	case in.Consume(ui.ActionActivate):
		c.toggle(ctx, c.cursor)
	}
}

// Draw implements widget.Widget.
func (c *chipSet) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	parts := make([]string, 0, 2*len(c.chips))
	for _, ch := range c.chips {
		parts = append(parts, ch.label, string([]byte{b2c(ch.on), b2c(ch.disabled), ch.colour.R, ch.colour.G, ch.colour.B, ch.colour.A}))
	}
	hover := c.hover
	if !st.Hovered {
		hover = -1
	}
	key := chipsKey{drawKey: drawKey{c.Rect, th.Scale, th.Palette.Name, 0}, chips: hashStrings(parts...),
		cursor: c.cursor, hover: hover, focused: st.Focused, hovered: st.Hovered}
	// The layer reaches past the set for the cursor's ring.
	c.cache.draw(dst, th, c.p, c.Rect.Inset(-th.Pxi(ui.SpaceTight)), key, func(dst *ebiten.Image) { c.paint(dst, th, st) })
}

func b2c(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func (c *chipSet) paint(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	pal := th.Palette
	c.place(th)
	face := th.FaceOf(ui.FontMedium, c.size)
	for i, ch := range c.chips {
		r := c.rects[i]
		rad := float64(r.Dy()) / 2
		fill, edge, fg := ui.Fade(pal.Background, 0.5), pal.Border, pal.TextMuted
		if ch.on {
			fill, edge, fg = ui.Mix(pal.Surface, pal.Accent, 0.28), pal.Accent, pal.Text
		}
		if i == c.hover && !ch.disabled {
			edge = pal.AccentBright
		}
		if ch.disabled {
			fg, edge = pal.TextDisabled, ui.Fade(pal.Border, 0.6)
		}
		ui.FillRoundRect(dst, r, rad, fill)
		ui.StrokeRoundRect(dst, r, rad, th.Px(ui.MetricBorder), edge)
		tx := r.Min.X + th.Pxi(ui.SpaceGap)
		if ch.colour.A != 0 {
			d := th.Pxi(chipDot)
			cy := r.Min.Y + r.Dy()/2
			ui.FillRoundRect(dst, image.Rect(tx, cy-d/2, tx+d, cy-d/2+d), float64(d)/2, ch.colour)
			tx += d + th.Pxi(chipDotGap)
		}
		c.p.line(dst, ch.label, image.Rect(tx, r.Min.Y, r.Max.X-th.Pxi(ui.SpaceLine), r.Max.Y), face, fg, ui.AlignStart)
		if st.Focused && i == c.cursor {
			ui.StrokeRoundRect(dst, r.Inset(-th.Pxi(ui.SpaceHair)), rad+th.Px(ui.MetricStroke), th.Px(focusStroke), pal.Focus)
		}
	}
}
