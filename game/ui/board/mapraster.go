package board

import (
	"image"
	"image/color"
	"math"

	"golang.org/x/image/vector"

	"backchannel/game/geo"
	"backchannel/game/ui"
)

// mapRaster paints the base map on the CPU, with the rasterizer of
// golang.org/x/image/vector, into pixels that the layer uploads at once.
// Filled and stroked with ebiten's vector package, the map's eleven
// thousand points of coastline became millions of stencil vertices in
// ebiten's command queue: 650 MB allocated on the first frame of the
// letter-2009 board, a queue that keeps its size for good (WebAssembly
// memory never shrinks), and seconds of GPU work. On the CPU the map costs
// its pixels and one accumulation buffer, both reused.
type mapRaster struct {
	pix  *image.RGBA
	z    vector.Rasterizer
	ring []pt32 // scratch: one ring in pixels
}

// pt32 is a point in the layer's pixels.
type pt32 struct{ x, y float32 }

// paint draws the sea, the graticule, the land and the borders for spec
// and returns the pixels (premultiplied, as ebiten takes them).
func (r *mapRaster) paint(th *ui.Theme, m *geo.Map, spec layerSpec) *image.RGBA {
	bounds := image.Rect(0, 0, spec.size.X, spec.size.Y)
	if r.pix == nil || r.pix.Bounds() != bounds {
		r.pix = image.NewRGBA(bounds)
	}
	p := th.Palette
	r.gradient(ui.Mix(seaColour(p), p.BackgroundTop, 0.4), seaColour(p))
	r.graticule(th, m, spec)

	land := landColour(p)
	for i := range m.Countries {
		c := &m.Countries[i]
		if len(c.Polygons) == 0 || !boxesMeet(c.Box, spec.view) {
			continue
		}
		clr := land
		if t, ok := spec.tints[c.Code]; ok {
			clr = ui.Mix(land, t, 0.58)
		}
		r.fillCountry(c, spec.xf, clr)
	}

	// The borders: every ring's edge, in one pass.
	r.z.Reset(bounds.Dx(), bounds.Dy())
	hw := float32(th.Px(mapBorderLine)) / 2
	for i := range m.Countries {
		c := &m.Countries[i]
		if len(c.Polygons) == 0 || !boxesMeet(c.Box, spec.view) {
			continue
		}
		for _, poly := range c.Polygons {
			for _, ring := range poly {
				r.stroke(r.project(ring, spec.xf), true, hw)
			}
		}
	}
	r.z.Draw(r.pix, bounds, image.NewUniform(ui.Mix(seaColour(p), land, 0.25)), image.Point{})
	return r.pix
}

// gradient fills the pixels with a vertical gradient from top to bottom,
// as ui.FillGradient does on the GPU.
func (r *mapRaster) gradient(top, bottom color.RGBA) {
	b := r.pix.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		c := ui.Mix(top, bottom, (float64(y-b.Min.Y)+0.5)/float64(b.Dy()))
		row := r.pix.Pix[r.pix.PixOffset(b.Min.X, y) : r.pix.PixOffset(b.Max.X-1, y)+4]
		for x := 0; x < len(row); x += 4 {
			row[x], row[x+1], row[x+2], row[x+3] = c.R, c.G, c.B, c.A
		}
	}
}

// graticule draws faint meridians and parallels every ten degrees, the
// mark of a chart rather than a picture.
func (r *mapRaster) graticule(th *ui.Theme, m *geo.Map, spec layerSpec) {
	b := r.pix.Bounds()
	r.z.Reset(b.Dx(), b.Dy())
	hw := float32(th.Px(mapGridLine)) / 2
	line := func(n int, at func(k int) (lon, lat float64)) {
		r.ring = r.ring[:0]
		for k := 0; k <= n; k++ {
			q := spec.xf.Apply(m.Project(at(k)))
			r.ring = append(r.ring, pt32{float32(q.X), float32(q.Y)})
		}
		r.stroke(r.ring, false, hw)
	}
	// The cone's lines are drawn where the Europe map is; the world's
	// cylinder takes them all round the globe.
	w, e, s, n := -30.0, 90.0, 20.0, 70.0
	if m.Projection.Kind != geo.ProjectionLCC {
		w, e, s, n = -180, 180, -80, 80
	}
	for lon := w; lon <= e; lon += 10 {
		line(40, func(k int) (float64, float64) { return lon, s + float64(k)*(n-s)/40 })
	}
	for lat := s; lat <= n; lat += 10 {
		line(60, func(k int) (float64, float64) { return w + float64(k)*(e-w)/60, lat })
	}
	r.z.Draw(r.pix, b, image.NewUniform(ui.Fade(th.Palette.Info, 0.16)), image.Point{})
}

