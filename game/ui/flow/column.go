package flow

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// column lays text blocks down a rectangle one after another, like a
// newspaper column, and stops (ellipsising the last block) at its foot.
type column struct {
	dst  *ebiten.Image // nil measures without drawing
	r    image.Rectangle
	y    int
	full bool
}

func newColumn(dst *ebiten.Image, r image.Rectangle) *column {
	return &column{dst: dst, r: r, y: r.Min.Y}
}

// text adds a wrapped block of s in face and colour, followed by gap pixels.
func (c *column) text(s string, face text.Face, clr color.Color, gap int) {
	c.textOpts(s, ui.TextOptions{Face: face, Color: clr, Wrap: true}, gap)
}

// textOpts adds a block with the given options; Wrap is forced on.
func (c *column) textOpts(s string, o ui.TextOptions, gap int) {
	if c.full || s == "" {
		return
	}
	o.Wrap = true
	box := image.Rect(c.r.Min.X, c.y, c.r.Max.X, c.r.Max.Y)
	// One line needs its glyphs' height; LineHeight adds the leading.
	if m := o.Face.Metrics(); float64(box.Dy()) < m.HAscent+m.HDescent {
		c.full = true
		return
	}
	var l ui.TextLayout
	if c.dst == nil {
		l = ui.LayoutText(s, box, o)
	} else {
		l = ui.DrawTextBox(c.dst, s, box, o)
	}
	c.y += int(l.Height+0.999) + gap
	if l.Truncated {
		c.full = true
	}
}

// rule draws a thin line across the column.
func (c *column) rule(th *ui.Theme, clr color.RGBA, gap int) {
	if c.full || c.y >= c.r.Max.Y {
		return
	}
	if c.dst != nil {
		ui.HLine(c.dst, c.r.Min.X, c.r.Max.X, c.y, th.Px(ui.MetricBorder), clr)
	}
	c.y += gap
}

// space adds vertical space.
func (c *column) space(px int) { c.y += px }
