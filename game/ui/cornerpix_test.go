package ui

import (
	"math"
	"testing"
)

// TestDiamondPixelsCoverTheDiamond compares each pixel of diamondPixels
// with the share of it the diamond covers, counted on a 16×16 grid of
// samples (off by at most a fifth at an edge), and the whole with the
// diamond's area.
func TestDiamondPixelsCoverTheDiamond(t *testing.T) {
	for _, r := range []float64{2, 5, 7.5, 10} {
		pix := diamondPixels(r)
		n := 2 * int(math.Ceil(r))
		if len(pix) != 4*n*n {
			t.Fatalf("r %v: %d bytes, want %d", r, len(pix), 4*n*n)
		}
		c := float64(n) / 2
		const k = 16
		var got, worst float64
		for y := range n {
			for x := range n {
				inside := 0
				for sy := range k {
					for sx := range k {
						px, py := float64(x)+(float64(sx)+0.5)/k, float64(y)+(float64(sy)+0.5)/k
						if math.Abs(px-c)+math.Abs(py-c) <= r {
							inside++
						}
					}
				}
				cover := float64(inside) / (k * k)
				a := float64(pix[4*(y*n+x)+3]) / 255
				got += a
				worst = math.Max(worst, math.Abs(a-cover))
			}
		}
		if worst > 0.2 {
			t.Errorf("r %v: a pixel is off by %.2f of its cover, want at most 0.2", r, worst)
		}
		if want := 2 * r * r; math.Abs(got-want) > 0.02*want {
			t.Errorf("r %v: %.1f pixels covered, want the diamond's area 2r² = %.1f", r, got, want)
		}
	}
}
