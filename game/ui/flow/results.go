package flow

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

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
	news   turns.Morning
	done   func(*ui.Context)
	form   *widget.Form
	next   *widget.Button
	sheet  image.Rectangle
	in     image.Rectangle // the sheet inside its margins
	page   *widget.Doc     // below the dateline: the part that scrolls
	lay    ui.LayoutKey
	margin int
}

// The sheet's measures at scale 1: its corners and shadow, its margins at
// the sides and at the top and foot, its width in a wide window, and its
// top in a tall and in a short window.
const (
	sheetRadius   = 3
	sheetShadow   = 14
	sheetPadX     = 30
	sheetPadY     = 18
	sheetW        = 1120
	sheetTop      = 40
	sheetTopShort = 30
	sheetFootGap  = 18
	mastheadFoot  = 16 // under the dateline's rule
)

func newResults(m *turns.Match, actor string, page turns.Morning, done func(*ui.Context)) *results {
	r := &results{m: m, actor: actor, news: page, done: done, page: widget.NewDoc(widget.DocNews, true, "")}
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
	if !r.lay.Changed(ctx) {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	r.margin, _ = frame(ctx)
	top := th.Pxi(sheetTop)
	if float64(H)/th.Scale < 700 {
		top = th.Pxi(sheetTopShort)
	}
	w := min(W-2*r.margin, th.Pxi(sheetW))
	r.sheet = image.Rect((W-w)/2, top, (W+w)/2, footerY(th, H)-th.Pxi(sheetFootGap))
	padX, padY := th.Pxi(sheetPadX), th.Pxi(sheetPadY)
	r.in = image.Rect(r.sheet.Min.X+padX, r.sheet.Min.Y+padY, r.sheet.Max.X-padX, r.sheet.Max.Y-padY)
	body := r.in.Min.Y + int(ui.LineHeight(mastFace(th))) - th.Pxi(ui.SpaceSnug) + th.Pxi(ui.SpaceGap) +
		int(ui.LineHeight(datelineFace(th))) + th.Pxi(ui.SpaceHair) + th.Pxi(mastheadFoot)
	// The page's margins lie in the sheet's: its text starts at the
	// sheet's inner edge, and its scrollbar is in the sheet's margin.
	edge := th.Pxi(ui.SpaceSnug)
	r.page.SetBounds(image.Rect(r.in.Min.X-edge, body-edge, r.in.Max.X+th.Pxi(ui.MetricPad), r.in.Max.Y+edge))
	r.placeDesk(th)
	footerBeforeBoard(th, r.next, r.margin+screen.HintsWidth(th, resultsHints()), W, H)
}

// Update implements ui.Scene.
func (r *results) Update(ctx *ui.Context) error {
	r.layout(ctx)
	r.form.Update(ctx)
	confirmOr(ctx, r.done)
	// The page scrolls when its news is longer than the sheet: the wheel
	// over it, or the arrow, page, Home and End keys (Enter still goes on).
	r.page.Update(ctx, widget.State{Hovered: ctx.Input.Cursor().In(r.page.Rect), Focused: true})
	return nil
}

// placeDesk sets the page with the confidential desk under the stories
// when that fits the sheet, else under the news in brief when that makes
// the page shorter (the page then scrolls).
func (r *results) placeDesk(th *ui.Theme) {
	r.page.Set(frontPage(r.news, false))
	below := r.page.ContentHeight(th)
	if below <= r.page.Rect.Dy() || len(r.news.Desk) == 0 {
		return
	}
	r.page.Set(frontPage(r.news, true))
	if r.page.ContentHeight(th) >= below {
		r.page.Set(frontPage(r.news, false))
	}
}

// Draw implements ui.Scene.
func (r *results) Draw(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	screen.DrawBackdrop(dst, th)
	s := r.sheet
	rad := th.Px(sheetRadius)
	ui.DrawShadow(dst, s, rad, th.Px(sheetShadow), p.Shadow)
	ui.FillRoundRect(dst, s, rad, p.Paper)
	ink := p.Ink

	// Masthead, double rule, dateline.
	in := r.in
	mast := mastFace(th)
	cx := float64(in.Min.X+in.Max.X) / 2
	ui.DrawText(dst, Masthead, mast, cx, float64(in.Min.Y), ink, ui.AlignCenter)
	y := in.Min.Y + int(ui.LineHeight(mast)) - th.Pxi(ui.SpaceSnug)
	ui.HLine(dst, in.Min.X, in.Max.X, y, th.Px(ui.MetricStroke), ink)
	ui.HLine(dst, in.Min.X, in.Max.X, y+th.Pxi(ui.SpaceSnug), th.Px(ui.MetricBorder), ink)
	y += th.Pxi(ui.SpaceGap)
	small := datelineFace(th)
	edition := fmt.Sprintf("TURN %d OF %d", r.news.Turn, r.news.Turns)
	if r.news.Over {
		edition = "FINAL EDITION"
	}
	ui.DrawText(dst, strings.ToUpper(r.news.Date.Pretty()), small, float64(in.Min.X), float64(y), ink, ui.AlignStart)
	ui.DrawText(dst, edition, small, cx, float64(y), ink, ui.AlignCenter)
	ui.DrawText(dst, "DELIVERED TO "+strings.ToUpper(r.m.Actor(r.actor).Name), small, float64(in.Max.X), float64(y), ink, ui.AlignEnd)
	y += int(ui.LineHeight(small)) + th.Pxi(ui.SpaceHair)
	ui.HLine(dst, in.Min.X, in.Max.X, y, th.Px(ui.MetricBorder), ink)

	r.page.Draw(dst, th, widget.State{})
	r.form.Draw(dst, th)
	screen.DrawHints(dst, th, resultsHints(),
		r.margin, footerY(th, dst.Bounds().Max.Y), ui.AlignStart)
}

func mastFace(th *ui.Theme) text.Face     { return th.FaceOf(ui.FontSmallcaps, 46) }
func datelineFace(th *ui.Theme) text.Face { return th.FaceOf(ui.FontMedium, 13) }

// resultsHints are the keys the front page's footer names (a new slice
// each call).
func resultsHints() []screen.Hint {
	return []screen.Hint{{Key: "Enter", Label: "Continue"}, {Key: "F1", Label: "Help"}}
}
