package ui

import (
	"math"
	"testing"
)

// TestPolygonPixelsCoverThePolygon checks the images of the board's marks
// (a diamond, a deadline's triangle, an arrow head, each at a fraction of
// a pixel from the image's corner): the whole cover is the polygon's area
// (by the shoelace formula), a pixel whose every point is inside is full,
// and one wholly outside is empty.
func TestPolygonPixelsCoverThePolygon(t *testing.T) {
	for _, c := range []struct {
		name string
		pts  []PointF
	}{
		{"diamond", []PointF{{6, 0.5}, {11.5, 6}, {6, 11.5}, {0.5, 6}}},
		{"triangle", []PointF{{7.25, 0.25}, {14.25, 12.85}, {0.25, 12.85}}},
		{"arrow", []PointF{{0.75, 4.5}, {5.25, 0}, {5.25, 9}}},
	} {
		pix, w, h := polygonPixels(c.pts)
		if len(pix) != 4*w*h || w == 0 || h == 0 {
			t.Fatalf("%s: %d bytes for %d×%d", c.name, len(pix), w, h)
		}
		area := 0.0
		for i, a := range c.pts {
			b := c.pts[(i+1)%len(c.pts)]
			area += a.X*b.Y - b.X*a.Y
		}
		area = math.Abs(area) / 2
		var got float64
		for y := range h {
			for x := range w {
				a := float64(pix[4*(y*w+x)+3]) / 255
				got += a
				corners := 0
				for _, d := range []PointF{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
					if insidePolygon(c.pts, float64(x)+d.X, float64(y)+d.Y) {
						corners++
					}
				}
				// A convex polygon holds a pixel whose four corners
				// it holds; one that holds none of them may still clip
				// a pixel by a sharp corner, so only the first is exact.
				if corners == 4 && a != 1 {
					t.Errorf("%s: pixel (%d, %d) is inside but covered %.2f", c.name, x, y, a)
				}
			}
		}
		if math.Abs(got-area) > 0.02*area {
			t.Errorf("%s: %.1f pixels covered, want the polygon's area %.1f", c.name, got, area)
		}
	}
}
