package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

func TestChoiceKeys(t *testing.T) {
	var seen []int
	c := NewChoice(ChoiceConfig{Label: "Scale", Options: []string{"100%", "150%", "200%"},
		OnChange: func(_ *ui.Context, i int) { seen = append(seen, i) }})
	after := NewButton(ButtonConfig{Text: "after"})
	r := newRig(t, c, after)
	rows(c, after)
	r.form.Focus(c)
	r.press(ebiten.KeyArrowRight)
	r.press(ebiten.KeyArrowRight)
	if c.Value() != "200%" || r.form.Focused() != c {
		t.Fatalf("two steps right: %q", c.Value())
	}
	// At the end, Right is not used, so the form moves focus on.
	r.press(ebiten.KeyArrowRight)
	if r.form.Focused() != after || c.Selected != 2 {
		t.Errorf("Right at the end should move focus; focused %v, selected %d", r.form.Focused(), c.Selected)
	}
	r.form.Focus(c)
	r.press(ebiten.KeyEnter) // Enter cycles round to the first
	r.press(ebiten.KeyArrowLeft)
	if len(seen) != 3 || seen[2] != 0 || c.Selected != 0 {
		t.Errorf("changes %v, selected %d", seen, c.Selected)
	}
}

func TestChoiceClicks(t *testing.T) {
	c := NewChoice(ChoiceConfig{Label: "Scale", Options: []string{"a", "b", "c"}, Selected: 1})
	r := newRig(t, c)
	rows(c)
	prev, next := c.arrows(r.ctx.Theme)
	r.clickAt(center(next))
	if c.Selected != 2 {
		t.Errorf("click on ►: %d", c.Selected)
	}
	r.clickAt(center(prev))
	r.clickAt(center(prev))
	if c.Selected != 0 {
		t.Errorf("two clicks on ◄: %d", c.Selected)
	}
	c.Wrap = true
	r.clickAt(center(prev))
	if c.Selected != 2 {
		t.Errorf("wrapping choice goes round: %d", c.Selected)
	}
}
