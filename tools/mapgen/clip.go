package main

import "backchannel/game/geo"

// ClipRing clips a ring to the rectangle r with the Sutherland–Hodgman
// algorithm. A concave ring that leaves and re-enters the rectangle comes
// back as one ring with zero-width runs along the edge; that is harmless
// for even-odd filling and hit testing, and it only happens at the map's
// border, where Russia, Kazakhstan and the Sahara countries are cut.
func ClipRing(ring geo.Ring, r geo.Rect) geo.Ring {
	type edge struct {
		inside func(geo.Point) bool
		cross  func(a, b geo.Point) geo.Point
	}
	atX := func(x float64) func(a, b geo.Point) geo.Point {
		return func(a, b geo.Point) geo.Point {
			t := (x - a.X) / (b.X - a.X)
			return geo.Point{X: x, Y: a.Y + t*(b.Y-a.Y)}
		}
	}
	atY := func(y float64) func(a, b geo.Point) geo.Point {
		return func(a, b geo.Point) geo.Point {
			t := (y - a.Y) / (b.Y - a.Y)
			return geo.Point{X: a.X + t*(b.X-a.X), Y: y}
		}
	}
	edges := []edge{
		{func(p geo.Point) bool { return p.X >= r.Min.X }, atX(r.Min.X)},
		{func(p geo.Point) bool { return p.X <= r.Max.X }, atX(r.Max.X)},
		{func(p geo.Point) bool { return p.Y >= r.Min.Y }, atY(r.Min.Y)},
		{func(p geo.Point) bool { return p.Y <= r.Max.Y }, atY(r.Max.Y)},
	}
	out := ring
	for _, e := range edges {
		if len(out) == 0 {
			return nil
		}
		in := out
		out = make(geo.Ring, 0, len(in)+4)
		prev := in[len(in)-1]
		for _, cur := range in {
			switch ci, pi := e.inside(cur), e.inside(prev); {
			case ci && pi:
				out = append(out, cur)
			case ci && !pi:
				out = append(out, e.cross(prev, cur), cur)
			case !ci && pi:
				out = append(out, e.cross(prev, cur))
			}
			prev = cur
		}
	}
	return out
}
