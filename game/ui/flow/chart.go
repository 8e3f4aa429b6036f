package flow

import (
	"fmt"
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"backchannel/game/ui"
)

// The chart's measures at scale 1: its padding, a legend key's mark and
// name start, the gap after a key's name, a thick key's height.
const (
	chartPad      = 16
	chartKeyW     = 26
	chartKeyGap   = 18
	chartKeyThick = 5
)

// series is one line of a chart.
type series struct {
	Name   string
	Colour color.RGBA
	Values []float64
	Bold   bool // the player's own line
}

// chart is a line chart over turns, on a 0-100 scale.
type chart struct {
	Title  string
	Series []series
	// XLabel names point i (its turn).
	XLabel func(i int) string
}

// plotPoints maps values to screen points in plot: the first value at the
// left edge, the last at the right, 0 at the bottom and 100 at the top.
func plotPoints(values []float64, plot image.Rectangle) []ui.PointF {
	n := len(values)
	out := make([]ui.PointF, n)
	for i, v := range values {
		x := float64(plot.Min.X)
		if n > 1 {
			x += float64(plot.Dx()) * float64(i) / float64(n-1)
		}
		v = min(max(v, 0), 100)
		out[i] = ui.PointF{X: x, Y: float64(plot.Max.Y) - float64(plot.Dy())*v/100}
	}
	return out
}

// labelEvery is the step between labelled points so that labels of width
// w fit in a plot of width plotW holding n points.
func labelEvery(n int, plotW, w float64) int {
	if n <= 1 {
		return 1
	}
	gap := plotW / float64(n-1)
	step := 1
	for gap*float64(step) < w*1.6 {
		step++
	}
	return step
}

// drawChart draws c in r: title, grid, axes' labels, lines and legend.
func drawChart(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, c chart) {
	p := th.Palette
	ui.FillRoundRect(dst, r, th.Px(ui.MetricRadius), p.Surface)
	ui.StrokeRoundRect(dst, r, th.Px(ui.MetricRadius), th.Px(ui.MetricBorder), p.Border)
	pad := th.Pxi(chartPad)
	in := r.Inset(pad)
	ui.DrawText(dst, c.Title, th.Face(ui.TextHeading), float64(in.Min.X), float64(in.Min.Y), p.Accent, ui.AlignStart)

	small := th.Face(ui.TextSmall)
	lh := int(th.LineHeight(ui.TextSmall))
	legendH := legendHeight(th, c.Series, in.Dx())
	axisW := int(text.Advance("100", small)) + th.Pxi(ui.SpaceLine)
	plot := image.Rect(in.Min.X+axisW, in.Min.Y+int(th.LineHeight(ui.TextHeading))+th.Pxi(ui.MetricPad),
		in.Max.X-th.Pxi(ui.SpaceSmall), in.Max.Y-legendH-lh-th.Pxi(ui.SpaceBlock))
	if plot.Dx() < 20 || plot.Dy() < 20 {
		return
	}
	for v := 0; v <= 100; v += 25 {
		y := plot.Max.Y - plot.Dy()*v/100
		ui.HLine(dst, plot.Min.X, plot.Max.X, y, th.Px(ui.MetricBorder), ui.Fade(p.BorderStrong, 0.35))
		ui.DrawText(dst, fmt.Sprint(v), small, float64(plot.Min.X-th.Pxi(ui.SpaceLine)), float64(y)-float64(lh)/2, p.TextMuted, ui.AlignEnd)
	}
	n := 0
	for _, s := range c.Series {
		n = max(n, len(s.Values))
	}
	if n > 0 && c.XLabel != nil {
		every := labelEvery(n, float64(plot.Dx()), text.Advance(c.XLabel(n-1), small))
		for i := 0; i < n; i += every {
			x := float64(plot.Min.X)
			if n > 1 {
				x += float64(plot.Dx()) * float64(i) / float64(n-1)
			}
			ui.VLine(dst, int(x), plot.Max.Y, plot.Max.Y+th.Pxi(ui.SpaceSnug), th.Px(ui.MetricBorder), p.BorderStrong)
			ui.DrawText(dst, c.XLabel(i), small, x, float64(plot.Max.Y+th.Pxi(ui.SpaceSmall)), p.TextMuted, ui.AlignCenter)
		}
	}
	clip := dst.SubImage(plot.Inset(-th.Pxi(ui.SpaceTight))).(*ebiten.Image)
	for _, s := range c.Series {
		if !s.Bold {
			strokeSeries(clip, th, plotPoints(s.Values, plot), s.Colour, 2)
		}
	}
	for _, s := range c.Series {
		if s.Bold {
			strokeSeries(clip, th, plotPoints(s.Values, plot), s.Colour, 3.5)
		}
	}
	drawLegend(dst, th, c.Series, image.Rect(in.Min.X, in.Max.Y-legendH, in.Max.X, in.Max.Y))
}

