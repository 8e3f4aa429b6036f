package screen

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// footerY is the top of the key-hint row at the foot of a screen of
// height h.
func footerY(th *ui.Theme, h int) int { return h - th.Pxi(footerH) }

// Hint is a key and what it does, shown in a screen's footer.
type Hint struct{ Key, Label string }

// DrawHints draws hints as key caps and labels in a row starting at
// (x, y), the row's top-left, and returns the row's width. Alignment end
// draws the row ending at x.
func DrawHints(dst *ebiten.Image, th *ui.Theme, hints []Hint, x, y int, align ui.Align) int {
	p := th.Palette
	labelFace := th.Face(ui.TextSmall)
	capH := th.Pxi(ui.SpaceSection)
	gap, sep := th.Px(ui.SpaceSmall), th.Px(keySep)
	width := float64(HintsWidth(th, hints))
	cx := float64(x)
	if align == ui.AlignEnd {
		cx -= width
	}
	for _, h := range hints {
		cx += drawKeycap(dst, th, h.Key, cx, y) + gap
		lr := ui.Rect(int(cx), y, int(text.Advance(h.Label, labelFace)+1), capH)
		ui.DrawTextBox(dst, h.Label, lr, ui.TextOptions{Face: labelFace, Color: p.TextMuted, VAlign: ui.AlignCenter})
		cx += float64(lr.Dx()) + sep
	}
	return int(width)
}

// HintsWidth is the width of the row DrawHints draws.
func HintsWidth(th *ui.Theme, hints []Hint) int {
	labelFace := th.Face(ui.TextSmall)
	gap, sep := th.Px(ui.SpaceSmall), th.Px(keySep)
	width := 0.0
	for i, h := range hints {
		width += keycapWidth(th, h.Key) + gap + text.Advance(h.Label, labelFace)
		if i > 0 {
			width += sep
		}
	}
	return int(math.Ceil(width))
}

// keycapWidth returns the width of the cap drawKeycap draws for key.
func keycapWidth(th *ui.Theme, key string) float64 {
	return text.Advance(key, th.FaceOf(ui.FontBold, 12)) + 2*th.Px(keyCapPad)
}

// drawKeycap draws key as a key cap with its top-left at (x, y) and
// returns its width.
func drawKeycap(dst *ebiten.Image, th *ui.Theme, key string, x float64, y int) float64 {
	p := th.Palette
	kw := keycapWidth(th, key)
	r := ui.Rect(int(x), y, int(kw+0.5), th.Pxi(ui.SpaceSection))
	ui.FillRoundRect(dst, r, th.Px(keyCapRadius), p.SurfaceRaised)
	ui.StrokeRoundRect(dst, r, th.Px(keyCapRadius), th.Px(ui.MetricBorder), p.BorderStrong)
	// A darker lip along the bottom makes it read as a key.
	ui.HLine(dst, r.Min.X+th.Pxi(ui.SpaceHair), r.Max.X-th.Pxi(ui.SpaceHair), r.Max.Y-th.Pxi(ui.SpaceHair), th.Px(ui.MetricBorder), p.Border)
	ui.DrawTextBox(dst, key, r, ui.TextOptions{Face: th.FaceOf(ui.FontBold, 12), Color: p.Text, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter})
	return kw
}

// OpenHelpOrSettings opens the help (F1) or the settings (F2) over the
// current screen when the player asked for either: the keys mean the same
// on every screen.
func OpenHelpOrSettings(ctx *ui.Context) {
	switch in := ctx.Input; {
	case in.Consume(ui.ActionHelp):
		ctx.Push(NewHelp())
	case in.Consume(ui.ActionSettings):
		ctx.Push(NewSettings())
	}
}

// backOrSwap handles the keys of the help and the settings, which sit over
// another screen: Esc goes back to it, and the other one's key (F1 or F2)
// puts the other in this one's place rather than on top.
func backOrSwap(ctx *ui.Context, other ui.Action, open func() ui.Scene) {
	switch in := ctx.Input; {
	case in.Consume(ui.ActionBack):
		ctx.Pop()
	case in.Consume(other):
		ctx.Replace(open())
	}
}
