package ui

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui/textwrap"
)

// Align places text along one axis of its box.
type Align int

// Alignments.
const (
	AlignStart Align = iota
	AlignCenter
	AlignEnd
)

// TextOptions say how text is fitted into a box.
type TextOptions struct {
	Face  text.Face
	Color color.Color
	// HAlign and VAlign place the lines in the box.
	HAlign, VAlign Align
	// Wrap breaks text into lines; without it text stays on one line per
	// explicit newline and is ellipsised.
	Wrap bool
	// MaxLines limits the lines shown; 0 shows as many as fit the box.
	MaxLines int
	// LineHeight overrides the face's line height when positive.
	LineHeight float64
	// Abridged says that an ellipsis is meant: the row is a summary whose
	// full text shows a click away (its page, its tooltip). Text records
	// do not count such text as cut.
	Abridged bool
}

// PlacedLine is one line of laid-out text; X and Y are the top-left of the
// line's box.
type PlacedLine struct {
	Text string
	X, Y float64
	W    float64
}

// TextLayout is text fitted into a box.
type TextLayout struct {
	Lines []PlacedLine
	// Truncated reports that lines were dropped or shortened to fit.
	Truncated bool
	// Height is the height of the laid-out block.
	Height float64
}

// LayoutText fits s into box without drawing it: lines are wrapped or
// ellipsised to the box's width, and dropped (the last kept one ellipsised)
// when they would pass its bottom. It needs no window.
func LayoutText(s string, box image.Rectangle, o TextOptions) TextLayout {
	measure := MeasureFunc(o.Face)
	m := o.Face.Metrics()
	glyphH := m.HAscent + m.HDescent
	lh := o.LineHeight
	if lh <= 0 {
		lh = LineHeight(o.Face)
	}
	w, h := float64(box.Dx()), float64(box.Dy())

	// At least one line is always kept; drawing clips it if the box is short.
	// The small slack keeps a box measured from this very layout (whose
	// height went through float rounding) from losing its last line.
	fit := max(1, int(math.Floor((h-glyphH)/lh+1e-6))+1)
	if o.MaxLines > 0 {
		fit = min(fit, o.MaxLines)
	}

	var lines []string
	truncated := false
	if o.Wrap {
		lines, truncated = textwrap.Fit(s, w, fit, measure)
	} else {
		for _, l := range textwrap.Wrap(s, math.Inf(1), measure) {
			e := textwrap.Ellipsize(l, w, measure)
			truncated = truncated || e != l
			lines = append(lines, e)
		}
		if len(lines) > fit {
			lines, truncated = lines[:fit], true
			last := lines[fit-1]
			lines[fit-1] = textwrap.Ellipsize(last+textwrap.Ellipsis, w, measure)
		}
	}

	blockH := float64(len(lines)-1)*lh + glyphH
	y := float64(box.Min.Y) + offset(o.VAlign, h, blockH)
	out := TextLayout{Truncated: truncated, Height: blockH}
	for i, l := range lines {
		lw := measure(l)
		out.Lines = append(out.Lines, PlacedLine{
			Text: l,
			X:    float64(box.Min.X) + offset(o.HAlign, w, lw),
			Y:    y + float64(i)*lh,
			W:    lw,
		})
	}
	return out
}

func offset(a Align, space, size float64) float64 {
	switch a {
	case AlignCenter:
		return math.Round((space - size) / 2)
	case AlignEnd:
		return space - size
	}
	return 0
}

// FirstFit returns the first of alternatives (longest first: "Russian
// Federation", "Russia") that fits width on one line in face, or the last
// one when none fits, to be abridged.
func FirstFit(face text.Face, width float64, alternatives ...string) string {
	s := ""
	for _, s = range alternatives {
		if s != "" && text.Advance(s, face) <= width {
			break
		}
	}
	return s
}

// DrawTextBox lays s out in box and draws it clipped to box, so no glyph
// ever paints outside it, whatever the text, font or scale.
func DrawTextBox(dst *ebiten.Image, s string, box image.Rectangle, o TextOptions) TextLayout {
	l := LayoutText(s, box, o)
	clip := box.Intersect(dst.Bounds())
	if clip.Empty() {
		return l
	}
	if rec := recordOf(o.Face); rec != nil && len(l.Lines) > 0 {
		var ink image.Rectangle
		for _, line := range l.Lines {
			ink = ink.Union(inkRect(o.Face, line.X, line.Y, line.W))
		}
		rec.note(s, ink, box, dst.Bounds(), l.Truncated && !o.Abridged)
	}
	sub := dst.SubImage(clip).(*ebiten.Image)
	for _, line := range l.Lines {
		drawLine(sub, line.Text, o.Face, line.X, line.Y, o.Color)
	}
	return l
}

// DrawText draws one line of s with its top-left at (x, y), or its
// top-centre or top-right for AlignCenter and AlignEnd. It does not clip.
func DrawText(dst *ebiten.Image, s string, face text.Face, x, y float64, clr color.Color, align Align) {
	w := text.Advance(s, face)
	switch align {
	case AlignCenter:
		x -= w / 2
	case AlignEnd:
		x -= w
	}
	if rec := recordOf(face); rec != nil {
		ink := inkRect(face, x, y, w)
		rec.note(s, ink, ink, dst.Bounds(), false)
	}
	drawLine(dst, s, face, x, y, clr)
}

func drawLine(dst *ebiten.Image, s string, face text.Face, x, y float64, clr color.Color) {
	if hold(dst, s, face, x, y, clr) {
		return // a rehearsal's (see App.Rehearse)
	}
	drawLineNow(dst, s, face, x, y, clr)
}

func drawLineNow(dst *ebiten.Image, s string, face text.Face, x, y float64, clr color.Color) {
	op := &text.DrawOptions{}
	// Whole pixels keep glyphs crisp and screenshots stable.
	op.GeoM.Translate(math.Round(x), math.Round(y))
	op.ColorScale.ScaleWithColor(clr)
	text.Draw(dst, s, face, op)
}
