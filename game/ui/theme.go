package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui/textwrap"
)

// TextRole names a kind of text; the theme maps it to a font and size.
type TextRole int

// Text roles. The zero value is body text.
const (
	TextBody    TextRole = iota
	TextDisplay          // the game's name on the title screen
	TextTitle            // a screen's title
	TextHeading          // a panel's title
	TextButton
	TextSmall // hints, captions, tooltips
	TextMono  // typed documents: letters, intel reports
	TextBodyItalic
	TextCaption // small capitals over a section
	textRoleCount
)

// textSpec is a role's font and size at scale 1.
var textSpec = [textRoleCount]struct {
	style FontStyle
	size  float64
}{
	TextDisplay:    {FontSmallcaps, 76},
	TextTitle:      {FontSmallcaps, 38},
	TextHeading:    {FontSmallcaps, 23},
	TextBody:       {FontRegular, 17},
	TextButton:     {FontMedium, 18},
	TextSmall:      {FontRegular, 14},
	TextMono:       {FontMono, 15},
	TextBodyItalic: {FontItalic, 17},
	TextCaption:    {FontSmallcaps, 16},
}

// Base metrics at scale 1, in pixels. Widgets multiply them by Theme.Scale
// through Theme.Px, so the whole UI grows together.
const (
	MetricPad        = 14 // inside panels and controls
	MetricGap        = 10 // between controls
	MetricControlH   = 44 // height of buttons and other one-line controls
	MetricBorder     = 1  // borders and hairline rules
	MetricStroke     = 2  // a heading's rule, a caret, a marker's ring
	MetricFocusWidth = 2
	MetricFocusInset = 3 // gap between a control and its focus ring
	MetricRadius     = 5
)

// Named spacings at scale 1: the few distances that separate things,
// smallest first. Layouts use them (through Theme.Pxi) instead of numbers
// of their own, so that screens keep one rhythm and a change of it is made
// here.
const (
	SpaceHair    = 2         // a hairline's room: clipping margins, meta lines
	SpaceTight   = 3         // between items of one list
	SpaceSnug    = 4         // a control's inner margin; a label and its rule
	SpaceSmall   = 6         // between paragraphs of a panel; a bar's inset
	SpaceLine    = 8         // between blocks of a page; insets of rows
	SpaceGap     = MetricGap // between controls, and a scrollbar's lane
	SpaceBlock   = 12        // between paragraphs of a page; before a panel's section
	SpaceIndent  = 14        // a bullet's indent in a panel
	SpaceLoose   = 20        // under a panel's title; between groups of a strip
	SpaceSection = 22        // before a page's section; a bullet's indent on a page
	SpaceWide    = 24        // between columns and groups; a card's or dialog's margin
)

// Theme is the palette, the scale and the fonts that screens draw with.
type Theme struct {
	Palette Palette
	// Scale multiplies every size: the player's UI scale times the
	// monitor's device scale factor.
	Scale float64
	fonts *Fonts
	// rec, when set, is told of every text drawn with this theme's faces.
	rec *TextRecord
	// reh, when set, holds back the text drawn with this theme's faces
	// (see App.Rehearse).
	reh *rehearsal
}

// NewTheme returns a theme drawing with fonts, palette p, at scale.
func NewTheme(fonts *Fonts, p Palette, scale float64) *Theme {
	return &Theme{Palette: p, Scale: scale, fonts: fonts}
}

// Px scales a base metric.
func (t *Theme) Px(v float64) float64 { return v * t.Scale }

// Pxi scales a base metric and rounds it to whole pixels.
func (t *Theme) Pxi(v float64) int { return int(math.Round(v * t.Scale)) }

// Face returns the face for a role at the theme's scale.
func (t *Theme) Face(r TextRole) text.Face {
	s := textSpec[r]
	return t.FaceOf(s.style, s.size)
}

// FaceOf returns a face of any style at a base size, scaled.
func (t *Theme) FaceOf(style FontStyle, size float64) text.Face {
	f := t.fonts.Face(style, size*t.Scale)
	if t.rec != nil {
		return t.rec.face(f)
	}
	if t.reh != nil {
		return t.reh.face(f)
	}
	return f
}

// Recording returns a copy of the theme whose text goes to rec, for tests
// that draw widgets without an App.
func (t *Theme) Recording(rec *TextRecord) *Theme {
	c := *t
	c.rec = rec
	return &c
}

// TextRecord returns the record this theme's text goes to, or nil when
// nothing records (the game as played).
func (t *Theme) TextRecord() *TextRecord { return t.rec }

// LineHeight is the distance between baselines for a role: a little more
// than the font's own, for readable paragraphs.
func (t *Theme) LineHeight(r TextRole) float64 {
	return LineHeight(t.Face(r))
}

// Measure returns a width function for a role, for package textwrap.
func (t *Theme) Measure(r TextRole) textwrap.Measure {
	return MeasureFunc(t.Face(r))
}

// LineHeight returns the line spacing used for face.
func LineHeight(face text.Face) float64 {
	m := face.Metrics()
	return math.Ceil((m.HAscent + m.HDescent) * 1.18)
}

// MeasureFunc returns a textwrap.Measure for face.
func MeasureFunc(face text.Face) textwrap.Measure {
	return func(s string) float64 { return text.Advance(s, face) }
}
