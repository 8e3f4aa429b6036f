package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

func TestTextInputEditing(t *testing.T) {
	var changes []string
	in := NewTextInput(TextInputConfig{Placeholder: "Name your save", MaxLen: 12,
		OnChange: func(_ *ui.Context, s string) { changes = append(changes, s) }})
	r := newRig(t, in)
	rows(in)
	r.click(in)
	if r.form.Focused() != in {
		t.Fatal("a click focuses the field")
	}
	r.script.Type("Praha ")
	r.run()
	r.script.Type("Říjen")
	r.run()
	if in.Text() != "Praha Říjen" || in.Caret() != 11 {
		t.Fatalf("typed %q, caret %d", in.Text(), in.Caret())
	}
	r.press(ebiten.KeyBackspace)
	r.press(ebiten.KeyHome)
	r.press(ebiten.KeyDelete)
	r.press(ebiten.KeyArrowRight)
	r.script.Type("X")
	r.run()
	if in.Text() != "rXaha Říje" || in.Caret() != 2 {
		t.Errorf("after editing: %q, caret %d", in.Text(), in.Caret())
	}
	r.press(ebiten.KeyEnd)
	r.script.Type("abcdef")
	r.run()
	if len([]rune(in.Text())) != 12 {
		t.Errorf("MaxLen: %q", in.Text())
	}
	if len(changes) == 0 || changes[len(changes)-1] != in.Text() {
		t.Errorf("OnChange: %v", changes)
	}
}

// TestTextInputSpaceAndEnter: a space typed in a field is text, not a
// button press; Enter submits when the field wants it, and otherwise is
// left for the screen to confirm.
func TestTextInputSpaceAndEnter(t *testing.T) {
	submitted := ""
	in := NewTextInput(TextInputConfig{})
	r := newRig(t, in)
	rows(in)
	r.form.Focus(in)
	r.script.Press(ebiten.KeySpace)
	r.in.Next(r.script.Poll())
	r.form.Update(r.ctx)
	if r.in.Action(ui.ActionActivate) {
		t.Error("Space in a text field must not activate anything")
	}
	r.run()
	r.script.Press(ebiten.KeyEnter)
	r.in.Next(r.script.Poll())
	r.form.Update(r.ctx)
	if !r.in.Action(ui.ActionConfirm) {
		t.Error("without OnSubmit, Enter confirms the screen")
	}
	r.run()
	in.OnSubmit = func(_ *ui.Context, s string) { submitted = "<" + s + ">" }
	r.script.Type("ok").Press(ebiten.KeyEnter)
	r.run()
	if submitted != "<ok>" {
		t.Errorf("submitted %q", submitted)
	}
}
