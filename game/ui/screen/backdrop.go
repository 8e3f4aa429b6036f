// Package screen holds the game's screens: title, settings, help. Each is
// a ui.Scene built from package widget.
package screen

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// DrawBackdrop paints the desk every screen sits on: a navy gradient, a
// faint chart grid, and a thin brass double frame like a dossier cover.
func DrawBackdrop(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	b := dst.Bounds()
	ui.FillGradient(dst, b, p.BackgroundTop, p.Background)

	grid := ui.Fade(p.BorderStrong, 0.10)
	step := th.Pxi(backdropStep)
	for x := b.Min.X + step/2; x < b.Max.X; x += step {
		ui.VLine(dst, x, b.Min.Y, b.Max.Y, 1, grid)
	}
	for y := b.Min.Y + step/2; y < b.Max.Y; y += step {
		ui.HLine(dst, b.Min.X, b.Max.X, y, 1, grid)
	}

	frame := ui.Fade(p.Accent, 0.45)
	outer := b.Inset(th.Pxi(ui.MetricPad))
	ui.StrokeRect(dst, outer, th.Px(ui.MetricBorder), frame)
	ui.StrokeRect(dst, outer.Inset(th.Pxi(ui.SpaceSnug)), th.Px(ui.MetricBorder), ui.Fade(p.Accent, 0.2))
	d := th.Px(backdropCorner)
	for _, c := range []image.Point{outer.Min, {outer.Max.X, outer.Min.Y}, {outer.Min.X, outer.Max.Y}, outer.Max} {
		ui.FillDiamond(dst, float64(c.X), float64(c.Y), d, p.Accent)
	}
}