// strokeSeries draws a polyline with round joins, and a dot on each point
// when there are few of them.
func strokeSeries(dst *ebiten.Image, th *ui.Theme, pts []ui.PointF, clr color.RGBA, width float64) {
	if len(pts) == 0 {
		return
	}
	path := &vector.Path{}
	path.MoveTo(float32(pts[0].X), float32(pts[0].Y))
	for _, q := range pts[1:] {
		path.LineTo(float32(q.X), float32(q.Y))
	}
	so := &vector.StrokeOptions{Width: float32(th.Px(width)), LineJoin: vector.LineJoinRound, LineCap: vector.LineCapRound}
	op := &vector.DrawPathOptions{AntiAlias: true}
	op.ColorScale.ScaleWithColor(clr)
	vector.StrokePath(dst, path, so, op)
	if len(pts) <= 16 {
		r := th.Pxi(width + 1)
		for _, q := range pts {
			x, y := int(q.X), int(q.Y)
			ui.FillRoundRect(dst, image.Rect(x-r, y-r, x+r, y+r), float64(r), clr)
		}
	}
}

// legendItems places each series' swatch and name, wrapping into rows.
func legendItems(th *ui.Theme, ss []series, width int) ([]image.Point, int) {
	small := th.Face(ui.TextSmall)
	lh := int(th.LineHeight(ui.TextSmall))
	x, y := 0, 0
	var at []image.Point
	for _, s := range ss {
		w := th.Pxi(chartKeyW) + int(text.Advance(s.Name, small)) + th.Pxi(chartKeyGap)
		if x > 0 && x+w > width {
			x, y = 0, y+lh+th.Pxi(ui.SpaceSnug)
		}
		at = append(at, image.Pt(x, y))
		x += w
	}
	return at, y + lh
}

func legendHeight(th *ui.Theme, ss []series, width int) int {
	_, h := legendItems(th, ss, width)
	return h
}

func drawLegend(dst *ebiten.Image, th *ui.Theme, ss []series, r image.Rectangle) {
	at, _ := legendItems(th, ss, r.Dx())
	small := th.Face(ui.TextSmall)
	lh := int(th.LineHeight(ui.TextSmall))
	for i, s := range ss {
		x, y := r.Min.X+at[i].X, r.Min.Y+at[i].Y
		h := th.Pxi(ui.SpaceTight)
		if s.Bold {
			h = th.Pxi(chartKeyThick)
		}
		ui.FillRoundRect(dst, image.Rect(x, y+lh/2-h/2, x+th.Pxi(ui.SpaceLoose), y+lh/2-h/2+h), float64(h)/2, s.Colour)
		clr := th.Palette.TextMuted
		if s.Bold {
			clr = th.Palette.Text
		}
		ui.DrawText(dst, s.Name, small, float64(x+th.Pxi(chartKeyW)), float64(y), clr, ui.AlignStart)
	}
}
