package board

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// blockKind is the style of one paragraph of a document.
type blockKind int

// Block styles.
const (
	blockBody    blockKind = iota
	blockHeading           // small capitals: a letter's or an actor's title
	blockCaption           // small capitals, small: a section of the document
	blockMeta              // small and muted: who, when, status
	blockMono              // typed text: the words of a letter, a report
	blockBullet            // an indented item
	blockItalic
	blockMeter // a labelled bar: a belief, a valuation
	blockSpace
)

// tone is a block's colour role; on paper it maps to inks.
type tone int

const (
	toneNormal tone = iota
	toneMuted
	toneAccent
	toneDanger
	toneGood
)

// block is one paragraph of a document.
type block struct {
	kind   blockKind
	text   string
	tone   tone
	share  float64    // meter: the bar's fill, 0-1
	note   string     // meter: the figure at the right
	colour color.RGBA // meter bar or bullet colour; zero for the tone's
}

// docView shows a document, a list of blocks, on a navy card or a paper
// page, scrolling when it is longer than its box: with the wheel, and with
// the arrow and page keys when focused (it takes focus only then).
type docView struct {
	widget.Base
	p      *painter
	paper  bool
	blocks []block
	scroll int
	ver    int // counts setBlocks, for the cache key
	cache  layer

	// Laid out for width w at scale s.
	w      int
	s      float64
	tops   []int
	height int
}

// setBlocks replaces the document, scrolled back to the top.
func (d *docView) setBlocks(bs []block) {
	d.blocks, d.scroll, d.w = bs, 0, -1
	d.ver++
}

// docKey is what a docView's picture depends on.
type docKey struct {
	drawKey
	scroll int
	paper  bool
}

// Focusable implements widget.Widget.
func (d *docView) Focusable() bool { return d.height > d.inner(nil).Dy() }

// inner is the text area: the view less its padding.
func (d *docView) inner(th *ui.Theme) image.Rectangle {
	pad := 10
	if th != nil {
		pad = th.Pxi(10)
	}
	if d.paper {
		return d.Rect.Inset(pad)
	}
	// On navy the text runs to the edges, but for the scrollbar's lane.
	r := d.Rect.Inset(pad / 3)
	r.Max.X = d.Rect.Max.X - pad
	return r
}

func (d *docView) face(th *ui.Theme, k blockKind) text.Face {
	switch k {
	case blockHeading:
		return th.FaceOf(ui.FontSmallcaps, 18)
	case blockCaption:
		return th.FaceOf(ui.FontSmallcaps, 14)
	case blockMeta:
		return th.FaceOf(ui.FontRegular, 12)
	case blockMono:
		return th.FaceOf(ui.FontMono, 13)
	case blockItalic:
		return th.FaceOf(ui.FontItalic, 14)
	}
	return th.FaceOf(ui.FontRegular, 14)
}

func (d *docView) colour(th *ui.Theme, t tone) color.RGBA {
	p := th.Palette
	if d.paper {
		switch t {
		case toneMuted:
			return ui.Mix(p.Ink, p.Paper, 0.38)
		case toneAccent:
			return ui.Mix(p.Accent, p.Ink, 0.55)
		case toneDanger:
			return ui.Mix(p.Danger, p.Ink, 0.25)
		case toneGood:
			return ui.Mix(p.Success, p.Ink, 0.45)
		}
		return p.Ink
	}
	switch t {
	case toneMuted:
		return p.TextMuted
	case toneAccent:
		return p.Accent
	case toneDanger:
		return ui.Mix(p.Danger, p.Text, 0.25)
	case toneGood:
		return p.Success
	}
	return p.Text
}

// indent is how far bullets and meters' labels sit in.
func (d *docView) indent(th *ui.Theme, k blockKind) int {
	if k == blockBullet {
		return th.Pxi(14)
	}
	return 0
}

// gapBefore is the space above a block.
func (d *docView) gapBefore(th *ui.Theme, i int) int {
	if i == 0 {
		return 0
	}
	switch d.blocks[i].kind {
	case blockCaption:
		return th.Pxi(12)
	case blockMono, blockBody, blockItalic:
		return th.Pxi(6)
	case blockBullet, blockMeter:
		return th.Pxi(3)
	}
	return th.Pxi(2)
}

func (d *docView) layout(th *ui.Theme) {
	in := d.inner(th)
	if d.w == in.Dx() && d.s == th.Scale && len(d.tops) == len(d.blocks)+1 {
		return
	}
	d.w, d.s = in.Dx(), th.Scale
	d.tops = d.tops[:0]
	y := 0
	for i, b := range d.blocks {
		y += d.gapBefore(th, i)
		d.tops = append(d.tops, y)
		y += d.blockH(th, b, in.Dx())
	}
	d.tops = append(d.tops, y)
	d.height = y + 2*(d.Rect.Dy()-in.Dy())/2
}

func (d *docView) blockH(th *ui.Theme, b block, w int) int {
	switch b.kind {
	case blockSpace:
		return th.Pxi(6)
	case blockMeter:
		if d.meterStacked(th, w) {
			return th.Pxi(34)
		}
		return th.Pxi(20)
	}
	in := d.indent(th, b.kind)
	return d.p.height(b.text, w-in, ui.TextOptions{Face: d.face(th, b.kind)})
}

