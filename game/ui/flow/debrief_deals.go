package flow

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// The deals chart's measures at scale 1: its padding, the step from one
// legend key to the next, an actor's group of bars at most, the figures'
// column, an actor's dot and where its name starts.
const (
	dealsPad       = 16
	dealsKeyStep   = 34
	dealsGroupH    = 84
	dealsNumW      = 40
	dealsDot       = 5
	dealsNameX     = 18
	dealsKeyRadius = 2
)

// drawDealBars compares, for each government, what the final state, the
// Nash point and the status quo were worth to its true type.
func (d *debriefScreen) drawDealBars(dst *ebiten.Image, th *ui.Theme) {
	r := d.bars
	if r.Empty() {
		return
	}
	p := th.Palette
	dl := d.rep.Deals
	s := d.m.Scenario
	ui.FillRoundRect(dst, r, th.Px(ui.MetricRadius), p.Surface)
	ui.StrokeRoundRect(dst, r, th.Px(ui.MetricRadius), th.Px(ui.MetricBorder), p.Border)
	in := r.Inset(th.Pxi(dealsPad))
	ui.DrawText(dst, "What each deal is worth", th.Face(ui.TextHeading), float64(in.Min.X), float64(in.Min.Y), p.Accent, ui.AlignStart)
	kinds := []struct {
		name string
		vals []float64
		clr  ui.Color
	}{{"Final state", dl.Final.Utility, p.AccentBright}, {"Nash point", dl.Nash.Utility, p.Info}, {"Status quo", dl.StatusQuo.Utility, p.TextMuted}}
	small := th.Face(ui.TextSmall)
	lh := int(th.LineHeight(ui.TextSmall))
	// Legend under the title.
	x, y := in.Min.X, in.Min.Y+int(th.LineHeight(ui.TextHeading))+th.Pxi(ui.SpaceLine)
	for _, k := range kinds {
		ui.FillRoundRect(dst, image.Rect(x, y+lh/2-th.Pxi(ui.SpaceSnug), x+th.Pxi(ui.MetricPad), y+lh/2+th.Pxi(ui.SpaceSnug)), th.Px(dealsKeyRadius), k.clr)
		ui.DrawText(dst, k.name, small, float64(x+th.Pxi(ui.SpaceLoose)), float64(y), p.TextMuted, ui.AlignStart)
		x += th.Pxi(dealsKeyStep) + int(ui.MeasureFunc(small)(k.name))
	}
	top := y + lh + th.Pxi(ui.MetricPad)
	n := len(s.Actors)
	if n == 0 {
		return
	}
	groupH := min(th.Pxi(dealsGroupH), (in.Max.Y-top)/n)
	barH := max(th.Pxi(ui.SpaceSnug), (groupH-lh-th.Pxi(ui.SpaceBlock))/3)
	numW := th.Pxi(dealsNumW)
	for a, ad := range s.Actors {
		gy := top + a*groupH
		drawDot(dst, th, in.Min.X+th.Pxi(ui.SpaceSmall), gy+lh/2, th.Pxi(dealsDot), actorColour(th, s, a))
		ui.DrawTextBox(dst, ad.Name, image.Rect(in.Min.X+th.Pxi(dealsNameX), gy, in.Max.X, gy+lh),
			ui.TextOptions{Face: small, Color: p.Text})
		track := image.Rect(in.Min.X, gy+lh+th.Pxi(ui.SpaceSnug), in.Max.X-numW, gy+lh+th.Pxi(ui.SpaceSnug)+3*barH)
		for k, kd := range kinds {
			v := 0.0
			if a < len(kd.vals) {
				v = kd.vals[a]
			}
			by := track.Min.Y + k*barH
			w := int(float64(track.Dx()) * min(max(v, 0), 100) / 100)
			ui.FillRect(dst, image.Rect(track.Min.X, by, track.Min.X+w, by+barH-th.Pxi(ui.SpaceHair)), kd.clr)
			nx := track.Min.X + w + th.Pxi(ui.SpaceSmall)
			ui.DrawTextBox(dst, fmt.Sprintf("%.0f", v), image.Rect(nx, by-th.Pxi(ui.SpaceSnug), nx+numW, by+barH+th.Pxi(ui.SpaceHair)),
				ui.TextOptions{Face: th.FaceOf(ui.FontMedium, 12), Color: p.TextMuted, VAlign: ui.AlignCenter})
		}
	}
}
