package flow

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// blockKind is the kind of a paragraph in a docView.
type blockKind int

const (
	blockPara    blockKind = iota
	blockHeading           // small capitals, with space above
	blockStrong            // a bold line
	blockBullet            // indented, with a bullet
	blockNote              // italic
	blockMeta              // small, faded: dates, sources
)

// block is one paragraph of a docView.
type block struct {
	kind blockKind
	text string
}

// doc is a document being written block by block.
type doc []block

func (d *doc) h(s string)      { *d = append(*d, block{blockHeading, s}) }
func (d *doc) strong(s string) { *d = append(*d, block{blockStrong, s}) }
func (d *doc) p(s string)      { *d = append(*d, block{blockPara, s}) }
func (d *doc) bullet(s string) { *d = append(*d, block{blockBullet, s}) }
func (d *doc) note(s string)   { *d = append(*d, block{blockNote, s}) }
func (d *doc) meta(s string)   { *d = append(*d, block{blockMeta, s}) }

// String is the document as plain text, for tests and for searching.
func (d doc) String() string {
	s := ""
	for i, b := range d {
		if i > 0 {
			s += "\n"
		}
		s += b.text
	}
	return s
}

// docView shows a doc that scrolls: headings, paragraphs and bullets each
// in their own face, on paper or on navy.
type docView struct {
	widget.Base
	blocks doc
	paper  bool
	small  bool // smaller text, for side panels
	widget.Scroller
}

func newDocView(paper bool, tip string) *docView {
	return &docView{Base: widget.Base{Tip: tip}, paper: paper}
}

// set replaces the document and scrolls to its top.
func (v *docView) set(d doc) { v.blocks, v.Offset = d, 0 }

// Focusable implements widget.Widget: only when there is more to read.
func (v *docView) Focusable() bool { return v.Height > v.Rect.Dy() }

func (v *docView) face(th *ui.Theme, k blockKind) text.Face {
	if v.small {
		switch k {
		case blockPara, blockBullet:
			return th.FaceOf(ui.FontRegular, 15)
		case blockNote:
			return th.FaceOf(ui.FontItalic, 15)
		case blockStrong:
			return th.FaceOf(ui.FontBold, 15)
		}
	}
	switch k {
	case blockHeading:
		return th.Face(ui.TextCaption)
	case blockStrong:
		return th.FaceOf(ui.FontBold, 17)
	case blockNote:
		return th.Face(ui.TextBodyItalic)
	case blockMeta:
		return th.Face(ui.TextSmall)
	}
	return th.Face(ui.TextBody)
}

// gapBefore is the space above a block of kind k following one of kind prev.
func gapBefore(th *ui.Theme, k, prev blockKind, first bool) int {
	switch {
	case first:
		return 0
	case k == blockHeading:
		return th.Pxi(22)
	case k == blockBullet && prev == blockBullet:
		return th.Pxi(3)
	case k == blockMeta:
		return th.Pxi(2)
	case k == blockPara && prev == blockPara:
		return th.Pxi(12)
	}
	return th.Pxi(8)
}

// layout places every block at scroll 0, relative to the view's top-left,
// and returns their boxes and the total height.
func (v *docView) layout(th *ui.Theme) ([]image.Rectangle, int) {
	pad := th.Pxi(ui.MetricPad)
	w := v.Rect.Dx() - 2*pad - th.Pxi(10)
	indent := th.Pxi(22)
	var boxes []image.Rectangle
	y := pad
	for i, b := range v.blocks {
		if i > 0 {
			y += gapBefore(th, b.kind, v.blocks[i-1].kind, false)
		}
		x, bw := pad, w
		if b.kind == blockBullet {
			x, bw = pad+indent, w-indent
		}
		l := ui.LayoutText(b.text, image.Rect(0, 0, max(bw, 10), 1<<20), ui.TextOptions{Face: v.face(th, b.kind), Wrap: true})
		h := int(l.Height + 0.999)
		if b.kind == blockHeading {
			h += th.Pxi(7) // room for the rule under it
		}
		boxes = append(boxes, image.Rect(x, y, x+bw, y+h))
		y += h
	}
	return boxes, y + pad
}

// Update implements widget.Widget.
func (v *docView) Update(ctx *ui.Context, st widget.State) {
	th := ctx.Theme
	_, v.Height = v.layout(th)
	v.UpdateScroll(ctx.Input, st, v.Rect, int(th.LineHeight(ui.TextBody)))
}

// Draw implements widget.Widget.
func (v *docView) Draw(dst *ebiten.Image, th *ui.Theme, _ widget.State) {
	p := th.Palette
	ink, faint, accent := p.Text, p.TextMuted, p.Accent
	if v.paper {
		ink, faint, accent = p.Ink, ui.Mix(p.Paper, p.Ink, 0.62), ui.Mix(p.Paper, p.Ink, 0.85)
	}
	boxes, h := v.layout(th)
	v.Height = h
	clip := dst.SubImage(v.Rect.Inset(th.Pxi(2))).(*ebiten.Image)
	off := v.Rect.Min.Sub(image.Pt(0, v.Offset))
	for i, b := range v.blocks {
		r := boxes[i].Add(off)
		if r.Max.Y < v.Rect.Min.Y || r.Min.Y > v.Rect.Max.Y {
			continue
		}
		clr := color.RGBA(ink)
		switch b.kind {
		case blockHeading:
			clr = accent
			ui.HLine(clip, r.Min.X, r.Max.X, r.Max.Y-th.Pxi(3), th.Px(1), ui.Fade(accent, 0.45))
		case blockMeta, blockNote:
			clr = faint
		case blockBullet:
			ui.DrawText(clip, "•", v.face(th, b.kind), float64(r.Min.X-th.Pxi(16)), float64(r.Min.Y), accent, ui.AlignStart)
		}
		ui.DrawTextBox(clip, b.text, image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Max.Y+th.Pxi(4)),
			ui.TextOptions{Face: v.face(th, b.kind), Color: clr, Wrap: true})
	}
	widget.DrawScrollbar(dst, th, v.Rect, v.Offset, v.Height)
}
