package widget

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

func names(f *Form) string {
	if w := f.Focused(); w != nil {
		if b, ok := w.(*Button); ok {
			return b.Text
		}
		return "?"
	}
	return "none"
}

// TestFocusOrder walks the focus ring with Tab, Shift+Tab and the arrows,
// skipping what cannot take focus, purely, without a window.
func TestFocusOrder(t *testing.T) {
	a := NewButton(ButtonConfig{Text: "a"})
	label := NewLabel(LabelConfig{Text: "not focusable"})
	b := NewButton(ButtonConfig{Text: "b"})
	off := NewButton(ButtonConfig{Text: "disabled", Disabled: true})
	c := NewButton(ButtonConfig{Text: "c"})
	hidden := NewButton(ButtonConfig{Text: "hidden"})
	hidden.Hidden = true
	r := newRig(t, a, label, b, off, c, hidden)
	rows(a, label, b, off, c, hidden)

	if names(r.form) != "none" {
		t.Fatal("nothing is focused at first")
	}
	var got []string
	for range 4 {
		r.press(ebiten.KeyTab)
		got = append(got, names(r.form))
	}
	r.script.With([]ebiten.Key{ebiten.KeyShiftLeft}, func(s *ui.Script) { s.Press(ebiten.KeyTab) })
	r.run()
	got = append(got, names(r.form))
	r.press(ebiten.KeyArrowUp)
	got = append(got, names(r.form))
	r.press(ebiten.KeyArrowDown)
	got = append(got, names(r.form))

	want := []string{"a", "b", "c", "a", "c", "b", "c"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("focus went %v, want %v", got, want)
		}
	}

	// A focused control that becomes disabled gives focus on.
	c.Disabled = true
	r.run()
	if names(r.form) != "a" {
		t.Errorf("focus after disabling c: %s", names(r.form))
	}
}

func TestFocusFunctions(t *testing.T) {
	a, b := NewButton(ButtonConfig{Text: "a"}), NewButton(ButtonConfig{Text: "b"})
	f := NewForm(NewLabel(LabelConfig{}), a, b)
	f.FocusPrev()
	if f.Focused() != b {
		t.Error("FocusPrev from nothing goes to the last")
	}
	f.FocusFirst()
	if f.Focused() != a {
		t.Error("FocusFirst")
	}
	if f.Focus(NewButton(ButtonConfig{})) {
		t.Error("a widget outside the form cannot take focus")
	}
	if !f.Focus(b) || f.Focused() != b {
		t.Error("Focus(b)")
	}
	if NewForm().FocusNext(); false {
		t.Error("an empty form must not panic")
	}
}

func TestClickFocuses(t *testing.T) {
	a, b := NewButton(ButtonConfig{Text: "a"}), NewButton(ButtonConfig{Text: "b"})
	r := newRig(t, a, b)
	rows(a, b)
	r.click(b)
	if r.form.Focused() != b {
		t.Error("clicking a control focuses it")
	}
}

func TestFocusFollowsHover(t *testing.T) {
	a, b := NewButton(ButtonConfig{Text: "a"}), NewButton(ButtonConfig{Text: "b"})
	r := newRig(t, a, b)
	rows(a, b)
	r.form.FocusFirst()
	r.script.Move(center(b.Bounds()))
	r.run()
	if r.form.Focused() != a {
		t.Error("without FocusFollowsHover, hovering leaves focus alone")
	}
	r.form.FocusFollowsHover = true
	r.script.Move(center(b.Bounds()).Add(image.Pt(1, 0)))
	r.run()
	if r.form.Focused() != b {
		t.Error("with FocusFollowsHover, hovering focuses")
	}
}

func TestTooltipTiming(t *testing.T) {
	a := NewButton(ButtonConfig{Text: "a", Tooltip: "does a"})
	b := NewButton(ButtonConfig{Text: "b", Tooltip: "does b"})
	r := newRig(t, a, b)
	rows(a, b)
	r.script.Move(center(a.Bounds())).Wait(TooltipDelay - 2)
	r.run()
	if tip := r.form.TooltipShown(); tip != "" {
		t.Fatalf("tooltip too early: %q", tip)
	}
	before := r.rec.Invalidated
	r.script.Wait(2)
	r.run()
	if tip := r.form.TooltipShown(); tip != "does a" {
		t.Fatalf("tooltip after the delay: %q", tip)
	}
	if r.rec.Invalidated == before {
		t.Error("a tooltip that appears by itself must ask for a redraw")
	}
	r.script.Move(center(b.Bounds()))
	r.run()
	if tip := r.form.TooltipShown(); tip != "" {
		t.Errorf("moving to another control restarts the delay, got %q", tip)
	}
	// Keyboard users get tooltips too, for the focused control.
	r.script.Move(image.Pt(-1, -1))
	r.run()
	r.press(ebiten.KeyTab)
	r.script.Wait(TooltipDelay + 1)
	r.run()
	if tip := r.form.TooltipShown(); tip != "does a" {
		t.Errorf("focus by keyboard shows the focused tooltip, got %q", tip)
	}
}

// TestEnterOnButtonDoesNotConfirm: Enter pressing a control must not also
// confirm the screen (a dialog's default button, say).
func TestEnterOnButtonDoesNotConfirm(t *testing.T) {
	clicked := 0
	a := NewButton(ButtonConfig{Text: "a", OnClick: func(*ui.Context) { clicked++ }})
	r := newRig(t, a)
	rows(a)
	r.form.FocusFirst()
	r.script.Press(ebiten.KeyEnter)
	r.in.Next(r.script.Poll())
	r.form.Update(r.ctx)
	if clicked != 1 || r.in.Action(ui.ActionConfirm) {
		t.Errorf("clicked %d, confirm left %v", clicked, r.in.Action(ui.ActionConfirm))
	}
}
