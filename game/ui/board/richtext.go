package board

import (
	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/widget"
)

// docView is the board's widget.Doc: a document on a navy card or a paper
// page, drawn through the board's painter (which records the text and
// keeps the heights) and kept as a picture between frames, since the
// board redraws often and its documents change only with the snapshot.
type docView struct {
	*widget.Doc
	p     *painter
	ver   int // counts setBlocks, for the cache key
	cache layer
}

// newDocView returns an empty document panel drawn through p.
func newDocView(p *painter, paper bool, tip string) *docView {
	d := &docView{Doc: widget.NewDoc(widget.DocPanel, paper, tip), p: p}
	d.Doc.Text = p.text
	d.Doc.Measure = p.height
	return d
}

// setBlocks replaces the document, scrolled back to the top.
func (d *docView) setBlocks(bs prose.Doc) {
	d.Set(bs)
	d.ver++
}

// docKey is what a docView's picture depends on.
type docKey struct {
	drawKey
	scroll int
	paper  bool
}

// Draw implements widget.Widget: the cached picture, painted again when
// the document, its place or its scroll changed.
func (d *docView) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	key := docKey{drawKey{d.Rect, th.Scale, th.Palette.Name, d.ver}, d.Offset, d.Paper}
	d.cache.draw(dst, th, d.p, d.Rect, key, func(dst *ebiten.Image) { d.Doc.Draw(dst, th, st) })
}
