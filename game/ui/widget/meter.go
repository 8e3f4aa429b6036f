package widget

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// Meter draws a rounded bar in r filled to share (0-1) with fill: a
// belief, a valuation, trust.
func Meter(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, share float64, fill color.RGBA) {
	pal := th.Palette
	rad := float64(r.Dy()) / 2
	ui.FillRoundRect(dst, r, rad, ui.Mix(pal.Background, pal.Border, 0.5))
	w := int(math.Round(float64(r.Dx()) * max(0, min(1, share))))
	if w > 0 {
		f := r
		f.Max.X = r.Min.X + max(w, r.Dy())
		ui.FillRoundRect(dst, f, rad, fill)
	}
}
