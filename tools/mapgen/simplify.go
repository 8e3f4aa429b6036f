package main

import (
	"math"

	"backchannel/game/geo"
)

// Simplify reduces a polyline with the Douglas–Peucker algorithm: it keeps
// the endpoints and, recursively, any point farther than tol from the chord
// of its span. Mapgen runs it on shared TopoJSON arcs rather than on each
// country's rings, so two neighbours get the very same simplified border
// and no gaps or overlaps appear between them; arc endpoints (where three
// countries meet) are always kept.
func Simplify(pts []geo.Point, tol float64) []geo.Point {
	if len(pts) <= 2 {
		return append([]geo.Point(nil), pts...)
	}
	keep := make([]bool, len(pts))
	keep[0], keep[len(pts)-1] = true, true
	type span struct{ a, b int }
	stack := []span{{0, len(pts) - 1}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		best, bestD := -1, tol
		for i := s.a + 1; i < s.b; i++ {
			if d := segDist(pts[i], pts[s.a], pts[s.b]); d > bestD {
				best, bestD = i, d
			}
		}
		if best >= 0 {
			keep[best] = true
			stack = append(stack, span{s.a, best}, span{best, s.b})
		}
	}
	out := make([]geo.Point, 0, len(pts)/4+2)
	for i, k := range keep {
		if k {
			out = append(out, pts[i])
		}
	}
	return out
}

// segDist is the distance from p to the segment ab. It measures to the
// segment, not the infinite line, so a closed arc (an island drawn as one
// arc with a == b) still simplifies sensibly.
func segDist(p, a, b geo.Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return math.Hypot(p.X-a.X, p.Y-a.Y)
	}
	t := ((p.X-a.X)*dx + (p.Y-a.Y)*dy) / l2
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p.X-(a.X+t*dx), p.Y-(a.Y+t*dy))
}
