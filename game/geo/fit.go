package geo

import "math"

// Transform is a uniform scale followed by a translation, taking map units
// to screen pixels. Uniform scaling keeps the projection's shapes; a
// separate X and Y scale would undo the point of choosing a conformal one.
type Transform struct {
	Scale  float64
	Offset Point
}

// Apply maps a point from map units to the screen.
func (t Transform) Apply(p Point) Point {
	return Point{X: p.X*t.Scale + t.Offset.X, Y: p.Y*t.Scale + t.Offset.Y}
}

// Invert maps a screen point (a mouse position) back to map units, ready
// for Map.CountryAt.
func (t Transform) Invert(p Point) Point {
	if t.Scale == 0 {
		return Point{}
	}
	return Point{X: (p.X - t.Offset.X) / t.Scale, Y: (p.Y - t.Offset.Y) / t.Scale}
}

// Fit returns the transform that shows all of src inside dst as large as
// possible, preserving aspect and centring it (letterboxing the spare
// space).
func Fit(src, dst Rect) Transform {
	if src.Dx() <= 0 || src.Dy() <= 0 {
		return Transform{Scale: 1, Offset: dst.Min}
	}
	s := math.Min(dst.Dx()/src.Dx(), dst.Dy()/src.Dy())
	if s < 0 {
		s = 0
	}
	off := Point{
		X: dst.Min.X + (dst.Dx()-src.Dx()*s)/2 - src.Min.X*s,
		Y: dst.Min.Y + (dst.Dy()-src.Dy()*s)/2 - src.Min.Y*s,
	}
	return Transform{Scale: s, Offset: off}
}

// Fit returns the transform that shows the whole map inside a width×height
// screen area whose top-left corner is the origin.
func (m *Map) Fit(width, height float64) Transform {
	return Fit(m.Bounds, Rect{Max: Point{X: width, Y: height}})
}
