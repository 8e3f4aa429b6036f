package board

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// Draw implements ui.Scene.
func (b *Board) Draw(dst *ebiten.Image, th *ui.Theme) {
	if b.snap == nil || b.snap.v == nil {
		drawBackdrop(dst, th)
		msg := "The board cannot be shown."
		if b.snap != nil && b.snap.err != nil {
			msg += " " + b.snap.err.Error()
		}
		b.paint.text(dst, msg, dst.Bounds().Inset(th.Pxi(messageInset)), ui.TextOptions{Face: th.Face(ui.TextBody),
			Color: th.Palette.Text, Wrap: true, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter})
		return
	}
	b.paint.budget.begin()
	urgent := 0
	for _, it := range b.inbox.all {
		if it.urgent {
			urgent++
		}
	}
	// The chrome changes less often than the panels: with the snapshot,
	// the capital spent and the inbox's counts, not with the selection.
	key := chromeKey{drawKey{b.lay.Screen, th.Scale, th.Palette.Name, b.gen}, b.orders.cost(b.snap.v.Rules),
		len(b.inbox.all), urgent, b.analyst.split}
	b.chrome.draw(dst, th, b.paint, dst.Bounds(), key, func(dst *ebiten.Image) { b.drawChrome(dst, th) })
	b.form.Draw(dst, th)
	b.drawToast(dst, th)
	if b.busy {
		b.drawBusy(dst, th)
	}
}

// chromeKey is what the chrome's picture depends on.
type chromeKey struct {
	drawKey
	spent, items, urgent int
	split                bool
}

// drawChrome draws what lies behind the widgets: the desk, the header,
// the panels' cards and what they say of themselves. It changes only with
// the board's version, so it is kept in one layer.
func (b *Board) drawChrome(dst *ebiten.Image, th *ui.Theme) {
	drawBackdrop(dst, th)
	b.drawHeader(dst, th)
	drawCard(dst, th, b.paint, b.lay.Calendar, "", "")
	drawCard(dst, th, b.paint, b.lay.Issues, "Issue board", plural(len(b.snap.v.Scenario.Issues), "issue", "issues"))
	b.drawIssueLegend(dst, th)
	ui.DrawShadow(dst, b.lay.Map, th.Px(mapRadius), th.Px(cardShadow), th.Palette.Shadow)
	ui.FillRoundRect(dst, b.lay.Map, th.Px(mapRadius), th.Palette.Border)
	b.analyst.draw(dst, th)
	b.inbox.draw(dst, th)
	b.bar.draw(dst, th)
}

// drawBackdrop paints the desk: the navy gradient and faint chart grid of
// every screen, without the title screens' frame, which the panels would
// cut.
func drawBackdrop(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	bd := dst.Bounds()
	ui.FillGradient(dst, bd, p.BackgroundTop, p.Background)
	grid := ui.Fade(p.BorderStrong, 0.08)
	step := th.Pxi(mapGridStep)
	for x := bd.Min.X + step/2; x < bd.Max.X; x += step {
		ui.VLine(dst, x, bd.Min.Y, bd.Max.Y, 1, grid)
	}
	for y := bd.Min.Y + step/2; y < bd.Max.Y; y += step {
		ui.HLine(dst, bd.Min.X, bd.Max.X, y, 1, grid)
	}
}

// drawToast shows the last message about an order just above the bar.
func (b *Board) drawToast(dst *ebiten.Image, th *ui.Theme) {
	if b.toast == "" {
		return
	}
	pal := th.Palette
	face := th.FaceOf(ui.FontMedium, 13)
	maxW := b.lay.Orders.Dx() * 2 / 3
	w := min(advance(b.toast, face)+th.Pxi(toastPadX), maxW)
	// A long message (an order's error) wraps rather than losing its end.
	opts := ui.TextOptions{Face: face, Color: pal.Text, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter, Wrap: true}
	h := max(th.Pxi(toastH), b.paint.height(b.toast, w-th.Pxi(toastTextPadX), opts)+th.Pxi(ui.SpaceBlock))
	// Not image.Rect(x, y, 0, 0): Rect orders its corners, which put the
	// message at the screen's top left, over the scenario's title.
	at := image.Pt(b.lay.Orders.Min.X+th.Pxi(ordersChipsX), b.lay.Orders.Min.Y-h-th.Pxi(ui.SpaceSmall))
	r := image.Rectangle{Min: at, Max: at.Add(image.Pt(w, h))}
	edge := pal.Success
	if b.toastBad {
		edge = pal.Danger
	}
	th.TextRecord().Cover(r)
	rad := float64(min(h, th.Pxi(toastH))) / 2
	ui.DrawShadow(dst, r, th.Px(mapRadius), th.Px(cardShadow), pal.Shadow)
	ui.FillRoundRect(dst, r, rad, ui.Mix(pal.SurfaceRaised, edge, 0.18))
	ui.StrokeRoundRect(dst, r, rad, th.Px(focusStroke), edge)
	b.paint.text(dst, b.toast, image.Rect(r.Min.X+th.Pxi(ui.MetricPad), r.Min.Y, r.Max.X-th.Pxi(ui.MetricPad), r.Max.Y), opts)
}
