package uitest

import (
	"image"
	"image/color"
	"testing"
)

func TestCompare(t *testing.T) {
	a := image.NewRGBA(image.Rect(0, 0, 10, 10))
	b := image.NewRGBA(image.Rect(0, 0, 10, 10))
	for i := range a.Pix {
		a.Pix[i], b.Pix[i] = 100, 100
	}
	if frac, _ := Compare(a, b, ChannelTolerance); frac != 0 {
		t.Errorf("same images differ by %v", frac)
	}
	b.SetRGBA(1, 1, color.RGBA{100 + ChannelTolerance, 100, 100, 100})
	if frac, _ := Compare(a, b, ChannelTolerance); frac != 0 {
		t.Errorf("a difference within tolerance counts: %v", frac)
	}
	b.SetRGBA(2, 2, color.RGBA{100, 100 + ChannelTolerance + 1, 100, 100})
	frac, diff := Compare(a, b, ChannelTolerance)
	if frac != 0.01 {
		t.Errorf("one pixel in a hundred: %v", frac)
	}
	if diff.RGBAAt(2, 2) != (color.RGBA{255, 0, 0, 255}) {
		t.Error("the diff marks the pixel in red")
	}
	if frac, _ := Compare(a, image.NewRGBA(image.Rect(0, 0, 5, 5)), ChannelTolerance); frac != 1 {
		t.Error("different sizes differ entirely")
	}
}
