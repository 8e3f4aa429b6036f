package board

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// painter draws the board's text. All text goes through text, which is
// ui.DrawTextBox: laid out in its box (wrapped or ellipsised) and clipped
// to it. The painter also measures wrapped text for layouts, and keeps the
// heights, since rows are measured on every Update and wrapping measures
// every word.
type painter struct {
	heights map[heightKey]int
	// record, when set, is told of every text drawn and the area it was
	// clipped to, so tests can check that no text leaves its panel.
	record func(s string, clip image.Rectangle)
	// budget limits how much the layers paint in one frame; nil paints
	// all at once.
	budget *paintBudget
}

type heightKey struct {
	s    string
	w    int
	face text.Face
}

func newPainter() *painter { return &painter{heights: map[heightKey]int{}} }

// text draws s fitted into box and clipped to it (and to dst).
func (p *painter) text(dst *ebiten.Image, s string, box image.Rectangle, o ui.TextOptions) {
	clip := box.Intersect(dst.Bounds())
	if clip.Empty() || s == "" {
		return
	}
	if p.record != nil {
		p.record(s, clip)
	}
	ui.DrawTextBox(dst, s, box, o)
}

// line draws text on one line, vertically centred in box.
func (p *painter) line(dst *ebiten.Image, s string, box image.Rectangle, face text.Face, clr color.Color, align ui.Align) {
	p.text(dst, s, box, ui.TextOptions{Face: face, Color: clr, HAlign: align, VAlign: ui.AlignCenter})
}

// lineFit draws on one line the first of alternatives, longest first,
// that fits box: "United States · President Barack Obama", then "United
// States", then "US". Only when none fits is the last one abridged.
func (p *painter) lineFit(dst *ebiten.Image, box image.Rectangle, face text.Face, clr color.Color, align ui.Align, alternatives ...string) {
	p.line(dst, ui.FirstFit(face, float64(box.Dx()), alternatives...), box, face, clr, align)
}

// height returns the height s needs wrapped at width w in o's face.
func (p *painter) height(s string, w int, o ui.TextOptions) int {
	k := heightKey{s, w, o.Face}
	if h, ok := p.heights[k]; ok {
		return h
	}
	if len(p.heights) > 4096 {
		// Widths change when the window is resized; old entries are dead weight.
		clear(p.heights)
	}
	o.Wrap = true
	l := ui.LayoutText(s, image.Rect(0, 0, w, 1<<20), o)
	h := int(math.Ceil(l.Height))
	p.heights[k] = h
	return h
}

// advance is the width of s on one line.
func advance(s string, face text.Face) int { return int(math.Ceil(text.Advance(s, face))) }

// drawCard draws a panel: shadow, navy card, and a small-capitals title
// with a brass rule, and returns the area below the title. A dossier board
// needs many panels on one screen, so its titles are smaller than the
// widget.Panel's.
func drawCard(dst *ebiten.Image, th *ui.Theme, p *painter, r image.Rectangle, title, note string) image.Rectangle {
	pal := th.Palette
	rad := th.Px(ui.MetricRadius + 1)
	ui.DrawShadow(dst, r, rad, th.Px(cardShadow), pal.Shadow)
	ui.FillRoundRect(dst, r, rad, pal.Surface)
	ui.StrokeRoundRect(dst, r, rad, th.Px(ui.MetricBorder), pal.Border)
	if title == "" {
		return r.Inset(th.Pxi(ui.SpaceLine))
	}
	tb := cardTitle(th, r)
	face := th.FaceOf(ui.FontSmallcaps, 17)
	tw := min(advance(title, face), tb.Dx())
	p.line(dst, title, tb, face, pal.Accent, ui.AlignStart)
	if note != "" {
		nb := image.Rect(tb.Min.X+tw+th.Pxi(ui.SpaceBlock), tb.Min.Y, tb.Max.X, tb.Max.Y)
		p.line(dst, note, nb, th.FaceOf(ui.FontRegular, 12), pal.TextMuted, ui.AlignEnd)
	}
	ui.HLine(dst, tb.Min.X, tb.Max.X, tb.Max.Y+th.Pxi(ui.SpaceHair), th.Px(ui.MetricBorder), ui.Fade(pal.Accent, 0.35))
	return cardBody(th, r)
}

// cardTitle is the title strip of a card.
func cardTitle(th *ui.Theme, r image.Rectangle) image.Rectangle {
	pad := th.Pxi(ui.SpaceBlock)
	return image.Rect(r.Min.X+pad, r.Min.Y+th.Pxi(ui.SpaceSmall), r.Max.X-pad, r.Min.Y+th.Pxi(cardTitleFoot))
}

// cardBody is the area of a titled card below its title.
func cardBody(th *ui.Theme, r image.Rectangle) image.Rectangle {
	pad := th.Pxi(ui.SpaceGap)
	return image.Rect(r.Min.X+pad, r.Min.Y+th.Pxi(cardBodyTop), r.Max.X-pad, r.Max.Y-pad)
}

// segment draws a straight line of width w from (x0, y0) to (x1, y1).
func segment(dst *ebiten.Image, x0, y0, x1, y1, w float64, clr color.Color) {
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l < 0.01 {
		return
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(0, -0.5)
	op.GeoM.Scale(l, w)
	op.GeoM.Rotate(math.Atan2(dy, dx))
	op.GeoM.Translate(x0, y0)
	op.ColorScale.ScaleWithColor(clr)
	op.Filter = ebiten.FilterLinear
	dst.DrawImage(ui.WhitePixel(), op)
}

// disc fills a circle of radius r centred at (x, y), as a fully rounded
// rectangle so it uses the framework's cached corner images.
func disc(dst *ebiten.Image, x, y, r float64, clr color.Color) {
	box := circleBox(x, y, r)
	ui.FillRoundRect(dst, box, float64(box.Dx())/2, clr)
}

// ring strokes a circle of radius r and width w centred at (x, y).
func ring(dst *ebiten.Image, x, y, r, w float64, clr color.Color) {
	box := circleBox(x, y, r)
	ui.StrokeRoundRect(dst, box, float64(box.Dx())/2, w, clr)
}

// circleBox is the square around a circle, in whole pixels. (Not
// image.Rect, which would reorder the corners of a box not yet sized.)
func circleBox(x, y, r float64) image.Rectangle {
	d := int(math.Round(2 * r))
	min := image.Pt(int(math.Round(x-r)), int(math.Round(y-r)))
	return image.Rectangle{Min: min, Max: min.Add(image.Pt(d, d))}
}

// pill draws a small rounded label with text, and returns its width.
func pill(dst *ebiten.Image, th *ui.Theme, p *painter, x, y, h int, s string, face text.Face, fg, bg color.RGBA, maxW int) int {
	pad := th.Pxi(pillPad)
	w := min(advance(s, face)+2*pad, maxW)
	if w <= 2*pad {
		return 0
	}
	r := image.Rect(x, y, x+w, y+h)
	ui.FillRoundRect(dst, r, float64(h)/2, bg)
	p.line(dst, s, image.Rect(r.Min.X+pad, r.Min.Y, r.Max.X-pad, r.Max.Y), face, fg, ui.AlignCenter)
	return w
}
