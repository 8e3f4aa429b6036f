package board

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/widget"
)

// analyst is the analyst panel: for the actor selected (on the map or
// here), what the player believes its hidden type to be, why that belief
// moved, and what its AI seat said about the player's offers. For the
// player's own government it shows the truth only the player knows.
type analyst struct {
	b     *Board
	chips *chipSet     // actors as chips, when they fit on one line
	find  *actorFinder // or a search box, when they do not
	doc   *docView     // who they are and what you believe
	why   *docView     // why it moved, what they said; beside doc when there is room
	rect  image.Rectangle
	split bool
}

func newAnalyst(b *Board) *analyst {
	a := &analyst{b: b}
	a.chips = &chipSet{p: b.paint, single: true, size: 11,
		onToggle: func(ctx *ui.Context, i int) { b.selectActor(i) }}
	a.chips.Tip = "Choose whom to study."
	a.find = newActorFinder(b.selectActor, func(bool) { a.fit() })
	a.find.List.Text = b.paint.text
	a.doc = newDocView(b.paint, false, "")
	a.doc.Tip = "What you believe about them. Scroll with the wheel, or the arrow keys when it has focus."
	a.why = newDocView(b.paint, false, "")
	a.why.Tip = "Why your beliefs moved, and what their government said about your offers."
	return a
}

func (a *analyst) widgets() []widget.Widget { return []widget.Widget{a.chips, a.find, a.doc, a.why} }

// rebuild refreshes the actor list and the page for the selection.
func (a *analyst) rebuild() {
	v := a.b.snap.v
	var chips []chip
	var opts []string
	for i, ad := range v.Scenario.Actors {
		label := shortName(v, ad.ID)
		if i == v.Me {
			label = "You"
		}
		chips = append(chips, chip{label: label, colour: actorColour(a.b.palette(), ad.Colour, i), on: i == a.b.selected,
			tip: "Study " + shortName(v, ad.ID) + "."})
		opts = append(opts, shortName(v, ad.ID))
	}
	a.chips.chips = chips
	a.chips.cursor = a.b.selected
	a.find.SetItems(opts)
	a.find.Select(a.b.selected)
	a.find.Field.Placeholder = "Study: " + opts[a.b.selected]
	a.fit()
	a.fill()
}

// fill puts the pages for the selection in one view or two.
func (a *analyst) fill() {
	who, why := a.b.analystDoc(a.b.selected)
	if a.split {
		a.doc.setBlocks(who)
		a.why.setBlocks(why)
		return
	}
	a.doc.setBlocks(append(who, why...))
	a.why.setBlocks(nil)
}

// layout places the panel in r.
func (a *analyst) layout(th *ui.Theme, r image.Rectangle) {
	a.rect = r
	a.fit()
}

// fit places the actor chips in the card's title strip when they fit
// there, a search box otherwise, and the pages below (or the search box's
// list of governments, while it is open).
func (a *analyst) fit() {
	th := a.b.theme
	if th == nil || a.rect.Empty() {
		return
	}
	body := cardBody(th, a.rect)
	strip := cardTitle(th, a.rect)
	titleW := advance("Analyst", th.FaceOf(ui.FontSmallcaps, 17)) + th.Pxi(analystTitlePad)
	room := image.Rect(strip.Min.X+titleW, strip.Min.Y-th.Pxi(ui.SpaceHair), strip.Max.X, strip.Max.Y)
	a.chips.SetBounds(room)
	w := a.chips.Width(th)
	one := w <= room.Dx() && a.chips.Height(th) <= room.Dy()+1
	if one {
		a.chips.SetBounds(image.Rect(room.Max.X-w, room.Min.Y, room.Max.X, room.Max.Y))
	}
	a.chips.SetHidden(!one)
	a.find.SetHidden(one)
	top := body.Min.Y + th.Pxi(ui.SpaceHair)
	a.find.place(image.Rect(max(room.Min.X, room.Max.X-th.Pxi(analystPickerW)), room.Min.Y, room.Max.X, room.Max.Y),
		image.Rect(body.Min.X, top, body.Max.X, body.Max.Y))
	split := body.Dx() >= th.Pxi(analystSplitW)
	if split {
		mid := body.Min.X + body.Dx()*47/100
		a.doc.SetBounds(image.Rect(body.Min.X, top, mid-th.Pxi(ui.SpaceLine), body.Max.Y))
		a.why.SetBounds(image.Rect(mid+th.Pxi(ui.SpaceLine), top, body.Max.X, body.Max.Y))
	} else {
		a.doc.SetBounds(image.Rect(body.Min.X, top, body.Max.X, body.Max.Y))
	}
	a.why.SetHidden(!split || a.find.open)
	a.doc.SetHidden(a.find.open)
	if split != a.split && a.b.snap != nil && a.b.snap.v != nil {
		a.split = split
		a.fill()
	}
	a.split = split
}

func (a *analyst) draw(dst *ebiten.Image, th *ui.Theme) {
	drawCard(dst, th, a.b.paint, a.rect, "Analyst", "")
	if a.split && !a.find.open {
		r := a.why.Bounds()
		ui.VLine(dst, r.Min.X-th.Pxi(ui.SpaceLine), r.Min.Y+th.Pxi(ui.SpaceSnug), r.Max.Y-th.Pxi(ui.SpaceSnug), th.Px(ui.MetricBorder), ui.Fade(th.Palette.Border, 0.8))
	}
}

