package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/textwrap"
)

// fieldView is where a field's text lies on screen at one theme: the box
// the text is drawn in, its lines and where each starts. Update (to place
// the caret from a click, to move it up and down) and Draw both work from
// it, so a click lands where the text is drawn.
type fieldView struct {
	box   image.Rectangle
	face  text.Face
	lines []textwrap.Span
	y0    float64 // the top of the first line in view
	pitch float64 // from one line's top to the next
	textH float64 // a line's ink height: the caret's and selection's
	shown int     // lines in view
}

// view lays t's text out for th, and scrolls it so that the caret (and
// what is being composed after it) is in view.
func (t *TextInput) view(th *ui.Theme) fieldView {
	pad := th.Pxi(ui.MetricPad * 0.8)
	v := fieldView{box: image.Rect(t.Rect.Min.X+pad, t.Rect.Min.Y, t.Rect.Max.X-pad, t.Rect.Max.Y),
		face: th.Face(ui.TextBody)}
	m := v.face.Metrics()
	v.textH = m.HAscent + m.HDescent
	if !t.edit.multiline {
		v.lines = []textwrap.Span{{Start: 0, End: len(t.edit.text)}}
		v.y0 = float64(v.box.Min.Y) + (float64(v.box.Dy())-v.textH)/2
		v.shown = 1
		caretX := v.advance(t, 0, t.edit.caret)
		endX := caretX + text.Advance(t.composing, v.face)
		if endX-t.scrollX > float64(v.box.Dx()-2) {
			t.scrollX = endX - float64(v.box.Dx()-2)
		}
		t.scrollX = max(0, min(t.scrollX, caretX))
		return v
	}
	inset := th.Pxi(ui.SpaceSmall)
	v.box = image.Rect(v.box.Min.X, t.Rect.Min.Y+inset, v.box.Max.X, t.Rect.Max.Y-inset)
	v.pitch = ui.LineHeight(v.face)
	v.shown = max(1, int(float64(v.box.Dy())/v.pitch))
	v.lines = textwrap.Spans(t.edit.text, float64(v.box.Dx()-th.Pxi(ui.MetricStroke)), ui.MeasureFunc(v.face))
	caret := v.lineOf(t.edit.caret)
	t.top = max(0, min(t.top, caret, len(v.lines)-v.shown))
	if caret >= t.top+v.shown {
		t.top = caret - v.shown + 1
	}
	v.y0 = float64(v.box.Min.Y) + (v.pitch-v.textH)/2
	return v
}

// advance is the width of t's text from a to b, both on one line.
func (v fieldView) advance(t *TextInput, a, b int) float64 {
	return text.Advance(string(t.edit.text[a:b]), v.face)
}

// lineOf returns the line the caret stands on at offset i: the last line
// starting at or before it (a caret at a soft break begins the next line).
func (v fieldView) lineOf(i int) int {
	l := 0
	for k, s := range v.lines {
		if s.Start <= i {
			l = k
		}
	}
	return l
}

// lineEnd is where End puts the caret on line l: before the space a soft
// break left at its end, so that the caret stays on that line.
func (v fieldView) lineEnd(l int) int {
	s := v.lines[l]
	if l+1 < len(v.lines) && v.lines[l+1].Start == s.End && s.End > s.Start {
		return s.End - 1
	}
	return s.End
}

// lineTop returns the top of line l on screen, relative to the first in
// view.
func (v fieldView) lineTop(t *TextInput, l int) float64 {
	if !t.edit.multiline {
		return v.y0
	}
	return v.y0 + float64(l-t.top)*v.pitch
}

// x returns where offset i of line l is drawn on screen.
func (v fieldView) x(t *TextInput, l, i int) float64 {
	return float64(v.box.Min.X) - t.scrollX + v.advance(t, v.lines[l].Start, i)
}

// hit returns the offset nearest to p: a click places the caret there.
func (v fieldView) hit(t *TextInput, p image.Point) int {
	l := 0
	if t.edit.multiline {
		l = t.top + int((float64(p.Y)-float64(v.box.Min.Y))/v.pitch)
		l = max(0, min(l, len(v.lines)-1))
	}
	return v.nearest(t, l, float64(p.X))
}

// nearest returns the offset on line l whose x is nearest px.
func (v fieldView) nearest(t *TextInput, l int, px float64) int {
	s := v.lines[l]
	best, bestD := s.Start, -1.0
	for i := s.Start; i <= v.lineEnd(l); i++ {
		d := v.x(t, l, i) - px
		if d < 0 {
			d = -d
		}
		if bestD < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// verticalStep returns the offset Up (dir -1) or Down (+1) moves the caret
// to: the line above or below, as near the caret's x as it goes.
func (v fieldView) verticalStep(t *TextInput, dir int) int {
	l := v.lineOf(t.edit.caret)
	return v.nearest(t, l+dir, v.x(t, l, t.edit.caret))
}

// NoteHeight returns the height a note of lines lines in view needs at th.
func NoteHeight(th *ui.Theme, lines int) int {
	return int(float64(lines)*th.LineHeight(ui.TextBody)) + 2*th.Pxi(ui.SpaceSmall)
}
