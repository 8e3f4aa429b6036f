package flow

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
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
	w, h := min(th.Pxi(700), b.Dx()-th.Pxi(40)), th.Pxi(150)
	card := image.Rect(b.Min.X+(b.Dx()-w)/2, b.Min.Y+(b.Dy()-h)/2, b.Min.X+(b.Dx()+w)/2, b.Min.Y+(b.Dy()+h)/2)
	rad := th.Px(ui.MetricRadius + 1)
	ui.DrawShadow(dst, card, rad, th.Px(12), p.Shadow)
	ui.FillRoundRect(dst, card, rad, p.Surface)
	ui.StrokeRoundRect(dst, card, rad, th.Px(ui.MetricBorder), p.Accent)

	cx, cy := card.Min.X+th.Pxi(70), card.Min.Y+h/2
	const dots = 10
	lit := int(tick/5) % dots
	for i := range dots {
		a := 2 * math.Pi * float64(i) / dots
		x := cx + int(math.Round(th.Px(26)*math.Sin(a)))
		y := cy - int(math.Round(th.Px(26)*math.Cos(a)))
		// Dots behind the bright one fade like a comet's tail.
		age := (lit - i + dots) % dots
		alpha := 0.18 + 0.82*math.Pow(0.62, float64(age))
		r := th.Pxi(ui.SpaceSnug)
		if age == 0 {
			r = th.Pxi(5)
		}
		ui.FillRoundRect(dst, image.Rect(x-r, y-r, x+r, y+r), float64(r), ui.Fade(p.AccentBright, alpha))
	}
	tx := cx + th.Pxi(56)
	textBox := image.Rect(tx, card.Min.Y+th.Pxi(ui.SpaceLoose), card.Max.X-th.Pxi(ui.SpaceWide), card.Max.Y-th.Pxi(ui.SpaceLoose))
	title := image.Rect(textBox.Min.X, textBox.Min.Y, textBox.Max.X, cy)
	ui.DrawTextBox(dst, msg, title, ui.TextOptions{Face: th.Face(ui.TextHeading), Color: p.Text, VAlign: ui.AlignEnd})
	ui.DrawTextBox(dst, sub, image.Rect(textBox.Min.X, cy+th.Pxi(ui.SpaceLine), textBox.Max.X, textBox.Max.Y),
		ui.TextOptions{Face: th.Face(ui.TextSmall), Color: p.TextMuted, Wrap: true})
}
