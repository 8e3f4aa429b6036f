package widget

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
)

// A document's measures at scale 1 that are not spacings: a key-value row's
// height (beside its bar, and with its label stacked above it), the narrowest
// column that keeps the label beside the bar, the value column's width, the
// room under a ruled heading, a scroll step in a panel, a bullet's dot and how
// far left of the text it sits, a stacked label's box and the step to its bar.
const (
	docRowLabelH    = 17
	docRowLabelStep = 16
	docRowH         = 20
	docRowStackedH  = 34
	docRowMinW      = 240
	docRowNoteW     = 44
	docRuleRoom     = 7
	docPanelLine    = 18
	docDot          = 5
	docDotLead      = 11
	docColumnGap    = 28 // between the columns of a page set in columns
	docBoxRadius    = 3  // a boxed group's corners: a slip of paper, barely rounded
)

// Doc shows a prose.Doc that scrolls: headings, paragraphs, bullets,
// quotes and rows each in their own face and tone, on paper or on navy.
// Every screen that shows prose draws it with a Doc.
type Doc struct {
	Base
	Blocks prose.Doc
	Paper  bool
	Size   DocSize
	// Text, when set, draws each piece of text instead of ui.DrawTextBox
	// (the board records what it draws); Measure, when set, gives the
	// height of wrapped text instead of ui.LayoutText (the board keeps
	// the heights).
	Text    func(dst *ebiten.Image, s string, box image.Rectangle, o ui.TextOptions)
	Measure func(s string, w int, o ui.TextOptions) int
	Scroller

	// Laid out for width w at scale s: each block's box in the text's
	// area at scroll 0.
	w, n  int
	s     float64
	boxes []image.Rectangle
	// frames are the boxes drawn under groups of Boxed blocks, each in
	// its first block's tone.
	frames []docFrame
	fresh  bool
}

// docFrame is the box of one group of Boxed blocks, at scroll 0.
type docFrame struct {
	r    image.Rectangle
	tone prose.Tone
}

// NewDoc returns an empty Doc with a tooltip.
func NewDoc(size DocSize, paper bool, tip string) *Doc {
	return &Doc{Base: Base{Tip: tip}, Size: size, Paper: paper}
}

// Set replaces the document and scrolls back to the top.
func (v *Doc) Set(d prose.Doc) { v.Blocks, v.Offset, v.fresh = d, 0, false }

// Focusable implements Widget: only when there is more to read.
func (v *Doc) Focusable() bool { return v.Height > v.Rect.Dy() }

// Spoken implements Speaker: the text itself, which is what a scrolling
// page of text is for.
func (v *Doc) Spoken() string { return v.Blocks.String() }

// inner is the text's area at scroll 0.
func (v *Doc) inner(th *ui.Theme) image.Rectangle {
	l, t, r, b := v.Size.margins(th, v.Paper)
	return image.Rect(v.Rect.Min.X+l, v.Rect.Min.Y+t, v.Rect.Max.X-r, v.Rect.Max.Y-b)
}

func (v *Doc) measure(s string, w int, o ui.TextOptions) int {
	if v.Measure != nil {
		return v.Measure(s, w, o)
	}
	o.Wrap = true
	return int(ui.LayoutText(s, image.Rect(0, 0, w, 1<<20), o).Height + 0.999)
}

// layout finds each block's top, relative to the text's area at scroll 0,
// and the content's height; it does nothing when neither the document nor
// the width nor the scale changed.
func (v *Doc) layout(th *ui.Theme) {
	in := v.inner(th)
	if v.fresh && v.w == in.Dx() && v.s == th.Scale && v.n == len(v.Blocks) {
		return
	}
	v.fresh, v.w, v.s, v.n = true, in.Dx(), th.Scale, len(v.Blocks)
	v.boxes, v.frames = v.boxes[:0], v.frames[:0]
	cols := v.columns(th, in.Dx())
	pad := th.Pxi(ui.SpaceBlock) // inside a boxed group
	c, y, end := 0, 0, 0
	for i, b := range v.Blocks {
		if b.Kind == prose.Column {
			c, y = min(c+1, len(cols)-1), 0
			v.boxes = append(v.boxes, image.Rect(cols[c][0], 0, cols[c][1], 0))
			continue
		}
		if i > 0 && v.Blocks[i-1].Kind != prose.Column {
			y += v.Size.gapBefore(th, b.Kind, v.Blocks[i-1].Kind)
			// A block's box runs down to the next one's top (a
			// heading's rule sits in the gap), but not out of its box.
			if !v.Blocks[i-1].Boxed || v.boxedBefore(i) {
				v.boxes[i-1].Max.Y = y
			}
		}
		left, right := cols[c][0], cols[c][1]
		if b.Boxed {
			if !v.boxedBefore(i) {
				v.frames = append(v.frames, docFrame{r: image.Rect(left, y, right, y), tone: b.Tone})
				y += pad
			}
			left, right = left+pad, right-pad
		}
		h := v.blockHeight(th, b, right-left)
		v.boxes = append(v.boxes, image.Rect(left, y, right, y+h))
		y += h
		if b.Boxed && !v.boxedBefore(i+1) {
			y += pad
			v.frames[len(v.frames)-1].r.Max.Y = y
		}
		end = max(end, y)
	}
	_, t, _, bottom := v.Size.margins(th, v.Paper)
	v.Height = t + end + bottom
}

