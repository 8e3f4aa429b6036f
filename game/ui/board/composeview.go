package board

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// place lays the dialog out in two columns: who and what on the left, how
// on the right.
func (c *compose) place(th *ui.Theme, body image.Rectangle) {
	gap := th.Pxi(composeGutter)
	lw := (body.Dx() - gap) * 52 / 100
	left := image.Rect(body.Min.X, body.Min.Y, body.Min.X+lw, body.Max.Y)
	right := image.Rect(left.Max.X+gap, body.Min.Y, body.Max.X, body.Max.Y)
	capH := th.Pxi(ui.SpaceSection)
	rowH := th.Pxi(composeRowH)

	y := left.Min.Y
	c.capTo = image.Rect(left.Min.X, y, left.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	c.to.SetBounds(image.Rect(left.Min.X, y, left.Max.X, y+th.Pxi(composeToRowH)))
	c.shortenRecipients(th)
	toH := c.to.Height(th)
	c.to.SetBounds(image.Rect(left.Min.X, y, left.Max.X, y+toH))
	y += toH + th.Pxi(ui.SpaceBlock)
	c.capTerms = image.Rect(left.Min.X, y, left.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	// The add-term block keeps its height at the foot: the search box
	// and as many terms on offer under it as the package above shows
	// (two to four); the package gets what is left.
	termH := th.Pxi(termRowH)
	fixed := th.Pxi(ui.SpaceBlock) + capH + th.Pxi(ui.SpaceSnug) + rowH + th.Pxi(ui.SpaceLine) + th.Pxi(composeFlagsH)
	rows := min(4, max(2, (left.Max.Y-y-fixed)/termH/2))
	addH := fixed - th.Pxi(ui.SpaceBlock) + rows*termH
	listH := max(2*termH, left.Max.Y-addH-th.Pxi(ui.SpaceBlock)-y)
	c.termList.SetBounds(image.Rect(left.Min.X, y, left.Max.X, y+listH))
	y += listH + th.Pxi(ui.SpaceBlock)
	c.capAdd = image.Rect(left.Min.X, y, left.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	c.find.Place(image.Rect(left.Min.X, y, left.Max.X, y+rowH+rows*termH), rowH)
	y += rowH + rows*termH + th.Pxi(ui.SpaceLine)
	c.flags.SetBounds(image.Rect(left.Min.X+th.Pxi(ui.SpaceLine), y, left.Max.X-th.Pxi(composeAddW+ui.SpaceGap), y+th.Pxi(composeFlagsH)))
	c.add.SetBounds(image.Rect(left.Max.X-th.Pxi(composeAddW), y, left.Max.X, y+th.Pxi(composeFlagsH)))

	face := th.FaceOf(ui.FontRegular, 13)
	explain := func(y int, s string) (image.Rectangle, int) {
		h := c.b.paint.height(s, right.Dx()-th.Pxi(ui.SpaceGap), ui.TextOptions{Face: face})
		h = max(h, int(2*ui.LineHeight(face)))
		return image.Rect(right.Min.X+th.Pxi(ui.SpaceGap), y, right.Max.X, y+h), y + h
	}
	y = right.Min.Y
	c.capLink = image.Rect(right.Min.X, y, right.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	c.linkage.SetBounds(image.Rect(right.Min.X, y, right.Max.X, y+rowH))
	y += rowH + th.Pxi(ui.SpaceSnug)
	c.linkText, y = explain(y, linkageWords[game.LinkExplicit])
	y += th.Pxi(ui.SpaceGap)
	c.capChan = image.Rect(right.Min.X, y, right.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	c.channel.SetBounds(image.Rect(right.Min.X, y, right.Max.X, y+rowH))
	y += rowH + th.Pxi(ui.SpaceSnug)
	c.chanText, y = explain(y, channelWords[game.ChannelForum])
	y += th.Pxi(ui.SpaceGap)
	c.capNote = image.Rect(right.Min.X, y, right.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	noteH := widget.NoteHeight(th, composeNoteLines)
	c.note.SetBounds(image.Rect(right.Min.X, y, right.Max.X, y+noteH))
	y += noteH + th.Pxi(ui.MetricPad)
	c.msgBox = image.Rect(right.Min.X, y, right.Max.X, body.Max.Y)
}

func (c *compose) drawTerm(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs widget.RowState) {
	pal := th.Palette
	v := c.b.snap.v
	drawRowBack(dst, th, r, rs)
	t := c.terms[i]
	tb := image.Rect(c.termDisc(dst, th, r, t.Actor), r.Min.Y, r.Max.X-th.Pxi(termRemoveW+ui.SpaceHair), r.Max.Y)
	s, clr := termText(v, t), pal.Text
	if who := ruledOutBy(v, c.recipients(), t); who != "" {
		s, clr = s+" · ruled out in public by "+who, pal.Warning
	}
	c.b.paint.lineFit(dst, tb, th.FaceOf(ui.FontRegular, 13), clr, ui.AlignStart, s, termText(v, t))
	c.b.paint.line(dst, "×", image.Rect(r.Max.X-th.Pxi(termRemoveW), r.Min.Y, r.Max.X-th.Pxi(ui.SpaceLine), r.Max.Y), th.FaceOf(ui.FontBold, 15), pal.TextMuted, ui.AlignCenter)
}

// termDisc draws the colour of the government a term binds at the start
// of its row, and returns where the term's words begin.
func (c *compose) termDisc(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, actor string) int {
	x := r.Min.X + th.Pxi(ui.SpaceBlock)
	disc(dst, float64(x)+th.Px(ui.SpaceSnug), float64(r.Min.Y+r.Dy()/2), th.Px(termDotR), c.b.actorRGBA(actor))
	return x + th.Pxi(ui.MetricPad)
}

// drawExtras draws the captions, the explanations and the verdict.
func (c *compose) drawExtras(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	p := c.b.paint
	to := "To"
	if c.counterTo != "" {
		to = "To (the other parties to the offer)"
	}
	c.caption(dst, th, to, c.capTo)
	c.caption(dst, th, "The package", c.capTerms)
	c.caption(dst, th, "Add a term", c.capAdd)
	c.caption(dst, th, "Linkage", c.capLink)
	c.caption(dst, th, "Channel", c.capChan)
	c.caption(dst, th, "Covering note", c.capNote)
	ui.FillRoundRect(dst, c.termList.Bounds(), th.Px(issueSegRadius), ui.Fade(pal.Background, 0.45))
	face := th.FaceOf(ui.FontRegular, 13)
	opts := ui.TextOptions{Face: face, Color: pal.TextMuted, Wrap: true}
	p.text(dst, linkageWords[c.links[c.linkage.sel]], c.linkText, opts)
	ch := c.chans[c.channel.sel]
	cost := game.Order{Kind: game.OrderPropose, Channel: ch}.Cost(c.b.snap.v.Rules)
	p.text(dst, fmt.Sprintf("%s Costs %s.", channelWords[ch], plural(cost, "point", "points")), c.chanText, opts)
	drawVerdict(dst, th, p, c.msgBox, c.msg, c.msgBad)
}

// drawVerdict draws the dialog's verdict on the order: what is wrong in
// red, or what it costs in green.
func drawVerdict(dst *ebiten.Image, th *ui.Theme, p *painter, r image.Rectangle, msg string, bad bool) {
	if msg == "" || r.Dy() < th.Pxi(ui.SpaceLoose) {
		return
	}
	pal := th.Palette
	edge := pal.Success
	if bad {
		edge = pal.Danger
	}
	// As tall as the message, not the space left for it.
	face := th.FaceOf(ui.FontRegular, 13)
	need := p.height(msg, r.Dx()-th.Pxi(verdictTextX+ui.SpaceGap), ui.TextOptions{Face: face}) + th.Pxi(verdictPadY)
	r.Max.Y = min(r.Max.Y, r.Min.Y+max(need, th.Pxi(verdictMinH)))
	ui.FillRoundRect(dst, r, th.Px(ui.MetricRadius), ui.Mix(pal.Surface, edge, 0.12))
	ui.FillRect(dst, image.Rect(r.Min.X, r.Min.Y+th.Pxi(ui.SpaceSmall), r.Min.X+th.Pxi(ui.SpaceTight), r.Max.Y-th.Pxi(ui.SpaceSmall)), edge)
	// A tick or a bang, drawn: the fonts have no check mark.
	cx, cy := float64(r.Min.X)+th.Px(verdictIconX), float64(r.Min.Y)+th.Px(verdictPadY)
	disc(dst, cx, cy, th.Px(verdictIconR), edge)
	if bad {
		segment(dst, cx, cy-th.Px(bangTop), cx, cy+th.Px(bangFoot), th.Px(iconStroke), pal.Surface)
		disc(dst, cx, cy+th.Px(bangDotY), th.Px(bangDotR), pal.Surface)
	} else {
		segment(dst, cx-th.Px(tickLeft), cy, cx-th.Px(tickFootX), cy+th.Px(tickFootY), th.Px(iconStroke), pal.Surface)
		segment(dst, cx-th.Px(tickJoinX), cy+th.Px(tickFootY), cx+th.Px(tickLeft), cy-th.Px(tickFootY), th.Px(iconStroke), pal.Surface)
	}
	tb := image.Rect(r.Min.X+th.Pxi(verdictTextX), r.Min.Y+th.Pxi(ui.SpaceLine), r.Max.X-th.Pxi(ui.SpaceGap), r.Max.Y-th.Pxi(ui.SpaceSmall))
	p.text(dst, msg, tb, ui.TextOptions{Face: face, Color: pal.Text, Wrap: true})
}

// ruledOutBy names the recipients that have publicly ruled out the option
// a term asks for: they would lose face agreeing to it.
func ruledOutBy(v *game.View, to []string, t game.Term) string {
	var who []string
	for _, st := range v.Statements {
		if st.Oppose && !st.Broken && st.Issue == t.Issue && st.Option == t.Option && contains(to, st.Actor) && !contains(who, st.Actor) {
			who = append(who, st.Actor)
		}
	}
	if len(who) == 0 {
		return ""
	}
	return names(v, who)
}
