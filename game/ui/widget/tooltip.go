package widget

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// A tooltip's corner radius and the reach of its shadow, at scale 1.
const (
	tooltipRadius = 4
	tooltipShadow = 8
)

// TooltipMaxWidth is the widest a tooltip grows, at scale 1; longer
// text wraps.
const TooltipMaxWidth = 340

// TooltipRect returns where a tooltip for anchor goes on a screen: below
// the anchor, or above it when there is no room below (or, beside, to the
// right of it, centred), shifted to stay inside the screen. It needs no
// window.
func TooltipRect(th *ui.Theme, tip string, anchor, screen image.Rectangle, beside bool) image.Rectangle {
	pad := th.Pxi(ui.SpaceLine)
	face := th.Face(ui.TextSmall)
	maxW := min(th.Px(TooltipMaxWidth), float64(screen.Dx())) - float64(2*pad+1)
	l := ui.LayoutText(tip, image.Rect(0, 0, int(maxW), screen.Dy()), ui.TextOptions{Face: face, Wrap: true})
	w := 0.0
	for _, line := range l.Lines {
		w = max(w, line.W)
	}
	size := image.Pt(int(math.Ceil(w))+2*pad+1, int(math.Ceil(l.Height))+2*pad)
	gap := th.Pxi(ui.MetricFocusInset + ui.MetricFocusWidth + 4)
	r := image.Rectangle{Min: image.Pt(anchor.Min.X, anchor.Max.Y+gap)}
	if r.Min.Y+size.Y > screen.Max.Y {
		r.Min.Y = anchor.Min.Y - gap - size.Y
	}
	if beside {
		r.Min = image.Pt(anchor.Max.X+gap, anchor.Min.Y+(anchor.Dy()-size.Y)/2)
	}
	r.Max = r.Min.Add(size)
	// Slide back inside the screen.
	if d := r.Max.X - screen.Max.X; d > 0 {
		r = r.Sub(image.Pt(d, 0))
	}
	if d := screen.Min.X - r.Min.X; d > 0 {
		r = r.Add(image.Pt(d, 0))
	}
	if d := r.Max.Y - screen.Max.Y; d > 0 {
		r = r.Sub(image.Pt(0, d))
	}
	if d := screen.Min.Y - r.Min.Y; d > 0 {
		r = r.Add(image.Pt(0, d))
	}
	return r
}

// DrawTooltip draws tip for the control at anchor; see TooltipRect.
func DrawTooltip(dst *ebiten.Image, th *ui.Theme, tip string, anchor image.Rectangle, beside bool) {
	p := th.Palette
	r := TooltipRect(th, tip, anchor, dst.Bounds(), beside)
	th.TextRecord().Cover(r)
	ui.DrawShadow(dst, r, th.Px(tooltipRadius), th.Px(tooltipShadow), p.Shadow)
	ui.FillRoundRect(dst, r, th.Px(tooltipRadius), p.Paper)
	ui.StrokeRoundRect(dst, r, th.Px(tooltipRadius), th.Px(ui.MetricBorder), p.Accent)
	pad := th.Pxi(ui.SpaceLine)
	ui.DrawTextBox(dst, tip, r.Inset(pad), ui.TextOptions{Face: th.Face(ui.TextSmall), Color: p.Ink, Wrap: true})
}