// Update implements widget.Widget.
func (d *docView) Update(ctx *ui.Context, st widget.State) {
	th := ctx.Theme
	d.layout(th)
	in := ctx.Input
	line := th.Pxi(18)
	page := max(line, d.Rect.Dy()-2*line)
	delta := 0
	if _, dy := in.Wheel(); st.Hovered && dy != 0 {
		delta = -int(dy * 3 * float64(line))
	}
	if st.Focused {
		switch {
		case in.Consume(ui.ActionUp):
			delta = -line
		case in.Consume(ui.ActionDown):
			delta = line
		case in.Consume(ui.ActionPageUp):
			delta = -page
		case in.Consume(ui.ActionPageDown):
			delta = page
		case in.Consume(ui.ActionHome):
			delta = -d.scroll
		case in.Consume(ui.ActionEnd):
			delta = d.height
		}
	}
	d.scroll = max(0, min(d.scroll+delta, d.height-d.Rect.Dy()))
}

// Draw implements widget.Widget.
func (d *docView) Draw(dst *ebiten.Image, th *ui.Theme, _ widget.State) {
	d.layout(th)
	key := docKey{drawKey{d.Rect, th.Scale, th.Palette.Name, d.ver}, d.scroll, d.paper}
	d.cache.draw(dst, th, d.p, d.Rect, key, func(dst *ebiten.Image) { d.paint(dst, th) })
}

func (d *docView) paint(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	if d.paper {
		ui.FillRoundRect(dst, d.Rect, th.Px(ui.MetricRadius), pal.Paper)
	}
	in := d.inner(th)
	clipR := image.Rect(in.Min.X, d.Rect.Min.Y+th.Pxi(2), in.Max.X, d.Rect.Max.Y-th.Pxi(2)).Intersect(dst.Bounds())
	clip := dst.SubImage(clipR).(*ebiten.Image)
	for i, b := range d.blocks {
		top := in.Min.Y + d.tops[i] - d.scroll
		bottom := in.Min.Y + d.tops[i+1] - d.scroll
		if bottom < clipR.Min.Y || top > clipR.Max.Y {
			continue
		}
		r := image.Rect(in.Min.X+d.indent(th, b.kind), top, in.Max.X, bottom)
		d.drawBlock(clip, th, b, r)
	}
	widget.DrawScrollbar(dst, th, d.Rect, d.scroll, d.height)
}

func (d *docView) drawBlock(dst *ebiten.Image, th *ui.Theme, b block, r image.Rectangle) {
	clr := d.colour(th, b.tone)
	switch b.kind {
	case blockSpace:
		return
	case blockMeter:
		d.drawMeter(dst, th, b, r, clr)
		return
	case blockBullet:
		bc := clr
		if b.colour.A != 0 {
			bc = b.colour
		}
		s := th.Pxi(5)
		cy := r.Min.Y + int(th.LineHeight(ui.TextSmall)/2)
		x := r.Min.X - th.Pxi(11)
		ui.FillRoundRect(dst, image.Rect(x, cy-s/2, x+s, cy-s/2+s), float64(s)/2, bc)
	case blockHeading, blockCaption:
		if b.tone == toneNormal {
			clr = d.colour(th, toneAccent)
			if !d.paper && b.kind == blockHeading {
				clr = th.Palette.Text
			}
		}
	}
	d.p.text(dst, b.text, r, ui.TextOptions{Face: d.face(th, b.kind), Color: clr, Wrap: true})
}

// meterStacked reports whether meters at width w put their label on a
// line of its own, above the bar, rather than beside it.
func (d *docView) meterStacked(th *ui.Theme, w int) bool { return w < th.Pxi(240) }

// drawMeter draws "label  [=====    ]  62%", or the label above the bar
// when the page is narrow.
func (d *docView) drawMeter(dst *ebiten.Image, th *ui.Theme, b block, r image.Rectangle, clr color.RGBA) {
	face := th.FaceOf(ui.FontRegular, 13)
	labelW := r.Dx() * 9 / 20
	noteW := th.Pxi(44)
	if d.meterStacked(th, r.Dx()) {
		d.p.line(dst, b.text, image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+th.Pxi(17)), face, clr, ui.AlignStart)
		r.Min.Y += th.Pxi(16)
		labelW = 0
	} else {
		d.p.line(dst, b.text, image.Rect(r.Min.X, r.Min.Y, r.Min.X+labelW-th.Pxi(6), r.Max.Y), face, clr, ui.AlignStart)
	}
	bc := b.colour
	if bc.A == 0 {
		bc = th.Palette.Accent
	}
	h := th.Pxi(8)
	cy := r.Min.Y + r.Dy()/2
	bar(dst, th, image.Rect(r.Min.X+labelW, cy-h/2, r.Max.X-noteW, cy-h/2+h), b.share, bc)
	d.p.line(dst, b.note, image.Rect(r.Max.X-noteW, r.Min.Y, r.Max.X, r.Max.Y), th.FaceOf(ui.FontMedium, 13), clr, ui.AlignEnd)
}
