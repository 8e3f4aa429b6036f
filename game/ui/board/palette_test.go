package board

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

// TestMapTintsFollowThePalette: switching the colour-blind palette off
// repaints the countries at once, not at the next turn (the tints were
// cached with the snapshot).
func TestMapTintsFollowThePalette(t *testing.T) {
	uitest.NeedWindow(t)
	fonts, err := ui.NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	var r recorder
	bd := New(r.config(tutorial(t, "ALD"), "ALD"))
	screen := ebiten.NewImage(hd.X, hd.Y)
	tints := func(p ui.Palette) map[string]string {
		th := ui.NewTheme(fonts, p, 1)
		ctx, _ := ui.NewDetachedContext(ui.NewInput(ui.DefaultKeymap()), th, hd)
		bd.Enter(ctx)
		bd.Update(ctx)
		bd.Draw(screen, th)
		out := map[string]string{}
		for code, c := range bd.mapw.tints {
			out[code] = fmt.Sprint(c)
		}
		return out
	}
	std := tints(ui.StandardPalette())
	cb := tints(ui.ColourBlindPalette())
	back := tints(ui.StandardPalette())
	if len(std) == 0 || fmt.Sprint(std) == fmt.Sprint(cb) {
		t.Fatalf("the colour-blind palette did not change the tints: %v", cb)
	}
	if fmt.Sprint(back) != fmt.Sprint(std) {
		t.Errorf("back to the standard palette, the map keeps %v, want %v", back, std)
	}
}
