package board

import (
	"hash/fnv"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// layer is an offscreen copy of one area of the screen, painted again only
// when its key changes. Every glyph of text is a draw call, and a board
// frame would otherwise draw a few thousand of them; with layers a frame
// is a few dozen image copies, and a panel is repainted only when what it
// shows changes (its content, its scroll, the row under the mouse).
//
// The image has the area's own bounds (not starting at 0, 0), so painting
// uses the same screen coordinates as drawing straight to the screen.
type layer struct {
	img *ebiten.Image
	key any
	// texts is what the last paint drew, when the theme records text: a
	// copy of the picture shows the same text again.
	texts []ui.DrawnText
}

// draw paints r through paint if key differs from the last one (keys are
// compared with ==, so use comparable structs), then copies it to dst.
// When the frame's paint budget (the painter's) is used up, it shows the
// last picture, if any, and leaves the paint to a later frame.
func (l *layer) draw(dst *ebiten.Image, th *ui.Theme, p *painter, r image.Rectangle, key any, paint func(dst *ebiten.Image)) {
	if r.Empty() {
		return
	}
	if l.img == nil || l.img.Bounds() != r {
		if l.img != nil {
			l.img.Deallocate()
		}
		l.img = ebiten.NewImageWithOptions(r, nil)
		l.key = nil
	}
	rec := th.TextRecord()
	var budget *paintBudget
	if p != nil {
		budget = p.budget
	}
	if (l.key == nil || l.key != key) && !budget.allow() {
		if l.key == nil {
			return // nothing painted yet: the panel stays empty a frame or two
		}
		key = l.key // the last picture, until a frame has time for it
	}
	if l.key == nil || l.key != key {
		l.img.Clear()
		mark := rec.Mark()
		paint(l.img)
		l.key = key
		l.texts = rec.Since(mark)
	} else {
		rec.Replay(l.texts)
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(float64(r.Min.X), float64(r.Min.Y))
	dst.DrawImage(l.img, op)
}

// drawKey is what most cached widgets' drawing depends on besides their
// own state: where they are, the scale and palette, and the board's
// version (which changes with the snapshot, the orders and the selection).
type drawKey struct {
	rect    image.Rectangle
	scale   float64
	palette string
	version int
}

// hashStrings is a cheap fingerprint of some strings and flags, for keys
// of widgets whose content is a slice.
func hashStrings(parts ...string) uint64 {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum64()
}
