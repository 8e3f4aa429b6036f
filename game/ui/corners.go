package ui

import (
	"image"
	"image/color"
	"math"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
)

// Rounded rectangles are drawn as nine slices: four corners cut from a
// small antialiased image rendered once per radius and border width, and
// plain quads for the edges and middle. A vector path per rectangle costs
// a stencil pass each, which made a frame of panels, buttons and shadows
// take a tenth of a second under software GL.

// cornerKey identifies a corner image: radius and stroke width in whole and
// quarter pixels; width 0 means filled.
type cornerKey struct{ rad, width int }

// cornerImage is a (2r)×(2r) white rounded square (or ring) whose four
// quadrants are the four corners.
type cornerImage struct {
	img   *ebiten.Image
	rad   int     // corner size in pixels
	width float64 // border width; 0 for a fill
}

// cornerCache holds corner images; they are tiny and few (one per radius
// and width the theme uses), so they are never evicted.
type cornerCache struct {
	mu sync.Mutex
	m  map[cornerKey]*cornerImage
	// shapes holds FillPolygon's images, keyed by the polygon's corners
	// in quarter pixels from its image's top left.
	shapes map[string]*ebiten.Image
}

var corners = &cornerCache{m: map[cornerKey]*cornerImage{}, shapes: map[string]*ebiten.Image{}}

func (c *cornerCache) get(rad, width float64) *cornerImage {
	r := max(0, int(math.Round(rad)))
	key := cornerKey{r, int(math.Round(width * 4))}
	c.mu.Lock()
	defer c.mu.Unlock()
	if ci, ok := c.m[key]; ok {
		return ci
	}
	ci := &cornerImage{rad: r, width: float64(key.width) / 4}
	if r > 0 {
		ci.img = ebiten.NewImage(2*r, 2*r)
		ci.img.WritePixels(cornerPixels(r, ci.width))
	}
	c.m[key] = ci
	return ci
}

// polygon returns the image of the polygon pts (corners in pixels from
// the image's top left; key writes them in quarter pixels), cached as the
// corners are: the board's marks are a few shapes at a few sizes.
func (c *cornerCache) polygon(key string, pts []PointF) *ebiten.Image {
	c.mu.Lock()
	defer c.mu.Unlock()
	if img, ok := c.shapes[key]; ok {
		return img
	}
	pix, w, h := polygonPixels(pts)
	var img *ebiten.Image
	if w > 0 && h > 0 {
		img = ebiten.NewImage(w, h)
		img.WritePixels(pix)
	}
	c.shapes[key] = img
	return img
}

// drawNineSlice draws a rounded rectangle r, filled or as a border, in clr.
func drawNineSlice(dst *ebiten.Image, r image.Rectangle, ci *cornerImage, clr color.Color, fill bool) {
	if r.Empty() {
		return
	}
	k := min(ci.rad, r.Dx()/2, r.Dy()/2)
	if k <= 0 || ci.img == nil {
		if fill {
			FillRect(dst, r, clr)
		} else {
			StrokeRect(dst, r, math.Max(1, ci.width), clr)
		}
		return
	}
	// Corners: each quadrant of the corner image, clipped to k×k when the
	// rectangle is too small for the full radius.
	quads := []struct {
		src image.Rectangle
		at  image.Point
	}{
		{image.Rect(0, 0, k, k), r.Min},
		{image.Rect(2*ci.rad-k, 0, 2*ci.rad, k), image.Pt(r.Max.X-k, r.Min.Y)},
		{image.Rect(0, 2*ci.rad-k, k, 2*ci.rad), image.Pt(r.Min.X, r.Max.Y-k)},
		{image.Rect(2*ci.rad-k, 2*ci.rad-k, 2*ci.rad, 2*ci.rad), image.Pt(r.Max.X-k, r.Max.Y-k)},
	}
	for _, q := range quads {
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(q.at.X), float64(q.at.Y))
		op.ColorScale.ScaleWithColor(clr)
		dst.DrawImage(ci.img.SubImage(q.src).(*ebiten.Image), op)
	}
	x0, y0, x1, y1 := float64(r.Min.X), float64(r.Min.Y), float64(r.Max.X), float64(r.Max.Y)
	kf := float64(k)
	if fill {
		fillRectF(dst, x0+kf, y0, x1-x0-2*kf, kf, clr)    // top strip
		fillRectF(dst, x0, y0+kf, x1-x0, y1-y0-2*kf, clr) // middle
		fillRectF(dst, x0+kf, y1-kf, x1-x0-2*kf, kf, clr) // bottom strip
		return
	}
	w := ci.width
	fillRectF(dst, x0+kf, y0, x1-x0-2*kf, w, clr)
	fillRectF(dst, x0+kf, y1-w, x1-x0-2*kf, w, clr)
	fillRectF(dst, x0, y0+kf, w, y1-y0-2*kf, clr)
	fillRectF(dst, x1-w, y0+kf, w, y1-y0-2*kf, clr)
}
