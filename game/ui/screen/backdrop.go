// Package screen holds the game's screens: title, settings, help. Each is
// a ui.Scene built from package widget.
package screen

import (
	"fmt"
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// DrawBackdrop paints the desk every screen sits on: a navy gradient, a
// faint chart grid, and a thin brass double frame like a dossier cover.
func DrawBackdrop(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	b := dst.Bounds()
	ui.FillGradient(dst, b, p.BackgroundTop, p.Background)

	grid := ui.Fade(p.BorderStrong, 0.10)
	step := th.Pxi(64)
	for x := b.Min.X + step/2; x < b.Max.X; x += step {
		ui.VLine(dst, x, b.Min.Y, b.Max.Y, 1, grid)
	}
	for y := b.Min.Y + step/2; y < b.Max.Y; y += step {
		ui.HLine(dst, b.Min.X, b.Max.X, y, 1, grid)
	}

	frame := ui.Fade(p.Accent, 0.45)
	outer := b.Inset(th.Pxi(14))
	ui.StrokeRect(dst, outer, th.Px(1), frame)
	ui.StrokeRect(dst, outer.Inset(th.Pxi(4)), th.Px(1), ui.Fade(p.Accent, 0.2))
	d := th.Px(5)
	for _, c := range []image.Point{outer.Min, {outer.Max.X, outer.Min.Y}, {outer.Min.X, outer.Max.Y}, outer.Max} {
		diamond(dst, float64(c.X), float64(c.Y), d, p.Accent)
	}
}

// diamond draws a small filled diamond centred on (x, y).
func diamond(dst *ebiten.Image, x, y, r float64, clr ui.Color) {
	ui.FillPolygon(dst, []ui.PointF{{x, y - r}, {x + r, y}, {x, y + r}, {x - r, y}}, clr)
}

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
	pad := th.Px(10)
	img := ebiten.NewImage(int(w+2*pad+4), int(h+2*pad+4))
	r := image.Rect(2, 2, int(w+2*pad)+2, int(h+2*pad)+2)
	ui.StrokeRoundRect(img, r, th.Px(4), th.Px(3), clr)
	ui.DrawText(img, word, face, 2+pad, 2+pad, clr, ui.AlignStart)
	return img
}
