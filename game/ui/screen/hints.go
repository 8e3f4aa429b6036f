package screen

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// Hint is a key and what it does, shown in a screen's footer.
type Hint struct{ Key, Label string }

// DrawHints draws hints as key caps and labels in a row starting at
// (x, y), the row's top-left, and returns the row's width. Alignment end
// draws the row ending at x.
func DrawHints(dst *ebiten.Image, th *ui.Theme, hints []Hint, x, y int, align ui.Align) int {
	p := th.Palette
	keyFace, labelFace := th.FaceOf(ui.FontBold, 12), th.Face(ui.TextSmall)
	capH := th.Pxi(22)
	padX, gap, sep := th.Px(7), th.Px(6), th.Px(22)

	width := 0.0
	for i, h := range hints {
		width += text.Advance(h.Key, keyFace) + 2*padX + gap + text.Advance(h.Label, labelFace)
		if i > 0 {
			width += sep
		}
	}
	cx := float64(x)
	if align == ui.AlignEnd {
		cx -= width
	}
	for _, h := range hints {
		kw := text.Advance(h.Key, keyFace) + 2*padX
		r := ui.Rect(int(cx), y, int(kw+0.5), capH)
		ui.FillRoundRect(dst, r, th.Px(3), p.SurfaceRaised)
		ui.StrokeRoundRect(dst, r, th.Px(3), th.Px(1), p.BorderStrong)
		ui.DrawTextBox(dst, h.Key, r, ui.TextOptions{Face: keyFace, Color: p.Text, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter})
		cx += kw + gap
		lr := ui.Rect(int(cx), y, int(text.Advance(h.Label, labelFace)+1), capH)
		ui.DrawTextBox(dst, h.Label, lr, ui.TextOptions{Face: labelFace, Color: p.TextMuted, VAlign: ui.AlignCenter})
		cx += float64(lr.Dx()) + sep
	}
	return int(width)
}
