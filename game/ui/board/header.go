package board

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// drawHeader draws the strip across the top: the scenario and the date on
// the left; on the right the government the player leads, its political
// capital as dots (hollow for points this turn's orders spend) and its
// support at home.
func (b *Board) drawHeader(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	p := b.paint
	r := b.lay.Header
	v := b.snap.v
	ui.HLine(dst, r.Min.X, r.Max.X, r.Max.Y-th.Pxi(ui.SpaceHair), th.Px(headerRule), ui.Fade(pal.Accent, 0.7))
	ui.HLine(dst, r.Min.X, r.Max.X, r.Max.Y+th.Pxi(ui.MetricBorder), th.Px(ui.MetricBorder), ui.Fade(pal.Accent, 0.25))

	// Right to left: the buttons (widgets), then support, capital, actor.
	x := b.helpBtn.Bounds().Min.X
	if m := b.menuBtn.Bounds(); !m.Empty() {
		x = min(x, m.Min.X)
	}
	x -= th.Pxi(ui.SpaceLoose)
	top, mid := r.Min.Y+th.Pxi(ui.SpaceSnug), r.Min.Y+(r.Dy()-th.Pxi(ui.SpaceSnug))/2
	capFace := th.FaceOf(ui.FontSmallcaps, 12)
	valFace := th.FaceOf(ui.FontMedium, 15)

	// Support at home.
	sw := max(th.Pxi(supportW), advance("SUPPORT AT HOME", capFace)+th.Pxi(ui.SpaceSnug))
	sup := v.Support[v.Me]
	p.line(dst, "SUPPORT AT HOME", image.Rect(x-sw, top, x, mid), capFace, pal.TextMuted, ui.AlignStart)
	p.line(dst, fmt.Sprintf("%.0f%%", sup), image.Rect(x-sw, mid, x-sw+th.Pxi(supportFigureW), r.Max.Y-th.Pxi(ui.SpaceSmall)), valFace, pal.Text, ui.AlignStart)
	bc := pal.Success
	if sup < 45 {
		bc = pal.Warning
	}
	if sup < 30 {
		bc = pal.Danger
	}
	by := mid + (r.Max.Y-th.Pxi(ui.SpaceSmall)-mid)/2
	widget.Meter(dst, th, image.Rect(x-sw+th.Pxi(supportFigureW+ui.SpaceHair), by-th.Pxi(ui.SpaceTight), x, by+th.Pxi(ui.SpaceTight)), sup/100, bc)
	x -= sw + th.Pxi(ui.SpaceWide)

	// Political capital, as coins.
	spent := b.orders.cost(v.Rules)
	n := max(v.Capital, spent)
	d := th.Pxi(coinD)
	cw := max(n*(d+th.Pxi(coinGap)), advance("POLITICAL CAPITAL", capFace))
	p.line(dst, "POLITICAL CAPITAL", image.Rect(x-cw, top, x, mid), capFace, pal.TextMuted, ui.AlignStart)
	cy := float64(by)
	for k := range n {
		cx := float64(x-cw) + float64(k*(d+th.Pxi(coinGap))) + float64(d)/2
		switch {
		case k >= v.Capital: // over budget: the orders cannot all go
			disc(dst, cx, cy, float64(d)/2, pal.Danger)
		case k < v.Capital-spent:
			disc(dst, cx, cy, float64(d)/2, pal.Accent)
			ring(dst, cx, cy, float64(d)/2, th.Px(ui.MetricBorder), pal.AccentBright)
		default: // spent by this turn's orders
			ring(dst, cx, cy, float64(d)/2-th.Px(coinRingInset), th.Px(headerRule), ui.Fade(pal.Accent, 0.8))
		}
	}
	x -= cw + th.Pxi(ui.SpaceWide)

	// The government the player leads.
	a := v.Scenario.Actors[v.Me]
	aw := min(th.Pxi(leadW), max(0, x-r.Min.X-th.Pxi(leadRoom)))
	if aw > th.Pxi(leadMinW) {
		c := actorColour(pal, a.Colour, v.Me)
		sx := x - aw
		ui.FillRoundRect(dst, image.Rect(sx, top+th.Pxi(ui.SpaceSnug), sx+th.Pxi(ui.SpaceSmall), r.Max.Y-th.Pxi(ui.SpaceLine)), th.Px(leadMarkRadius), c)
		p.line(dst, "YOU LEAD", image.Rect(sx+th.Pxi(ui.MetricPad), top, x, mid), capFace, pal.TextMuted, ui.AlignStart)
		name := a.Name
		if a.Leader != "" {
			name += " · " + a.Leader
		}
		p.lineFit(dst, image.Rect(sx+th.Pxi(ui.MetricPad), mid, x, r.Max.Y-th.Pxi(ui.SpaceSmall)), valFace, pal.Text, ui.AlignStart, name, a.Name, a.Short)
		x = sx - th.Pxi(ui.SpaceLoose)
	}

	// The scenario, the date and the turn.
	left := image.Rect(r.Min.X+th.Pxi(ui.SpaceSnug), top-th.Pxi(ui.SpaceHair), x, mid+th.Pxi(ui.SpaceHair))
	short, _, _ := strings.Cut(v.Scenario.Title, ":")
	p.lineFit(dst, left, th.FaceOf(ui.FontSmallcaps, 22), pal.Text, ui.AlignStart, v.Scenario.Title, short)
	when := fmt.Sprintf("%s  ·  Turn %d of %d", v.Date.Pretty(), v.Turn, v.Turns)
	if v.Over {
		when = fmt.Sprintf("%s  ·  The episode is over", v.Date.Pretty())
	}
	p.line(dst, when, image.Rect(left.Min.X, mid+th.Pxi(ui.SpaceHair), x, r.Max.Y-th.Pxi(ui.SpaceSmall)), th.FaceOf(ui.FontMedium, 13), pal.Accent, ui.AlignStart)
}