// boxedBefore reports whether block i follows a Boxed block in its column,
// so that both sit in one box.
func (v *Doc) boxedBefore(i int) bool {
	return i > 0 && i < len(v.Blocks) && v.Blocks[i-1].Boxed && v.Blocks[i].Boxed && v.Blocks[i].Kind != prose.Column
}

// columns are the left and right of each column in a text area w wide:
// one, or as many as the document's Column blocks start, each as wide as
// its Share, the first taking what the others leave.
func (v *Doc) columns(th *ui.Theme, w int) [][2]int {
	var shares []float64
	for _, b := range v.Blocks {
		if b.Kind == prose.Column {
			shares = append(shares, b.Share)
		}
	}
	if len(shares) == 0 {
		return [][2]int{{0, w}}
	}
	gap := th.Pxi(docColumnGap)
	room := w - gap*len(shares)
	rest := 1.0
	for _, sh := range shares {
		rest -= sh
	}
	out := make([][2]int, 0, len(shares)+1)
	x := 0
	for _, sh := range append([]float64{rest}, shares...) {
		cw := int(float64(room) * sh)
		out = append(out, [2]int{x, x + cw})
		x += cw + gap
	}
	out[len(out)-1][1] = w
	return out
}

func (v *Doc) blockHeight(th *ui.Theme, b prose.Block, w int) int {
	switch b.Kind {
	case prose.Space:
		return th.Pxi(ui.SpaceSmall)
	case prose.Rule:
		return th.Pxi(ui.SpaceHair)
	case prose.Row:
		if v.rowStacked(th, w) {
			return th.Pxi(docRowStackedH)
		}
		return th.Pxi(docRowH)
	}
	if b.Kind == prose.Bullet {
		w -= (1 + b.Depth) * v.Size.indent(th)
	}
	h := v.measure(blockText(b), max(w, 10), ui.TextOptions{Face: v.Size.face(th, b.Kind)})
	if v.Size.ruled(b.Kind) {
		h += th.Pxi(docRuleRoom) // room for the rule under it
	}
	return h
}

// ContentHeight is the height the document needs at the Doc's width, its
// margins included: more than the Doc's height when it scrolls.
func (v *Doc) ContentHeight(th *ui.Theme) int {
	v.layout(th)
	return v.Height
}

// Update implements Widget.
func (v *Doc) Update(ctx *ui.Context, st State) {
	v.layout(ctx.Theme)
	line := int(ctx.Theme.LineHeight(ui.TextBody))
	if v.Size == DocPanel {
		line = ctx.Theme.Pxi(docPanelLine)
	}
	v.UpdateScroll(ctx.Input, st, v.Rect, line)
}

// Draw implements Widget.
func (v *Doc) Draw(dst *ebiten.Image, th *ui.Theme, _ State) {
	v.layout(th)
	if v.Paper && v.Size == DocPanel {
		ui.FillRoundRect(dst, v.Rect, th.Px(ui.MetricRadius), th.Palette.Paper)
	}
	in := v.inner(th)
	clipR := v.Rect.Inset(th.Pxi(ui.SpaceHair)).Intersect(dst.Bounds())
	clip := dst.SubImage(clipR).(*ebiten.Image)
	cols := v.columns(th, in.Dx())
	for _, c := range cols[1:] {
		// A rule down the middle of the gutter, as a newspaper has.
		x := in.Min.X + c[0] - th.Pxi(docColumnGap)/2
		ui.VLine(clip, x, clipR.Min.Y, clipR.Max.Y, th.Px(ui.MetricBorder), v.Size.colour(th, v.Paper, prose.Muted))
	}
	at := image.Pt(in.Min.X, in.Min.Y-v.Offset)
	for _, f := range v.frames {
		v.drawFrame(clip, th, f.r.Add(at), f.tone)
	}
	for i, b := range v.Blocks {
		r := v.boxes[i].Add(at)
		if b.Kind == prose.Column || r.Max.Y < clipR.Min.Y || r.Min.Y > clipR.Max.Y {
			continue
		}
		if b.Kind == prose.Bullet {
			r.Min.X += (1 + b.Depth) * v.Size.indent(th)
		}
		v.drawBlock(clip, th, b, r)
	}
	DrawScrollbar(dst, th, v.Rect, v.Offset, v.Height)
}

// drawFrame draws a boxed group's box: a faint tint of the ink on the
// page, edged in its first block's tone (the paper's desk: in red).
func (v *Doc) drawFrame(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, tone prose.Tone) {
	p := th.Palette
	ground, ink := p.Surface, p.Text
	if v.Paper {
		ground, ink = p.Paper, p.Ink
	}
	edge := v.Size.colour(th, v.Paper, tone)
	rad := th.Px(docBoxRadius)
	ui.FillRoundRect(dst, r, rad, ui.Mix(ground, ink, 0.07))
	ui.StrokeRoundRect(dst, r, rad, th.Px(ui.MetricBorder), ui.Fade(edge, 0.8))
}

