package ui

import (
	"image"
	"image/color"
	"math"
	"strconv"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
)

// FillRect fills r with clr.
func FillRect(dst *ebiten.Image, r image.Rectangle, clr color.Color) {
	fillRectF(dst, float64(r.Min.X), float64(r.Min.Y), float64(r.Dx()), float64(r.Dy()), clr)
}

// fillRectF fills an axis-aligned rectangle by stretching a white pixel:
// one quad, far cheaper than a vector path, which matters under software
// GL in tests and on weak machines.
func fillRectF(dst *ebiten.Image, x, y, w, h float64, clr color.Color) {
	if w <= 0 || h <= 0 {
		return
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Scale(w, h)
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(clr)
	dst.DrawImage(WhitePixel(), op)
}

// StrokeRect draws a border of width w just inside r.
func StrokeRect(dst *ebiten.Image, r image.Rectangle, w float64, clr color.Color) {
	x, y, rw, rh := float64(r.Min.X), float64(r.Min.Y), float64(r.Dx()), float64(r.Dy())
	fillRectF(dst, x, y, rw, w, clr)
	fillRectF(dst, x, y+rh-w, rw, w, clr)
	fillRectF(dst, x, y+w, w, rh-2*w, clr)
	fillRectF(dst, x+rw-w, y+w, w, rh-2*w, clr)
}

// FillRoundRect fills r with rounded corners of radius rad.
func FillRoundRect(dst *ebiten.Image, r image.Rectangle, rad float64, clr color.Color) {
	drawNineSlice(dst, r, corners.get(rad, 0), clr, true)
}

// StrokeRoundRect draws a rounded border of width w just inside r.
func StrokeRoundRect(dst *ebiten.Image, r image.Rectangle, rad, w float64, clr color.Color) {
	drawNineSlice(dst, r, corners.get(rad, w), clr, false)
}

// DrawShadow draws a soft drop shadow under r: a few widening, fading
// rounded rectangles, cheap and good enough for panels and dialogs.
func DrawShadow(dst *ebiten.Image, r image.Rectangle, rad, spread float64, clr color.RGBA) {
	const steps = 6
	for i := steps; i >= 1; i-- {
		grow := int(spread * float64(i) / steps)
		rr := r.Inset(-grow).Add(image.Pt(0, grow/2))
		FillRoundRect(dst, rr, rad+float64(grow), Fade(clr, 1.0/steps))
	}
}

// HLine draws a horizontal line of thickness w from x0 to x1 at y.
func HLine(dst *ebiten.Image, x0, x1, y int, w float64, clr color.Color) {
	fillRectF(dst, float64(x0), float64(y), float64(x1-x0), w, clr)
}

// VLine draws a vertical line of thickness w from y0 to y1 at x.
func VLine(dst *ebiten.Image, x, y0, y1 int, w float64, clr color.Color) {
	fillRectF(dst, float64(x), float64(y0), w, float64(y1-y0), clr)
}

// WhitePixel is a 1×1 white image cut from a 3×3 one, so that stretching
// it never samples a neighbour in the texture atlas. Fills, gradients and
// the board's lines (drawn as rotated quads: one batched draw rather than a
// vector path's stencil pass) all stretch and tint it.
var WhitePixel = sync.OnceValue(func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
})

// FillGradient fills r with a vertical gradient from top to bottom.
func FillGradient(dst *ebiten.Image, r image.Rectangle, top, bottom color.RGBA) {
	x0, y0, x1, y1 := float32(r.Min.X), float32(r.Min.Y), float32(r.Max.X), float32(r.Max.Y)
	v := func(x, y float32, c color.RGBA) ebiten.Vertex {
		return ebiten.Vertex{DstX: x, DstY: y, SrcX: 1.5, SrcY: 1.5,
			ColorR: float32(c.R) / 255, ColorG: float32(c.G) / 255, ColorB: float32(c.B) / 255, ColorA: float32(c.A) / 255}
	}
	vs := []ebiten.Vertex{v(x0, y0, top), v(x1, y0, top), v(x0, y1, bottom), v(x1, y1, bottom)}
	dst.DrawTriangles(vs, []uint16{0, 1, 2, 1, 3, 2}, WhitePixel(), nil)
}

// Rect returns the rectangle at (x, y) of size w×h.
func Rect(x, y, w, h int) image.Rectangle { return image.Rect(x, y, x+w, y+h) }

// Color is the colour type palettes use.
type Color = color.RGBA

// PointF is a point with float coordinates.
type PointF struct{ X, Y float64 }

// FillPolygon fills a small polygon (a board's mark or arrow head), given
// by its corners, antialiased. It draws an image made on the CPU once for
// each shape and size and cached, placed on whole pixels with the
// polygon's offset within a pixel kept to a quarter. Filling triangles
// with ebiten's AntiAlias option drew each call through an offscreen
// image twice the destination's size, cleared and scaled back whole:
// several full-layer passes per mark on the board, and a long task of the
// browser's board (issue 13).
func FillPolygon(dst *ebiten.Image, pts []PointF, clr color.Color) {
	if len(pts) < 3 {
		return
	}
	x0, y0 := math.Inf(1), math.Inf(1)
	for _, p := range pts {
		x0, y0 = math.Min(x0, p.X), math.Min(y0, p.Y)
	}
	x0, y0 = math.Floor(x0), math.Floor(y0)
	rel := make([]PointF, len(pts))
	key := make([]byte, 0, 8*len(pts))
	for i, p := range pts {
		qx, qy := math.Round((p.X-x0)*4), math.Round((p.Y-y0)*4)
		rel[i] = PointF{X: qx / 4, Y: qy / 4}
		key = strconv.AppendInt(key, int64(qx), 10)
		key = append(key, ',')
		key = strconv.AppendInt(key, int64(qy), 10)
		key = append(key, ' ')
	}
	img := corners.polygon(string(key), rel)
	if img == nil {
		return
	}
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Translate(x0, y0)
	op.ColorScale.ScaleWithColor(clr)
	dst.DrawImage(img, op)
}

// FillDiamond fills a diamond (a square on its corner) centred on (x, y)
// whose corners are r from the centre, as FillPolygon fills any small
// polygon: the four ornaments of the screens' backdrop. (A filled vector
// path compiled ebiten's stencil shaders on its first use, the longest
// task of the browser's start in session 9's trace, issue 13.)
func FillDiamond(dst *ebiten.Image, x, y, r float64, clr color.Color) {
	FillPolygon(dst, []PointF{{x, y - r}, {x + r, y}, {x, y + r}, {x - r, y}}, clr)
}
