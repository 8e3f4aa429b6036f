package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

func TestToggle(t *testing.T) {
	var seen []bool
	tg := NewToggle(ToggleConfig{Label: "Full screen", OnChange: func(_ *ui.Context, on bool) { seen = append(seen, on) }})
	r := newRig(t, tg)
	rows(tg)
	r.click(tg)
	r.form.Focus(tg)
	r.press(ebiten.KeySpace)
	r.press(ebiten.KeyEnter)
	if len(seen) != 3 || !seen[0] || seen[1] || !seen[2] || !tg.On {
		t.Errorf("changes %v, on %v", seen, tg.On)
	}
	tg.Disabled = true
	r.click(tg)
	if len(seen) != 3 {
		t.Error("a disabled toggle does not change")
	}
}
