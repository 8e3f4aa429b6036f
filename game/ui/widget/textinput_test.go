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

// imeStub is an input method that composes what the script types and
// commits it on Enter, as an IME for Japanese does.
type imeStub struct {
	preedit string
	stops   int
}

func (m *imeStub) Type(in *ui.Input, t ui.TextTarget) bool {
	switch {
	case len(in.Chars()) > 0:
		m.preedit += string(in.Chars())
	case m.preedit != "" && in.KeyTriggered(ebiten.KeyEnter):
		t.Insert(m.preedit)
		m.preedit = ""
	default:
		return false
	}
	t.Compose(m.preedit)
	return true
}

func (m *imeStub) Stop(t ui.TextTarget) {
	m.stops++
	if m.preedit != "" {
		t.Insert(m.preedit)
		m.preedit = ""
		t.Compose("")
	}
}

// TestTextInputTakesAnInputMethod: the field's text comes through its
// input's text method, not from the typed characters as well. While the
// method composes, the keys are its own (Enter commits rather than
// submits, Backspace edits the composition); the composition shows at the
// caret and is not yet text; losing the keyboard commits it.
func TestTextInputTakesAnInputMethod(t *testing.T) {
	submitted := 0
	in := NewTextInput(TextInputConfig{OnSubmit: func(*ui.Context, string) { submitted++ }})
	other := NewTextInput(TextInputConfig{})
	r := newRig(t, in, other)
	rows(in, other)
	ime := &imeStub{}
	r.in.SetTextMethod(ime)
	r.form.Focus(in)
	r.script.Type("nihon")
	r.run()
	if in.Text() != "" || in.composing != "nihon" {
		t.Fatalf("composing: text %q, composition %q; want the composition only", in.Text(), in.composing)
	}
	r.press(ebiten.KeyEnter)
	if in.Text() != "nihon" || in.composing != "" || submitted != 0 {
		t.Fatalf("Enter commits the composition without submitting: %q, %q, %d", in.Text(), in.composing, submitted)
	}
	r.press(ebiten.KeyEnter)
	if submitted != 1 {
		t.Errorf("with nothing composed, Enter submits: %d", submitted)
	}
	if before, after, _ := in.Surrounding(); before != "nihon" || after != "" {
		t.Errorf("the caret's surroundings: %q, %q", before, after)
	}
	r.script.Type("go")
	r.run()
	r.form.Focus(other)
	r.run()
	if in.Text() != "nihongo" || ime.stops != 1 {
		t.Errorf("losing the keyboard commits what was composed: %q, stops %d", in.Text(), ime.stops)
	}
}