// fillCountry fills a country's polygons in clr. The rasterizer covers
// only the country's box on the layer, so a small country costs little.
// Holes (enclaves) are wound against their outer ring, so that the
// rasterizer's non-zero rule leaves them empty, as the even-odd rule would.
func (r *mapRaster) fillCountry(c *geo.Country, xf geo.Transform, clr color.RGBA) {
	lo := xf.Apply(c.Box.Min)
	hi := xf.Apply(c.Box.Max)
	box := image.Rect(int(math.Floor(math.Min(lo.X, hi.X)))-1, int(math.Floor(math.Min(lo.Y, hi.Y)))-1,
		int(math.Ceil(math.Max(lo.X, hi.X)))+1, int(math.Ceil(math.Max(lo.Y, hi.Y)))+1).Intersect(r.pix.Bounds())
	if box.Empty() {
		return
	}
	r.z.Reset(box.Dx(), box.Dy())
	off := pt32{float32(box.Min.X), float32(box.Min.Y)}
	for _, poly := range c.Polygons {
		outer := 0.0
		for k, ring := range poly {
			pts := r.project(ring, xf)
			a := area(pts)
			if k == 0 {
				outer = a
			}
			reverse := k > 0 && (a > 0) == (outer > 0)
			for n := range pts {
				q := pts[n]
				if reverse {
					q = pts[len(pts)-1-n]
				}
				q.x, q.y = q.x-off.x, q.y-off.y
				if n == 0 {
					r.z.MoveTo(q.x, q.y)
				} else {
					r.z.LineTo(q.x, q.y)
				}
			}
			r.z.ClosePath()
		}
	}
	r.z.Draw(r.pix, box, image.NewUniform(clr), image.Point{})
}

// project returns the ring in the layer's pixels, in r's scratch slice.
func (r *mapRaster) project(ring geo.Ring, xf geo.Transform) []pt32 {
	r.ring = r.ring[:0]
	for _, p := range ring {
		q := xf.Apply(p)
		r.ring = append(r.ring, pt32{float32(q.X), float32(q.Y)})
	}
	return r.ring
}

// stroke adds a line of half width hw through pts to the rasterizer (closed:
// back to the first point). Each segment is a quad that runs on by hw at
// both ends, so that joins are covered; the rasterizer counts overlaps
// once.
func (r *mapRaster) stroke(pts []pt32, closed bool, hw float32) {
	n := len(pts)
	segs := n - 1
	if closed {
		segs = n
	}
	for i := 0; i < segs; i++ {
		a, b := pts[i], pts[(i+1)%n]
		dx, dy := b.x-a.x, b.y-a.y
		l := float32(math.Hypot(float64(dx), float64(dy)))
		if l == 0 {
			continue
		}
		ux, uy := dx/l*hw, dy/l*hw // along the segment, hw long
		nx, ny := -uy, ux          // across it
		a.x, a.y, b.x, b.y = a.x-ux, a.y-uy, b.x+ux, b.y+uy
		r.z.MoveTo(a.x+nx, a.y+ny)
		r.z.LineTo(b.x+nx, b.y+ny)
		r.z.LineTo(b.x-nx, b.y-ny)
		r.z.LineTo(a.x-nx, a.y-ny)
		r.z.ClosePath()
	}
}

// area is twice the signed area of a ring: its sign gives the winding.
func area(pts []pt32) float64 {
	s := 0.0
	for i := range pts {
		a, b := pts[i], pts[(i+1)%len(pts)]
		s += float64(a.x)*float64(b.y) - float64(b.x)*float64(a.y)
	}
	return s
}
