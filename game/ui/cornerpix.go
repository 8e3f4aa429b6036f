package ui

import "math"

// cornerPixels returns the premultiplied RGBA pixels of a corner image: a
// white disc of radius r in a (2r)×(2r) square, or with width > 0 a ring of
// that width inside its edge. Each pixel's cover is the distance of its
// centre to the edges, which antialiases as well as ebiten's vector
// package at these sizes. Rendered with that package, the first frame of a
// board (a corner image for each radius and width in use) queued a million
// stencil vertices, and ebiten's command queue keeps its largest size for
// good: 50 MB of WebAssembly memory that never came back.
func cornerPixels(r int, width float64) []byte {
	n := 2 * r
	pix := make([]byte, 4*n*n)
	c := float64(r)
	cover := func(rad, d float64) float64 { return math.Max(0, math.Min(1, rad-d+0.5)) }
	for y := range n {
		for x := range n {
			d := math.Hypot(float64(x)+0.5-c, float64(y)+0.5-c)
			a := cover(c, d)
			if width > 0 {
				a = math.Max(0, a-cover(c-width, d))
			}
			v := uint8(a*255 + 0.5)
			i := 4 * (y*n + x)
			pix[i], pix[i+1], pix[i+2], pix[i+3] = v, v, v, v
		}
	}
	return pix
}

// polygonSamples is the side of the grid of samples polygonPixels counts
// in each pixel: 256 levels of cover.
const polygonSamples = 16

// polygonPixels returns the premultiplied RGBA pixels of a white polygon
// (its corners in pixels from the top left of a w×h image that holds it):
// each pixel's cover is the share of a grid of samples inside the polygon.
// The polygons are a board mark's few pixels, drawn once per shape.
func polygonPixels(pts []PointF) (pix []byte, w, h int) {
	for _, p := range pts {
		w, h = max(w, int(math.Ceil(p.X))), max(h, int(math.Ceil(p.Y)))
	}
	pix = make([]byte, 4*w*h)
	const k = polygonSamples
	for y := range h {
		for x := range w {
			inside := 0
			for sy := range k {
				for sx := range k {
					if insidePolygon(pts, float64(x)+(float64(sx)+0.5)/k, float64(y)+(float64(sy)+0.5)/k) {
						inside++
					}
				}
			}
			v := uint8((inside*255 + k*k/2) / (k * k))
			i := 4 * (y*w + x)
			pix[i], pix[i+1], pix[i+2], pix[i+3] = v, v, v, v
		}
	}
	return pix, w, h
}

// insidePolygon says whether (x, y) is inside the polygon (even–odd rule:
// a ray to the right crosses its edges an odd number of times).
func insidePolygon(pts []PointF, x, y float64) bool {
	in := false
	for i, a := range pts {
		b := pts[(i+len(pts)-1)%len(pts)]
		if (a.Y > y) != (b.Y > y) && x < a.X+(y-a.Y)*(b.X-a.X)/(b.Y-a.Y) {
			in = !in
		}
	}
	return in
}
