package main

import (
	"hash/fnv"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"sort"

	"backchannel/game/geo"
)

// writePreview renders m to a PNG with flat country colours, borders and
// label dots. It exists so a human can eyeball a regenerated asset without
// starting the game; the game draws the map itself with ebiten.
func writePreview(m *geo.Map, path string, width int) error {
	tr := m.Fit(float64(width), math.Ceil(float64(width)*m.Bounds.Dy()/m.Bounds.Dx()))
	h := int(math.Ceil(m.Bounds.Dy() * tr.Scale))
	img := image.NewRGBA(image.Rect(0, 0, width, h))
	sea := color.RGBA{182, 206, 226, 255}
	for i := range img.Pix {
		img.Pix[i] = []uint8{sea.R, sea.G, sea.B, sea.A}[i%4]
	}
	for i := range m.Countries {
		c := &m.Countries[i]
		f := fnv.New32a()
		f.Write([]byte(c.Code))
		v := f.Sum32()
		col := color.RGBA{uint8(170 + v%70), uint8(160 + (v>>8)%70), uint8(130 + (v>>16)%70), 255}
		for _, poly := range c.Polygons {
			fillEvenOdd(img, poly, tr, col)
		}
	}
	border := color.RGBA{90, 80, 70, 255}
	for _, c := range m.Countries {
		for _, poly := range c.Polygons {
			for _, r := range poly {
				for i, a := range r {
					line(img, tr.Apply(a), tr.Apply(r[(i+1)%len(r)]), border)
				}
			}
		}
		l := tr.Apply(c.Label)
		for dx := -2; dx <= 2; dx++ {
			for dy := -2; dy <= 2; dy++ {
				img.Set(int(l.X)+dx, int(l.Y)+dy, color.RGBA{200, 0, 0, 255})
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// fillEvenOdd scan-converts poly, sampling each pixel row at its centre.
func fillEvenOdd(img *image.RGBA, poly geo.Polygon, tr geo.Transform, col color.RGBA) {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		fy := float64(y) + 0.5
		var xs []float64
		for _, r := range poly {
			for i, a := range r {
				p, q := tr.Apply(a), tr.Apply(r[(i+1)%len(r)])
				if (p.Y > fy) != (q.Y > fy) {
					xs = append(xs, p.X+(fy-p.Y)*(q.X-p.X)/(q.Y-p.Y))
				}
			}
		}
		sort.Float64s(xs)
		for i := 0; i+1 < len(xs); i += 2 {
			for x := int(math.Ceil(xs[i] - 0.5)); float64(x)+0.5 < xs[i+1]; x++ {
				img.SetRGBA(x, y, col)
			}
		}
	}
}

func line(img *image.RGBA, a, b geo.Point, col color.RGBA) {
	n := int(math.Max(math.Abs(b.X-a.X), math.Abs(b.Y-a.Y))) + 1
	for i := 0; i <= n; i++ {
		t := float64(i) / float64(n)
		img.SetRGBA(int(a.X+t*(b.X-a.X)), int(a.Y+t*(b.Y-a.Y)), col)
	}
}
