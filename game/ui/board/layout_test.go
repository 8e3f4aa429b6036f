package board

import (
	"image"
	"testing"
)

func TestLayoutPanelsDoNotOverlap(t *testing.T) {
	cases := []struct {
		size  image.Point
		scale float64
	}{
		{image.Pt(1280, 720), 1},
		{image.Pt(1920, 1080), 1},
		{image.Pt(2560, 1440), 2},
		{image.Pt(1920, 1080), 1.5},
		{image.Pt(3840, 2160), 2},
		{image.Pt(960, 600), 1},
		{image.Pt(1920, 1200), 2},
	}
	for _, c := range cases {
		l := ComputeLayout(c.size, c.scale)
		regions := l.Regions()
		for i, a := range regions {
			if a.Rect.Empty() {
				t.Errorf("%v@%v: %s is empty", c.size, c.scale, a.Name)
			}
			if !a.Rect.In(l.Screen) {
				t.Errorf("%v@%v: %s %v leaves the screen", c.size, c.scale, a.Name, a.Rect)
			}
			for _, b := range regions[i+1:] {
				if a.Rect.Overlaps(b.Rect) {
					t.Errorf("%v@%v: %s %v overlaps %s %v", c.size, c.scale, a.Name, a.Rect, b.Name, b.Rect)
				}
			}
		}
		// Minimum useful sizes, in logical pixels.
		min := func(name string, r image.Rectangle, w, h int) {
			if float64(r.Dx()) < float64(w)*c.scale-1 || float64(r.Dy()) < float64(h)*c.scale-1 {
				t.Errorf("%v@%v: %s is %v, want at least %dx%d logical", c.size, c.scale, name, r.Size(), w, h)
			}
		}
		min("map", l.Map, 280, 170)
		min("analyst", l.Analyst, 280, 130)
		min("inbox", l.Inbox, 280, 300)
		min("issues", l.Issues, 220, 300)
	}
}

func TestLayoutScalesWithTheTheme(t *testing.T) {
	a := ComputeLayout(image.Pt(1280, 720), 1)
	b := ComputeLayout(image.Pt(2560, 1440), 2)
	for i, r := range a.Regions() {
		s := b.Regions()[i].Rect
		if d := s.Min.Sub(r.Rect.Min.Mul(2)); abs(d.X) > 1 || abs(d.Y) > 1 {
			t.Errorf("%s at 200%%: %v, want twice %v", r.Name, s, r.Rect)
		}
	}
}
