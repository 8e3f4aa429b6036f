package widget

import (
	"image"
	"strings"
	"testing"
)

func TestTooltipRect(t *testing.T) {
	r := newRig(t)
	th := r.ctx.Theme
	screen := image.Rect(0, 0, 1280, 720)
	long := strings.Repeat("A long explanation of a control. ", 8)
	cases := []struct {
		name   string
		anchor image.Rectangle
		beside bool
		check  func(tip image.Rectangle) bool
	}{
		{"below", image.Rect(100, 100, 300, 140), false, func(tip image.Rectangle) bool { return tip.Min.Y >= 140 }},
		{"above at the bottom", image.Rect(100, 690, 300, 715), false, func(tip image.Rectangle) bool { return tip.Max.Y <= 690 }},
		{"beside", image.Rect(100, 300, 300, 340), true, func(tip image.Rectangle) bool { return tip.Min.X >= 300 }},
		{"shifted left at the edge", image.Rect(1200, 100, 1270, 140), false, func(tip image.Rectangle) bool { return tip.Max.X <= 1280 }},
	}
	for _, c := range cases {
		for _, text := range []string{"Short.", long} {
			tip := TooltipRect(th, text, c.anchor, screen, c.beside)
			if !tip.In(screen) || !c.check(tip) {
				t.Errorf("%s, %d chars: tooltip at %v", c.name, len(text), tip)
			}
			if len(text) > 100 && tip.Dx() > th.Pxi(TooltipMaxWidth)+1 {
				t.Errorf("%s: long tooltip %d wide, limit %d", c.name, tip.Dx(), th.Pxi(TooltipMaxWidth))
			}
		}
	}
}
