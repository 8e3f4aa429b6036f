package flow

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// The waiting card's measures at scale 1: its size and the window left
// round it, its shadow, the ring of dots (its centre from the card's left,
// its radius, a dot's and the lit dot's radius) and where the text starts
// from the ring's centre.
const (
	waitCardW  = 700
	waitCardH  = 150
	waitRoom   = 40
	waitShadow = 12
	waitRingX  = 70
	waitRingR  = 26
	waitDot    = 4
	waitDotLit = 5
	waitTextX  = 56
)

// minBusyTicks is the shortest time the deliberation card shows: a turn of
// the tutorial resolves in a millisecond, and a card that flashes for one
// frame reads as a glitch rather than as the other capitals moving.
const minBusyTicks = 40

// drawBusy dims the screen and shows a card with msg and an indicator
// animated by tick: a ring of dots with one bright dot going round.
func drawBusy(dst *ebiten.Image, th *ui.Theme, msg, sub string, tick int64) {
	p := th.Palette
	b := dst.Bounds()
	ui.FillRect(dst, b, ui.Fade(p.Background, 0.72))
	w, h := min(th.Pxi(waitCardW), b.Dx()-th.Pxi(waitRoom)), th.Pxi(waitCardH)
	card := image.Rect(b.Min.X+(b.Dx()-w)/2, b.Min.Y+(b.Dy()-h)/2, b.Min.X+(b.Dx()+w)/2, b.Min.Y+(b.Dy()+h)/2)
	rad := th.Px(ui.MetricRadius + 1)
	ui.DrawShadow(dst, card, rad, th.Px(waitShadow), p.Shadow)
	ui.FillRoundRect(dst, card, rad, p.Surface)
	ui.StrokeRoundRect(dst, card, rad, th.Px(ui.MetricBorder), p.Accent)

	cx, cy := card.Min.X+th.Pxi(waitRingX), card.Min.Y+h/2
	const dots = 10
	lit := int(tick/5) % dots
	for i := range dots {
		a := 2 * math.Pi * float64(i) / dots
		x := cx + int(math.Round(th.Px(waitRingR)*math.Sin(a)))
		y := cy - int(math.Round(th.Px(waitRingR)*math.Cos(a)))
		// Dots behind the bright one fade like a comet's tail.
		age := (lit - i + dots) % dots
		alpha := 0.18 + 0.82*math.Pow(0.62, float64(age))
		r := th.Pxi(waitDot)
		if age == 0 {
			r = th.Pxi(waitDotLit)
		}
		ui.FillRoundRect(dst, image.Rect(x-r, y-r, x+r, y+r), float64(r), ui.Fade(p.AccentBright, alpha))
	}
	tx := cx + th.Pxi(waitTextX)
	textBox := image.Rect(tx, card.Min.Y+th.Pxi(ui.SpaceLoose), card.Max.X-th.Pxi(ui.SpaceWide), card.Max.Y-th.Pxi(ui.SpaceLoose))
	title := image.Rect(textBox.Min.X, textBox.Min.Y, textBox.Max.X, cy)
	ui.DrawTextBox(dst, msg, title, ui.TextOptions{Face: th.Face(ui.TextHeading), Color: p.Text, VAlign: ui.AlignEnd})
	ui.DrawTextBox(dst, sub, image.Rect(textBox.Min.X, cy+th.Pxi(ui.SpaceLine), textBox.Max.X, textBox.Max.Y),
		ui.TextOptions{Face: th.Face(ui.TextSmall), Color: p.TextMuted, Wrap: true})
}
