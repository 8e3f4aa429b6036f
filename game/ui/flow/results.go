package flow

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// Masthead is the name of the paper the morning's headlines appear in.
const Masthead = "The Morning Cable"

// results is the morning's front page after a turn: the public news of the
// resolution and the new morning, and what only this player knows.
type results struct {
	m      *turns.Match
	actor  string
	page   turns.Morning
	done   func(*ui.Context)
	form   *widget.Form
	next   *widget.Button
	sheet  image.Rectangle
	plan   sheetPlan
	scroll widget.Scroller
	lay    layoutKey
	margin int
}

func newResults(m *turns.Match, actor string, page turns.Morning, done func(*ui.Context)) *results {
	r := &results{m: m, actor: actor, page: page, done: done}
	label, tip := "Continue to the board", "Read the letters and play turn "+fmt.Sprint(page.Turn)+". (Enter)"
	if page.Over {
		label, tip = "Continue to the debrief", "See how it ended: scores, what happened in history, the true types. (Enter)"
	}
	r.next = widget.NewButton(widget.ButtonConfig{Text: label, Style: widget.ButtonPrimary, Tooltip: tip,
		OnClick: func(ctx *ui.Context) { r.done(ctx) }})
	r.form = widget.NewForm(r.next)
	return r
}

// Enter implements ui.Enterer.
func (r *results) Enter(ctx *ui.Context) {
	r.layout(ctx)
	r.form.Focus(r.next)
}

