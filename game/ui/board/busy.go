package board

import (
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// busyDotTicks is how often the deliberating dots advance: slow enough to
// cost nothing, quick enough to show the game has not frozen.
const busyDotTicks = 20

// drawBusy dims the board and says the other capitals are deliberating,
// with dots that advance while the turn resolves off the frame.
func (b *Board) drawBusy(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	th.TextRecord().Cover(dst.Bounds())
	ui.FillRect(dst, dst.Bounds(), ui.Fade(pal.Background, 0.72))
	w, h := th.Pxi(busyW), th.Pxi(busyH)
	r := image.Rectangle{Max: image.Pt(w, h)}.Add(dst.Bounds().Size().Sub(image.Pt(w, h)).Div(2))
	ui.DrawShadow(dst, r, th.Px(busyRadius), th.Px(busyShadow), pal.Shadow)
	ui.FillRoundRect(dst, r, th.Px(busyRadius), pal.Surface)
	ui.StrokeRoundRect(dst, r, th.Px(busyRadius), th.Px(ui.MetricBorder), pal.Accent)
	title := image.Rect(r.Min.X+th.Pxi(ui.SpaceWide), r.Min.Y+th.Pxi(ui.SpaceSection), r.Max.X-th.Pxi(ui.SpaceWide), r.Min.Y+th.Pxi(busyTitleFoot))
	face := th.FaceOf(ui.FontSmallcaps, 24)
	const words = "The other capitals are deliberating"
	b.paint.line(dst, words, title, face, pal.Text, ui.AlignCenter)
	// The dots follow the words without moving them as they grow.
	x := title.Min.X + (title.Dx()+advance(words, face))/2 + th.Pxi(ui.SpaceSnug)
	dots := strings.Repeat(".", 1+int(b.busyPhase%3))
	b.paint.line(dst, dots, image.Rect(x, title.Min.Y, title.Max.X+th.Pxi(ui.SpaceLoose), title.Max.Y), face, pal.Accent, ui.AlignStart)
	sub := image.Rect(title.Min.X, title.Max.Y+th.Pxi(ui.SpaceSmall), title.Max.X, r.Max.Y-th.Pxi(busyFoot))
	b.paint.text(dst, "Their answers, and the news, arrive with the next turn. F1 opens help meanwhile.", sub,
		ui.TextOptions{Face: th.FaceOf(ui.FontItalic, 14), Color: pal.TextMuted, HAlign: ui.AlignCenter, Wrap: true})
}
