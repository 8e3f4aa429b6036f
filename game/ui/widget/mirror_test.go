package widget

import "testing"

// TestFormDescribe: the form says its focused control with kind, state and
// tooltip, and whether Tab is at either end of the screen's controls.
func TestFormDescribe(t *testing.T) {
	a := NewButton(ButtonConfig{Text: "New game", Tooltip: "Start a new game."})
	off := NewButton(ButtonConfig{Text: "Continue", Disabled: true})
	tg := NewToggle(ToggleConfig{Label: "Colour-blind palette", On: true})
	f := NewForm(NewLabel(LabelConfig{Text: "Backchannel"}), a, off, tg)
	if d := f.Describe(); d.Focus != "" || d.AtFirst || d.AtLast {
		t.Errorf("nothing focused: %+v; Tab must still enter the form", d)
	}
	f.FocusFirst()
	d := f.Describe()
	if d.Focus != "New game, button" || d.Tip != "Start a new game." || !d.AtFirst || d.AtLast {
		t.Errorf("first control: %+v", d)
	}
	f.FocusNext() // skips the disabled button
	if d := f.Describe(); d.Focus != "Colour-blind palette, switch, on" || d.AtFirst || !d.AtLast {
		t.Errorf("last control: %+v", d)
	}
	if got := Spoken(off); got != "Continue, button, unavailable" {
		t.Errorf("a disabled button: %q", got)
	}
	dlg := NewDialog(DialogConfig{Title: "Saved", Body: "Your game is kept as “turn 4”.", Buttons: []ButtonConfig{{Text: "Close"}}})
	dlg.form.FocusFirst()
	if d := dlg.Describe(); d.Dialog != "Saved. Your game is kept as “turn 4”." || d.Focus != "Close, button" {
		t.Errorf("dialog: %+v", d)
	}
}
