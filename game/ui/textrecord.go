package ui

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// DrawnText is one string as it was drawn in a frame.
type DrawnText struct {
	Text string
	// Ink is where the glyphs' lines landed on the screen, as far as the
	// clip lets them show.
	Ink image.Rectangle
	// Box is the box the text was laid out in; for one unclipped line it
	// is the line itself.
	Box image.Rectangle
	// Clip is the area the destination allowed: a panel, a scrolled view,
	// or the screen.
	Clip image.Rectangle
	// Cut reports text that does not fully show: ellipsised, lines
	// dropped, or ink reaching past its box or off the screen. Ink past a
	// clip that the box also passes is a scrolled view, not a cut.
	Cut bool
	// Covered reports text that something drawn later hides: a dialog
	// over its screen, a tooltip over its row.
	Covered bool
}

// TextRecord keeps every string drawn in the last frame, for tests that
// check that text fits, does not overlap and reads well. An App records
// when Options.TextRecord is set; drawing costs nothing extra otherwise.
type TextRecord struct {
	frame []DrawnText
	last  []DrawnText
	// faces are the recording wrappers of the theme's faces, kept so that
	// a face is the same value from call to call (caches key on it).
	faces map[*text.GoTextFace]*recordingFace
	// screen is the bounds of the frame being drawn.
	screen image.Rectangle
}

// NewTextRecord returns an empty record.
func NewTextRecord() *TextRecord {
	return &TextRecord{faces: map[*text.GoTextFace]*recordingFace{}}
}

// Texts returns what the last complete frame drew, in drawing order.
func (r *TextRecord) Texts() []DrawnText { return r.last }

// Visible returns the texts of the last frame that nothing covers.
func (r *TextRecord) Visible() []DrawnText {
	var out []DrawnText
	for _, t := range r.last {
		if !t.Covered {
			out = append(out, t)
		}
	}
	return out
}

// begin starts a frame on a screen of bounds b.
func (r *TextRecord) begin(b image.Rectangle) {
	r.frame = r.frame[:0]
	r.screen = b
}

// end closes the frame: it becomes what Texts returns.
func (r *TextRecord) end() {
	r.last = append(r.last[:0], r.frame...)
}

// Cover marks the texts drawn so far under area as covered: something
// opaque is drawn over them.
func (r *TextRecord) Cover(area image.Rectangle) {
	if r == nil {
		return
	}
	for i := range r.frame {
		if r.frame[i].Ink.Overlaps(area) {
			r.frame[i].Covered = true
		}
	}
}

// Mark returns a position in the frame, for Since.
func (r *TextRecord) Mark() int {
	if r == nil {
		return 0
	}
	return len(r.frame)
}

// Since returns a copy of the texts drawn after mark. Cached layers keep
// it and Replay it when they show their picture again without drawing.
func (r *TextRecord) Since(mark int) []DrawnText {
	if r == nil || mark > len(r.frame) {
		return nil
	}
	return append([]DrawnText(nil), r.frame[mark:]...)
}

// Replay adds texts drawn in an earlier frame that show again unchanged.
func (r *TextRecord) Replay(ts []DrawnText) {
	if r != nil {
		r.frame = append(r.frame, ts...)
	}
}

// note records text whose ink landed in ink, laid out in box and drawn
// through clip. Text wholly clipped away is not seen, so not recorded.
// Ink clipped above or below is a scrolled view; clipped at the side, or
// past its box by more than a pixel, it is cut.
func (r *TextRecord) note(s string, ink, box, clip image.Rectangle, truncated bool) {
	clip = clip.Intersect(r.screen)
	if s == "" || !ink.Overlaps(clip) {
		return
	}
	cut := truncated || !ink.In(box.Inset(-1)) ||
		ink.Min.X < clip.Min.X-1 || ink.Max.X > clip.Max.X+1
	// Only the part of the ink inside the clip is seen, and can overlap.
	r.frame = append(r.frame, DrawnText{Text: s, Ink: ink.Intersect(clip), Box: box, Clip: clip, Cut: cut})
}

// recordingFace is a theme face that tells its record what it draws. It
// embeds the real face, so it is a text.Face to every ebiten function.
type recordingFace struct {
	*text.GoTextFace
	rec *TextRecord
}

// face returns f's recording wrapper.
func (r *TextRecord) face(f *text.GoTextFace) text.Face {
	rf, ok := r.faces[f]
	if !ok {
		rf = &recordingFace{GoTextFace: f, rec: r}
		r.faces[f] = rf
	}
	return rf
}

// recordOf returns the record a face draws into, or nil.
func recordOf(f text.Face) *TextRecord {
	if rf, ok := f.(*recordingFace); ok {
		return rf.rec
	}
	return nil
}

// inkRect is the box of one line of text drawn with its top-left at x, y.
func inkRect(f text.Face, x, y, w float64) image.Rectangle {
	m := f.Metrics()
	return image.Rect(int(math.Round(x)), int(math.Round(y)),
		int(math.Round(x+w)), int(math.Round(y+m.HAscent+m.HDescent)))
}

// Frame records what draw puts on a screen of bounds b as one frame, for
// tests that draw widgets without an App.
func (r *TextRecord) Frame(b image.Rectangle, draw func()) {
	r.begin(b)
	draw()
	r.end()
}
