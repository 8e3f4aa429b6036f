package screen

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// headerHeight is the height DrawHeader takes.
func headerHeight(th *ui.Theme) int {
	return int(th.LineHeight(ui.TextTitle)) + th.Pxi(ui.SpaceBlock) + int(th.LineHeight(ui.TextSmall))
}

// DrawHeader draws a screen's title, a brass rule under it and a muted
// subtitle, starting at (x, y).
func DrawHeader(dst *ebiten.Image, th *ui.Theme, title, subtitle string, x, y int) {
	p := th.Palette
	face := th.Face(ui.TextTitle)
	ui.DrawText(dst, title, face, float64(x), float64(y), p.Text, ui.AlignStart)
	ry := y + int(th.LineHeight(ui.TextTitle)) + th.Pxi(ui.SpaceHair)
	w := int(text.Advance(title, face)) + th.Pxi(headerTail)
	ui.HLine(dst, x, x+w, ry, th.Px(ui.MetricStroke), p.Accent)
	ui.DrawText(dst, subtitle, th.Face(ui.TextSmall), float64(x+w+th.Pxi(ui.MetricPad)), float64(ry)-th.LineHeight(ui.TextSmall)/2-th.Px(ui.MetricBorder), p.TextMuted, ui.AlignStart)
}
