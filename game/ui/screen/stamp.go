package screen

import (
	"fmt"
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// stamp is a rubber-stamp mark, rendered once per word, scale and colour
// and kept, since screens redraw it whenever anything moves.
type stamp struct {
	key string
	img *ebiten.Image
}

// draw draws word as a rubber stamp: rotated, boxed, in clr, centred at
// (cx, cy).
func (s *stamp) draw(dst *ebiten.Image, th *ui.Theme, word string, cx, cy float64, clr ui.Color) {
	key := fmt.Sprint(word, th.Scale, clr)
	if s.key != key {
		if s.img != nil {
			s.img.Deallocate()
		}
		s.key, s.img = key, renderStamp(th, word, clr)
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(-float64(s.img.Bounds().Dx())/2, -float64(s.img.Bounds().Dy())/2)
	op.GeoM.Rotate(-9 * math.Pi / 180)
	op.GeoM.Translate(cx, cy)
	op.Filter = ebiten.FilterLinear
	op.ColorScale.ScaleAlpha(0.75)
	dst.DrawImage(s.img, op)
}

func renderStamp(th *ui.Theme, word string, clr ui.Color) *ebiten.Image {
	face := th.FaceOf(ui.FontBold, 26)
	w := text.Advance(word, face)
	m := face.Metrics()
	h := m.HAscent + m.HDescent
	pad := th.Px(stampPad)
	img := ebiten.NewImage(int(w+2*pad+4), int(h+2*pad+4))
	r := image.Rect(2, 2, int(w+2*pad)+2, int(h+2*pad)+2)
	ui.StrokeRoundRect(img, r, th.Px(stampRadius), th.Px(stampStroke), clr)
	ui.DrawText(img, word, face, 2+pad, 2+pad, clr, ui.AlignStart)
	return img
}
