package flow

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// Masthead is the name of the paper the morning's headlines appear in.
const Masthead = "The Morning Cable"

// results is the morning's front page after a turn: the public news of the
// resolution and the new morning, and what only this player knows.
type results struct {
	m      *match
	actor  string
	page   Morning
	done   func(*ui.Context)
	form   *widget.Form
	next   *widget.Button
	sheet  image.Rectangle
	lay    layoutKey
	margin int
}

func newResults(m *match, actor string, page Morning, done func(*ui.Context)) *results {
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
	footerBeforeBoard(th, r.next, r.margin+screen.HintsWidth(th, resultsHints), W, H)
}

// Update implements ui.Scene.
func (r *results) Update(ctx *ui.Context) error {
	r.layout(ctx)
	r.form.Update(ctx)
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionConfirm):
		r.done(ctx)
	case in.Consume(ui.ActionHelp):
		ctx.Push(screen.NewHelp())
	case in.Consume(ui.ActionSettings):
		ctx.Push(screen.NewSettings())
	}
	return nil
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
	pad := th.Pxi(30)
	in := image.Rect(s.Min.X+pad, s.Min.Y+th.Pxi(18), s.Max.X-pad, s.Max.Y-th.Pxi(18))
	mast := th.FaceOf(ui.FontSmallcaps, 46)
	cx := float64(in.Min.X+in.Max.X) / 2
	ui.DrawText(dst, Masthead, mast, cx, float64(in.Min.Y), ink, ui.AlignCenter)
	y := in.Min.Y + int(ui.LineHeight(mast)) - th.Pxi(4)
	ui.HLine(dst, in.Min.X, in.Max.X, y, th.Px(2), ink)
	ui.HLine(dst, in.Min.X, in.Max.X, y+th.Pxi(4), th.Px(1), ink)
	y += th.Pxi(10)
	small := th.FaceOf(ui.FontMedium, 13)
	edition := fmt.Sprintf("TURN %d OF %d", r.page.Turn, r.page.Turns)
	if r.page.Over {
		edition = "FINAL EDITION"
	}
	ui.DrawText(dst, strings.ToUpper(r.page.Date.Pretty()), small, float64(in.Min.X), float64(y), ink, ui.AlignStart)
	ui.DrawText(dst, edition, small, cx, float64(y), ink, ui.AlignCenter)
	ui.DrawText(dst, "DELIVERED TO "+strings.ToUpper(r.m.actor(r.actor).Name), small, float64(in.Max.X), float64(y), ink, ui.AlignEnd)
	y += int(ui.LineHeight(small)) + th.Pxi(2)
	ui.HLine(dst, in.Min.X, in.Max.X, y, th.Px(1), ink)
	y += th.Pxi(16)

	gap := th.Pxi(28)
	split := in.Min.X + (in.Dx()-gap)*64/100
	main := image.Rect(in.Min.X, y, split, in.Max.Y)
	side := image.Rect(split+gap, y, in.Max.X, in.Max.Y)
	ui.VLine(dst, split+gap/2, y, in.Max.Y, th.Px(1), faint)

	// The confidential desk goes under the stories when they leave room,
	// else at the foot of the side column.
	used := r.drawMain(nil, th, main)
	deskH := r.drawDesk(nil, th, image.Rect(main.Min.X, 0, main.Max.X, 1<<20))
	deskInMain := len(r.page.Desk) > 0 && main.Max.Y-used-th.Pxi(18) >= min(deskH, th.Pxi(150))
	r.drawMain(dst, th, main)
	if deskInMain {
		box := image.Rect(main.Min.X, used+th.Pxi(10), main.Max.X, min(main.Max.Y, used+th.Pxi(10)+deskH))
		r.drawDesk(dst, th, box)
		r.drawSide(dst, th, side, false)
	} else {
		r.drawSide(dst, th, side, len(r.page.Desk) > 0)
	}
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
	if pg.Lead == nil && len(pg.Stories) == 0 {
		col.text("A quiet "+game.SpanWord(max(pg.Days, 1)), th.FaceOf(ui.FontBold, 34), ink, th.Pxi(10))
		col.text("No government made news in public. What moved, moved behind closed doors: check your inbox and the analyst panel.",
			th.FaceOf(ui.FontItalic, 18), ink, th.Pxi(14))
	}
	if l := pg.Lead; l != nil {
		col.text(l.Headline, th.FaceOf(ui.FontBold, 34), ink, th.Pxi(10))
		col.text(l.Text, th.FaceOf(ui.FontRegular, 18), ink, th.Pxi(18))
	}
	for _, s := range pg.Stories {
		col.rule(th, ui.Mix(p.Paper, ink, 0.35), th.Pxi(12))
		col.text(s.Headline, th.FaceOf(ui.FontBold, 22), ink, th.Pxi(6))
		col.text(s.Text, th.Face(ui.TextBody), ink, th.Pxi(14))
	}
	if pg.Over {
		col.rule(th, ui.Mix(p.Paper, ink, 0.35), th.Pxi(12))
		col.text("The episode is over. The debrief shows how each government did, what really happened, and who was who.",
			th.FaceOf(ui.FontItalic, 17), ink, 0)
	}
	return col.y
}

// drawSide is the right of the page: news in brief and, when withDesk,
// the player's own confidential items at its foot.
func (r *results) drawSide(dst *ebiten.Image, th *ui.Theme, box image.Rectangle, withDesk bool) {
	ink := th.Palette.Ink
	pg := r.page
	deskH := 0
	if withDesk {
		need := r.drawDesk(nil, th, image.Rect(box.Min.X, 0, box.Max.X, 1<<20))
		deskH = min(box.Dy()*6/10, need) + th.Pxi(10)
	}
	col := newColumn(dst, image.Rect(box.Min.X, box.Min.Y, box.Max.X, box.Max.Y-deskH))
	col.text("IN BRIEF", th.Face(ui.TextCaption), ink, th.Pxi(8))
	if len(pg.Briefs) == 0 {
		col.text("Nothing else to report.", th.FaceOf(ui.FontItalic, 15), ink, 0)
	}
	for _, s := range pg.Briefs {
		col.text("■ "+s.Text, th.FaceOf(ui.FontRegular, 15), ink, th.Pxi(7))
	}
	if pg.More > 0 {
		col.text(fmt.Sprintf("%d more items in your inbox.", pg.More), th.FaceOf(ui.FontItalic, 14), ink, 0)
	}
	if withDesk {
		r.drawDesk(dst, th, image.Rect(box.Min.X, box.Max.Y-deskH+th.Pxi(10), box.Max.X, box.Max.Y))
	}
}

// drawDesk draws the player's confidential items in a box and returns the
// height they need; with dst nil it only measures.
func (r *results) drawDesk(dst *ebiten.Image, th *ui.Theme, box image.Rectangle) int {
	p := th.Palette
	pad := th.Pxi(12)
	if dst != nil {
		ui.FillRoundRect(dst, box, th.Px(3), ui.Mix(p.Paper, p.Ink, 0.07))
		ui.StrokeRoundRect(dst, box, th.Px(3), th.Px(1), ui.Fade(p.Danger, 0.8))
	}
	dc := newColumn(dst, box.Inset(pad))
	dc.text("FOR YOUR EYES ONLY", th.FaceOf(ui.FontBold, 13), p.Danger, th.Pxi(8))
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