func (r *results) layout(ctx *ui.Context) {
	if !r.lay.changed(ctx) {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	r.margin, _ = frame(ctx)
	top := th.Pxi(40)
	if float64(H)/th.Scale < 700 {
		top = th.Pxi(30)
	}
	w := min(W-2*r.margin, th.Pxi(1120))
	r.sheet = image.Rect((W-w)/2, top, (W+w)/2, footerY(th, H)-th.Pxi(18))
	r.plan = r.planSheet(th, r.sheet)
	r.scroll.Height = r.plan.height
	r.scroll.Offset = max(0, min(r.scroll.Offset, r.plan.height-r.plan.body.Dy()))
	footerBeforeBoard(th, r.next, r.margin+screen.HintsWidth(th, resultsHints), W, H)
}

// Update implements ui.Scene.
func (r *results) Update(ctx *ui.Context) error {
	r.layout(ctx)
	r.form.Update(ctx)
	confirmOr(ctx, r.done)
	// The page scrolls when its news is longer than the sheet: the wheel
	// over it, or the arrow, page, Home and End keys (Enter still goes on).
	in := ctx.Input
	st := widget.State{Hovered: in.Cursor().In(r.plan.body), Focused: true}
	r.scroll.UpdateScroll(in, st, r.plan.body, ctx.Theme.Pxi(40))
	return nil
}

// sheetPlan is where the front page's parts go, worked out by layout.
type sheetPlan struct {
	in     image.Rectangle // the sheet inside its margins
	body   image.Rectangle // below the dateline: the part that scrolls
	split  int             // the left edge of the side column's gap
	gap    int
	desk   deskPlace
	deskH  int // the confidential box's height where it goes
	height int // the body's content, as tall as its longer column
}

// deskPlace is where the confidential items go.
type deskPlace int

const (
	deskNone deskPlace = iota
	deskMain           // under the stories
	deskSide           // at the foot of the news in brief
)

// plan measures the page for the sheet s: the confidential desk goes under
// the stories when they leave room, else at the foot of the side column
// when that leaves room, else under the stories, and the page scrolls.
func (r *results) planSheet(th *ui.Theme, s image.Rectangle) sheetPlan {
	pad := th.Pxi(30)
	var pl sheetPlan
	pl.in = image.Rect(s.Min.X+pad, s.Min.Y+th.Pxi(18), s.Max.X-pad, s.Max.Y-th.Pxi(18))
	mast := th.FaceOf(ui.FontSmallcaps, 46)
	small := th.FaceOf(ui.FontMedium, 13)
	top := pl.in.Min.Y + int(ui.LineHeight(mast)) - th.Pxi(ui.SpaceSnug) + th.Pxi(ui.SpaceGap) + int(ui.LineHeight(small)) + th.Pxi(ui.SpaceHair) + th.Pxi(16)
	pl.body = image.Rect(pl.in.Min.X, top, pl.in.Max.X, pl.in.Max.Y)
	pl.gap = th.Pxi(28)
	pl.split = pl.in.Min.X + (pl.in.Dx()-pl.gap)*64/100
	tall := 1 << 20
	mainH := r.drawMain(nil, th, image.Rect(pl.in.Min.X, 0, pl.split, tall))
	sideH := r.drawSide(nil, th, image.Rect(pl.split+pl.gap, 0, pl.in.Max.X, tall))
	pl.height = max(mainH, sideH)
	if len(r.page.Desk) == 0 {
		return pl
	}
	inMain := r.drawDesk(nil, th, image.Rect(pl.in.Min.X, 0, pl.split, tall))
	inSide := r.drawDesk(nil, th, image.Rect(pl.split+pl.gap, 0, pl.in.Max.X, tall))
	room, gap := pl.body.Dy(), th.Pxi(ui.SpaceGap)
	switch {
	case mainH+gap+inMain <= room:
		pl.desk, pl.deskH = deskMain, inMain
	case sideH+gap+inSide <= room:
		pl.desk, pl.deskH = deskSide, inSide
	default:
		pl.desk, pl.deskH = deskMain, inMain
		pl.height = max(pl.height, mainH+gap+inMain)
	}
	return pl
}

// Draw implements ui.Scene.
func (r *results) Draw(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	screen.DrawBackdrop(dst, th)
	s := r.sheet
	rad := th.Px(3)
	ui.DrawShadow(dst, s, rad, th.Px(14), p.Shadow)
	ui.FillRoundRect(dst, s, rad, p.Paper)
	ink, faint := p.Ink, ui.Mix(p.Paper, p.Ink, 0.35)

	// Masthead, double rule, dateline.
	pl := r.plan
	in := pl.in
	mast := th.FaceOf(ui.FontSmallcaps, 46)
	cx := float64(in.Min.X+in.Max.X) / 2
	ui.DrawText(dst, Masthead, mast, cx, float64(in.Min.Y), ink, ui.AlignCenter)
	y := in.Min.Y + int(ui.LineHeight(mast)) - th.Pxi(ui.SpaceSnug)
	ui.HLine(dst, in.Min.X, in.Max.X, y, th.Px(ui.MetricStroke), ink)
	ui.HLine(dst, in.Min.X, in.Max.X, y+th.Pxi(ui.SpaceSnug), th.Px(ui.MetricBorder), ink)
	y += th.Pxi(ui.SpaceGap)
	small := th.FaceOf(ui.FontMedium, 13)
	edition := fmt.Sprintf("TURN %d OF %d", r.page.Turn, r.page.Turns)
	if r.page.Over {
		edition = "FINAL EDITION"
	}
	ui.DrawText(dst, strings.ToUpper(r.page.Date.Pretty()), small, float64(in.Min.X), float64(y), ink, ui.AlignStart)
	ui.DrawText(dst, edition, small, cx, float64(y), ink, ui.AlignCenter)
	ui.DrawText(dst, "DELIVERED TO "+strings.ToUpper(r.m.Actor(r.actor).Name), small, float64(in.Max.X), float64(y), ink, ui.AlignEnd)
	y += int(ui.LineHeight(small)) + th.Pxi(ui.SpaceHair)
	ui.HLine(dst, in.Min.X, in.Max.X, y, th.Px(ui.MetricBorder), ink)

	// The body, scrolled: drawn into a clip of the sheet below the dateline.
	body := pl.body
	ui.VLine(dst, pl.split+pl.gap/2, body.Min.Y, body.Max.Y, th.Px(ui.MetricBorder), faint)
	clip := dst.SubImage(body).(*ebiten.Image)
	top := body.Min.Y - r.scroll.Offset
	bottom := top + max(pl.height, body.Dy())
	main := image.Rect(in.Min.X, top, pl.split, bottom)
	side := image.Rect(pl.split+pl.gap, top, in.Max.X, bottom)
	used := r.drawMain(clip, th, main)
	sideUsed := r.drawSide(clip, th, side)
	switch pl.desk {
	case deskMain:
		r.drawDesk(clip, th, image.Rect(main.Min.X, used+th.Pxi(ui.SpaceGap), main.Max.X, used+th.Pxi(ui.SpaceGap)+pl.deskH))
	case deskSide:
		r.drawDesk(clip, th, image.Rect(side.Min.X, sideUsed+th.Pxi(ui.SpaceGap), side.Max.X, sideUsed+th.Pxi(ui.SpaceGap)+pl.deskH))
	}
	widget.DrawScrollbar(dst, th, image.Rect(in.Max.X+th.Pxi(ui.SpaceLine), body.Min.Y, in.Max.X+th.Pxi(ui.MetricPad), body.Max.Y),
		r.scroll.Offset, pl.height)
	r.form.Draw(dst, th)
	screen.DrawHints(dst, th, resultsHints,
		r.margin, footerY(th, dst.Bounds().Max.Y), ui.AlignStart)
}

// drawMain is the left of the page: the lead story and the other
// headlines. It returns where they end; with dst nil it only measures.
func (r *results) drawMain(dst *ebiten.Image, th *ui.Theme, box image.Rectangle) int {
	p := th.Palette
	ink := p.Ink
	col := newColumn(dst, box)
	pg := r.page
	if head, text, ok := pg.Quiet(); ok {
		col.text(head, th.FaceOf(ui.FontBold, 34), ink, th.Pxi(ui.SpaceGap))
		col.text(text, th.FaceOf(ui.FontItalic, 18), ink, th.Pxi(ui.MetricPad))
	}
	if l := pg.Lead; l != nil {
		col.text(l.Headline, th.FaceOf(ui.FontBold, 34), ink, th.Pxi(ui.SpaceGap))
		col.text(l.Text, th.FaceOf(ui.FontRegular, 18), ink, th.Pxi(18))
	}
	for _, s := range pg.Stories {
		col.rule(th, ui.Mix(p.Paper, ink, 0.35), th.Pxi(ui.SpaceBlock))
		col.text(s.Headline, th.FaceOf(ui.FontBold, 22), ink, th.Pxi(ui.SpaceSmall))
		col.text(s.Text, th.Face(ui.TextBody), ink, th.Pxi(ui.MetricPad))
	}
	if pg.Over {
		col.rule(th, ui.Mix(p.Paper, ink, 0.35), th.Pxi(ui.SpaceBlock))
		col.text("The episode is over. The debrief shows how each government did, what really happened, and who was who.",
			th.FaceOf(ui.FontItalic, 17), ink, 0)
	}
	return col.y
}

// drawSide is the right of the page: the news in brief. It returns where
// it ends; with dst nil it only measures.
func (r *results) drawSide(dst *ebiten.Image, th *ui.Theme, box image.Rectangle) int {
	ink := th.Palette.Ink
	pg := r.page
	col := newColumn(dst, box)
	col.text("IN BRIEF", th.Face(ui.TextCaption), ink, th.Pxi(ui.SpaceLine))
	if len(pg.Briefs) == 0 {
		col.text("Nothing else to report.", th.FaceOf(ui.FontItalic, 15), ink, 0)
	}
	for _, s := range pg.Briefs {
		col.text("■ "+s.Text, th.FaceOf(ui.FontRegular, 15), ink, th.Pxi(7))
	}
	if pg.More > 0 {
		col.text(fmt.Sprintf("%d more items in your inbox.", pg.More), th.FaceOf(ui.FontItalic, 14), ink, 0)
	}
	return col.y
}

// drawDesk draws the player's confidential items in a box and returns the
// height they need; with dst nil it only measures.
func (r *results) drawDesk(dst *ebiten.Image, th *ui.Theme, box image.Rectangle) int {
	p := th.Palette
	pad := th.Pxi(ui.SpaceBlock)
	if dst != nil {
		ui.FillRoundRect(dst, box, th.Px(3), ui.Mix(p.Paper, p.Ink, 0.07))
		ui.StrokeRoundRect(dst, box, th.Px(3), th.Px(ui.MetricBorder), ui.Fade(p.Danger, 0.8))
	}
	dc := newColumn(dst, box.Inset(pad))
	dc.text("FOR YOUR EYES ONLY", th.FaceOf(ui.FontBold, 13), p.Danger, th.Pxi(ui.SpaceLine))
	for _, s := range r.page.Desk {
		t := s.Text
		if s.Headline != "" {
			t = s.Headline + ": " + t
		}
		dc.text(t, th.FaceOf(ui.FontMono, 14), p.Ink, th.Pxi(7))
	}
	return dc.y - box.Min.Y + pad
}

// resultsHints are the keys the front page's footer names.
var resultsHints = []screen.Hint{{Key: "Enter", Label: "Continue"}, {Key: "F1", Label: "Help"}}