// colour is the ink of a block.
func (v *Doc) colour(th *ui.Theme, b prose.Block) color.RGBA {
	switch {
	case b.Tone == prose.Neutral && (b.Kind == prose.Title || b.Kind == prose.Heading || b.Kind == prose.Caption):
		return v.Size.headingColour(th, v.Paper, b.Kind)
	case b.Tone == prose.Neutral && b.Kind == prose.Note && v.Size == DocNews:
		return v.Size.colour(th, v.Paper, prose.Neutral) // the paper's asides are its text
	case b.Tone == prose.Neutral && (b.Kind == prose.Meta || b.Kind == prose.Note):
		return v.Size.colour(th, v.Paper, prose.Muted)
	}
	return v.Size.colour(th, v.Paper, b.Tone)
}

func (v *Doc) text(dst *ebiten.Image, s string, box image.Rectangle, o ui.TextOptions) {
	if v.Text != nil {
		v.Text(dst, s, box, o)
		return
	}
	if !box.Intersect(dst.Bounds()).Empty() && s != "" {
		ui.DrawTextBox(dst, s, box, o)
	}
}

func (v *Doc) drawBlock(dst *ebiten.Image, th *ui.Theme, b prose.Block, r image.Rectangle) {
	clr := v.colour(th, b)
	face := v.Size.face(th, b.Kind)
	switch b.Kind {
	case prose.Space:
		return
	case prose.Rule:
		y := r.Min.Y + r.Dy()/2
		ui.HLine(dst, r.Min.X, r.Max.X, y, th.Px(ui.MetricBorder), v.Size.colour(th, v.Paper, prose.Muted))
		return
	case prose.Row:
		v.drawRow(dst, th, b, r, clr)
		return
	case prose.Bullet:
		dot := b.Colour
		if dot.A == 0 {
			dot = clr
			if b.Tone == prose.Neutral {
				dot = v.Size.headingColour(th, v.Paper, prose.Caption)
			}
		}
		s := th.Pxi(docDot)
		cy := r.Min.Y + int(ui.LineHeight(face)/2)
		x := r.Min.X - th.Pxi(docDotLead)
		ui.FillRoundRect(dst, image.Rect(x, cy-s/2, x+s, cy-s/2+s), float64(s)/2, dot)
	}
	if v.Size.ruled(b.Kind) {
		ui.HLine(dst, r.Min.X, r.Max.X, r.Max.Y-th.Pxi(ui.SpaceTight), th.Px(ui.MetricBorder), ui.Fade(clr, 0.45))
	}
	box := r
	if v.Size != DocPanel {
		box.Max.Y += th.Pxi(ui.SpaceSnug) // descenders of the last line
	}
	v.text(dst, blockText(b), box, ui.TextOptions{Face: face, Color: clr, Wrap: true})
}

// blockText is what a block says: its text, or a table's rows.
func blockText(b prose.Block) string {
	if b.Kind == prose.Table {
		return b.TableLines()
	}
	return b.Text
}

// rowStacked reports whether rows at width w put their label on a line of
// its own, above the bar, rather than beside it.
func (v *Doc) rowStacked(th *ui.Theme, w int) bool { return w < th.Pxi(docRowMinW) }

// drawRow draws "label  [=====    ]  62%", or the label above the bar when
// the column is narrow; with no Share, only the label and the value.
func (v *Doc) drawRow(dst *ebiten.Image, th *ui.Theme, b prose.Block, r image.Rectangle, clr color.RGBA) {
	face := th.FaceOf(ui.FontRegular, 13)
	line := func(s string, box image.Rectangle, align ui.Align, f ui.TextOptions) {
		f.Color, f.HAlign, f.VAlign = clr, align, ui.AlignCenter
		v.text(dst, s, box, f)
	}
	labelW := r.Dx() * 9 / 20
	noteW := th.Pxi(docRowNoteW)
	if v.rowStacked(th, r.Dx()) {
		line(b.Text, image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+th.Pxi(docRowLabelH)), ui.AlignStart, ui.TextOptions{Face: face})
		r.Min.Y += th.Pxi(docRowLabelStep)
		labelW = 0
	} else {
		line(b.Text, image.Rect(r.Min.X, r.Min.Y, r.Min.X+labelW-th.Pxi(ui.SpaceSmall), r.Max.Y), ui.AlignStart, ui.TextOptions{Face: face})
	}
	bc := b.Colour
	if bc.A == 0 {
		bc = th.Palette.Accent
	}
	h := th.Pxi(ui.SpaceLine)
	cy := r.Min.Y + r.Dy()/2
	Meter(dst, th, image.Rect(r.Min.X+labelW, cy-h/2, r.Max.X-noteW, cy-h/2+h), b.Share, bc)
	line(b.Value, image.Rect(r.Max.X-noteW, r.Min.Y, r.Max.X, r.Max.Y), ui.AlignEnd, ui.TextOptions{Face: th.FaceOf(ui.FontMedium, 13)})
}
