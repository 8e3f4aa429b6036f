package main

import (
	"container/heap"
	"math"

	"backchannel/game/geo"
)

// LabelPoint returns the pole of inaccessibility of poly: the inside point
// farthest from any edge, found to within precision map units. A centroid
// would be simpler but falls outside concave countries (Croatia's crescent,
// Norway) or hugs a border; the pole is where a name tag or actor token
// fits best. This is the grid-refinement search of Mapbox's polylabel.
func LabelPoint(poly geo.Polygon, precision float64) geo.Point {
	if len(poly) == 0 || len(poly[0]) == 0 {
		return geo.Point{}
	}
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range poly[0] {
		minX, minY = math.Min(minX, p.X), math.Min(minY, p.Y)
		maxX, maxY = math.Max(maxX, p.X), math.Max(maxY, p.Y)
	}
	w, h := maxX-minX, maxY-minY
	size := math.Min(w, h)
	if size == 0 {
		return geo.Point{X: minX, Y: minY}
	}
	newCell := func(x, y, half float64) *cell {
		d := signedDist(geo.Point{X: x, Y: y}, poly)
		return &cell{x: x, y: y, h: half, d: d, max: d + half*math.Sqrt2}
	}
	q := &cellQueue{}
	half := size / 2
	for x := minX; x < maxX; x += size {
		for y := minY; y < maxY; y += size {
			heap.Push(q, newCell(x+half, y+half, half))
		}
	}
	best := newCell(minX+w/2, minY+h/2, 0)
	if c := centroidCell(poly, newCell); c.d > best.d {
		best = c
	}
	for q.Len() > 0 {
		c := heap.Pop(q).(*cell)
		if c.d > best.d {
			best = c
		}
		if c.max-best.d <= precision {
			continue
		}
		hh := c.h / 2
		heap.Push(q, newCell(c.x-hh, c.y-hh, hh))
		heap.Push(q, newCell(c.x+hh, c.y-hh, hh))
		heap.Push(q, newCell(c.x-hh, c.y+hh, hh))
		heap.Push(q, newCell(c.x+hh, c.y+hh, hh))
	}
	return geo.Point{X: best.x, Y: best.y}
}

// centroidCell seeds the search with the outer ring's area centroid, which
// is the right answer for compact shapes and speeds convergence.
func centroidCell(poly geo.Polygon, newCell func(x, y, h float64) *cell) *cell {
	r := poly[0]
	var a, cx, cy float64
	for i, p := range r {
		q := r[(i+1)%len(r)]
		f := p.X*q.Y - q.X*p.Y
		a += f
		cx += (p.X + q.X) * f
		cy += (p.Y + q.Y) * f
	}
	if a == 0 {
		return newCell(r[0].X, r[0].Y, 0)
	}
	return newCell(cx/(3*a), cy/(3*a), 0)
}

// signedDist is the distance from p to the polygon outline, positive inside
// and negative outside.
func signedDist(p geo.Point, poly geo.Polygon) float64 {
	d := math.Inf(1)
	for _, r := range poly {
		for i, a := range r {
			d = math.Min(d, segDist(p, a, r[(i+1)%len(r)]))
		}
	}
	if poly.Contains(p) {
		return d
	}
	return -d
}

type cell struct{ x, y, h, d, max float64 }

// cellQueue is a max-heap on the best distance a cell could still hold.
type cellQueue []*cell

func (q cellQueue) Len() int           { return len(q) }
func (q cellQueue) Less(i, j int) bool { return q[i].max > q[j].max }
func (q cellQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *cellQueue) Push(x any)        { *q = append(*q, x.(*cell)) }
func (q *cellQueue) Pop() any {
	old := *q
	c := old[len(old)-1]
	*q = old[:len(old)-1]
	return c
}
