package board

import (
	"image"
	"math"
)

// Layout is where each part of the board sits on the screen. It is a pure
// function of the screen size and the theme's scale, so tests check it
// without a window.
type Layout struct {
	Screen   image.Rectangle
	Header   image.Rectangle
	Calendar image.Rectangle
	Issues   image.Rectangle
	Map      image.Rectangle
	Analyst  image.Rectangle
	Inbox    image.Rectangle
	Orders   image.Rectangle // the bar of this turn's orders and End turn
	// Compact is set on screens under 1100×680 logical pixels, where panels
	// show less text per row.
	Compact bool
}

// Region is one named part of a Layout.
type Region struct {
	Name string
	Rect image.Rectangle
}

// Regions lists the panels, for tests and for checking where text goes.
func (l Layout) Regions() []Region {
	return []Region{{"header", l.Header}, {"calendar", l.Calendar}, {"issues", l.Issues}, {"map", l.Map},
		{"analyst", l.Analyst}, {"inbox", l.Inbox}, {"orders", l.Orders}}
}

// Board metrics at scale 1, in logical pixels.
const (
	boardMargin = 12
	boardGap    = 10
	headerH     = 52
	calendarH   = 54
	ordersH     = 60
	// mapAspect is the widest the map panel gets relative to its height:
	// wider would leave empty sea either side.
	mapAspect = 1.6
)

// ComputeLayout lays the board out on a size-pixel screen at scale.
func ComputeLayout(size image.Point, scale float64) Layout {
	if scale <= 0 {
		scale = 1
	}
	px := func(v float64) int { return int(math.Round(v * scale)) }
	W, H := float64(size.X)/scale, float64(size.Y)/scale
	l := Layout{Screen: image.Rectangle{Max: size}, Compact: W < 1100 || H < 680}

	m, g := float64(boardMargin), float64(boardGap)
	y := 8.0
	l.Header = image.Rect(px(m), px(y), px(W-m), px(y+headerH))
	y += headerH + 6
	calH := float64(calendarH)
	if l.Compact {
		calH = 46
	}
	l.Calendar = image.Rect(px(m), px(y), px(W-m), px(y+calH))
	y += calH + g
	barTop := H - m - ordersH
	l.Orders = image.Rect(px(m), px(barTop), px(W-m), px(H-m))
	bottom := barTop - g

	// Columns: issues left, map and analyst centre, inbox right. The side
	// columns grow with the screen but not past what their rows need.
	left := math.Min(math.Max(W*0.25, 250), 420)
	right := math.Min(math.Max(W*0.30, 300), 560)
	if l.Compact {
		left, right = math.Max(W*0.25, 230), math.Max(W*0.31, 290)
	}
	xl := m
	xc := xl + left + g
	xr := W - m - right
	centreW := xr - g - xc

	l.Issues = image.Rect(px(xl), px(y), px(xl+left), px(bottom))
	l.Inbox = image.Rect(px(xr), px(y), px(W-m), px(bottom))
	midH := bottom - y
	mapH := math.Min(midH*0.53, centreW/mapAspect*1.15)
	mapH = math.Max(mapH, midH*0.45)
	l.Map = image.Rect(px(xc), px(y), px(xc+centreW), px(y+mapH))
	l.Analyst = image.Rect(px(xc), px(y+mapH+g), px(xc+centreW), px(bottom))
	return l
}
