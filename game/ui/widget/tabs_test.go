package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

func TestTabs(t *testing.T) {
	var seen []int
	tb := NewTabs(TabsConfig{Labels: []string{"Glossary", "Controls", "About"},
		OnChange: func(_ *ui.Context, i int) { seen = append(seen, i) }})
	r := newRig(t, tb)
	rows(tb)
	rects := tb.TabRects(r.ctx.Theme)
	for i := 1; i < len(rects); i++ {
		if rects[i].Min.X < rects[i-1].Max.X {
			t.Fatalf("tabs overlap: %v", rects)
		}
	}
	if w := tb.PreferredWidth(r.ctx.Theme); w != rects[2].Max.X-tb.Bounds().Min.X {
		t.Errorf("preferred width %d", w)
	}
	r.clickAt(center(rects[2]))
	r.form.Focus(tb)
	r.press(ebiten.KeyArrowLeft)
	r.press(ebiten.KeyArrowRight)
	if want := []int{2, 1, 2}; len(seen) != 3 || seen[0] != want[0] || seen[1] != want[1] || seen[2] != want[2] {
		t.Errorf("changes %v, want %v", seen, want)
	}
	if NewTabs(TabsConfig{Labels: []string{"only"}}).Focusable() {
		t.Error("a single tab needs no focus")
	}
}
