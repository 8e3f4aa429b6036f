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

// diamondPixels returns the premultiplied RGBA pixels of a white diamond
// (a square on its corner) whose corners are r from the centre of a
// (2n)×(2n) square, n = ⌈r⌉. As in cornerPixels, each pixel's cover is
// its centre's distance to the nearest edge, (r − |dx| − |dy|)/√2.
func diamondPixels(r float64) []byte {
	n := 2 * int(math.Ceil(r))
	pix := make([]byte, 4*n*n)
	c := float64(n) / 2
	for y := range n {
		for x := range n {
			d := math.Abs(float64(x)+0.5-c) + math.Abs(float64(y)+0.5-c)
			a := math.Max(0, math.Min(1, (r-d)/math.Sqrt2+0.5))
			v := uint8(a*255 + 0.5)
			i := 4 * (y*n + x)
			pix[i], pix[i+1], pix[i+2], pix[i+3] = v, v, v, v
		}
	}
	return pix
}