// analystDoc is the analyst's page on actor i: who they are and what the
// player believes (who), and why that moved and what they said (why).
func (b *Board) analystDoc(i int) (who, why prose.Doc) {
	v := b.snap.v
	if i < 0 || i >= len(v.Scenario.Actors) {
		return nil, nil
	}
	if i == v.Me {
		return b.selfDoc()
	}
	ad := v.Scenario.Actors[i]
	c := b.actorRGBA(ad.ID)
	bs := prose.Doc{{Kind: prose.Heading, Text: ad.Name}}
	if ad.Leader != "" {
		bs = append(bs, prose.Block{Kind: prose.Meta, Tone: prose.Muted, Text: ad.Leader})
	}
	bs = append(bs, prose.Block{Kind: prose.Meta, Tone: prose.Muted, Text: fmt.Sprintf("Trust %.0f · support %.0f%% · face %.0f",
		v.Trust[i], v.Support[i], v.Face[i])})
	bs = append(bs,
		prose.Block{Kind: prose.Caption, Text: "What you believe they are"})
	top, _ := topBelief(v.Beliefs[i])
	for k, t := range ad.Types {
		p := 0.0
		if k < len(v.Beliefs[i]) {
			p = v.Beliefs[i][k]
		}
		clr := ui.Fade(c, 0.55)
		if k == top {
			clr = c
		}
		bs = append(bs, prose.Block{Kind: prose.Row, Text: t.Name, Share: p, Value: fmt.Sprintf("%.0f%%", p*100), Colour: clr})
	}
	if top >= 0 && ad.Types[top].Description != "" {
		bs = append(bs, prose.Block{Kind: prose.Note, Tone: prose.Muted, Text: ad.Types[top].Name + ": " + ad.Types[top].Description})
	}

	who, bs = bs, prose.Doc{{Kind: prose.Caption, Text: "Why your view moved"}}
	moves := 0
	for k := len(b.snap.log) - 1; k >= 0 && moves < 4; k-- {
		e := b.snap.log[k]
		if e.Kind != game.KindBelief || e.Actor != v.Actor || e.Other != ad.ID {
			continue
		}
		name := e.Option
		for _, t := range ad.Types {
			if t.ID == e.Option {
				name = t.Name
			}
		}
		bs = append(bs, prose.Block{Kind: prose.Bullet, Colour: c,
			Text: fmt.Sprintf("Turn %d: %s — %s %.0f%% → %.0f%%.", e.Turn, humanCause(v, e.Cause), name, e.Old*100, e.New*100)})
		moves++
	}
	if moves == 0 {
		bs = append(bs, prose.Block{Kind: prose.Para, Tone: prose.Muted, Text: "Nothing has moved it yet: these are the odds anyone would start from. Offers, answers, statements and intelligence will move them."})
	}

	var said prose.Doc
	for _, e := range b.snap.expl[ad.ID] {
		off := v.Offer(e.Offer)
		if off == nil || !b.snap.involvesMe(off) {
			continue
		}
		said = append(said, e.Doc(func(s string) string { return humanCause(v, s) })...)
	}
	if len(said) > 0 {
		bs = append(bs, prose.Block{Kind: prose.Caption, Text: "Their last answers to you"})
		bs = append(bs, said...)
	}
	var stances prose.Doc
	for _, st := range v.Statements {
		if st.Actor == ad.ID && !st.Broken {
			verb := "Insists on"
			if st.Oppose {
				verb = "Rules out"
			}
			stances = append(stances, prose.Block{Kind: prose.Bullet, Colour: c,
				Text: fmt.Sprintf("%s %s (%s), since turn %d", verb, optionName(v, st.Issue, st.Option), issueName(v, st.Issue), st.Turn)})
		}
	}
	if len(stances) > 0 {
		bs = append(bs, prose.Block{Kind: prose.Caption, Text: "Public positions"})
		bs = append(bs, stances...)
	}
	return who, bs
}

// selfDoc is the analyst's page on the player's own government: its true
// type, which only the player knows, and what it can accept.
func (b *Board) selfDoc() (who, why prose.Doc) {
	v := b.snap.v
	ad := v.Scenario.Actors[v.Me]
	t := ad.Types[v.Type]
	bs := prose.Doc{
		{Kind: prose.Heading, Text: ad.Name + " (you)"},
		{Kind: prose.Meta, Tone: prose.Muted, Text: fmt.Sprintf("Support at home %.0f%% · face %.0f · %s of capital a turn", v.Support[v.Me], v.Face[v.Me], plural(v.Capital, "point", "points"))},
		{Kind: prose.Caption, Text: "Your true type (others can only guess)"},
		{Kind: prose.Para, Text: t.Name + ". " + t.Description},
		{Kind: prose.Row, Text: "Reservation", Share: v.Reservation / 100, Value: fmt.Sprintf("%.0f", v.Reservation), Colour: b.palette().Warning},
		{Kind: prose.Row, Text: "Now", Share: v.Utility(v.Options) / 100, Value: fmt.Sprintf("%.0f", v.Utility(v.Options)), Colour: b.palette().Success},
		{Kind: prose.Meta, Tone: prose.Muted, Text: "Reservation is the least a deal must give you before it is worth taking; it rises as support at home falls. Now is what the world as it stands gives you."},
	}
	if len(ad.Objectives) > 0 {
		why = append(why, prose.Block{Kind: prose.Caption, Text: "Your objectives"})
		for _, o := range ad.Objectives {
			why = append(why, prose.Block{Kind: prose.Bullet, Text: o, Colour: b.palette().Accent})
		}
	}
	return bs, why
}
