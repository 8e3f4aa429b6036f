package widget

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// shifted presses keys with Shift held.
func (r *rig) shifted(keys ...ebiten.Key) {
	r.script.With([]ebiten.Key{ebiten.KeyShiftLeft}, func(s *ui.Script) {
		for _, k := range keys {
			s.Press(k)
		}
	})
	r.run()
}

// ctrl presses key with Ctrl held.
func (r *rig) ctrl(key ebiten.Key) { r.press(ebiten.KeyControlLeft, key) }

// TestTextInputSelection: Shift with the arrows, Home and End selects;
// typing replaces the selection, Backspace deletes it; an arrow without
// Shift drops it; Ctrl+A selects everything.
func TestTextInputSelection(t *testing.T) {
	in := NewTextInput(TextInputConfig{})
	r := newRig(t, in)
	rows(in)
	r.form.Focus(in)
	r.script.Type("Dear Sir")
	r.run()
	r.shifted(ebiten.KeyArrowLeft, ebiten.KeyArrowLeft, ebiten.KeyArrowLeft)
	if in.Selected() != "Sir" {
		t.Fatalf("Shift+Left ×3 selects %q", in.Selected())
	}
	r.script.Type("Madam")
	r.run()
	if in.Text() != "Dear Madam" || in.Selected() != "" {
		t.Fatalf("typing over the selection: %q, selected %q", in.Text(), in.Selected())
	}
	r.shifted(ebiten.KeyHome)
	if in.Selected() != "Dear Madam" {
		t.Errorf("Shift+Home selects %q", in.Selected())
	}
	r.press(ebiten.KeyArrowRight)
	if in.Selected() != "" || in.Caret() != 10 {
		t.Errorf("Right collapses the selection to its end: selected %q, caret %d", in.Selected(), in.Caret())
	}
	r.press(ebiten.KeyHome)
	r.shifted(ebiten.KeyEnd)
	r.press(ebiten.KeyBackspace)
	if in.Text() != "" {
		t.Errorf("Shift+End, Backspace: %q", in.Text())
	}
	r.script.Type("Prague")
	r.run()
	r.ctrl(ebiten.KeyA)
	if in.Selected() != "Prague" {
		t.Errorf("Ctrl+A selects %q", in.Selected())
	}
}

// TestTextInputClipboard: Ctrl+C copies the selection, Ctrl+X cuts it and
// Ctrl+V pastes at the caret, through the input's clipboard; a one-line
// field pastes a note's lines as one.
func TestTextInputClipboard(t *testing.T) {
	in := NewTextInput(TextInputConfig{MaxLen: 20})
	other := NewTextInput(TextInputConfig{})
	r := newRig(t, in, other)
	rows(in, other)
	r.form.Focus(in)
	r.script.Type("radar")
	r.run()
	r.ctrl(ebiten.KeyA)
	r.ctrl(ebiten.KeyC)
	if got := r.in.Clipboard().ReadText(); got != "radar" {
		t.Fatalf("Ctrl+C put %q on the clipboard", got)
	}
	r.press(ebiten.KeyEnd)
	r.ctrl(ebiten.KeyV)
	if in.Text() != "radarradar" {
		t.Errorf("Ctrl+V at the end: %q", in.Text())
	}
	r.shifted(ebiten.KeyArrowLeft, ebiten.KeyArrowLeft)
	r.ctrl(ebiten.KeyX)
	if in.Text() != "radarrad" || r.in.Clipboard().ReadText() != "ar" {
		t.Errorf("Ctrl+X: %q, clipboard %q", in.Text(), r.in.Clipboard().ReadText())
	}
	r.form.Focus(other)
	r.in.Clipboard().WriteText("two\nlines")
	r.ctrl(ebiten.KeyV)
	if other.Text() != "twolines" {
		t.Errorf("a one-line field pastes %q", other.Text())
	}
	r.form.Focus(in)
	r.in.Clipboard().WriteText("a long paste that does not fit")
	r.ctrl(ebiten.KeyV)
	if len([]rune(in.Text())) != 20 {
		t.Errorf("MaxLen holds for a paste: %q", in.Text())
	}
}

// TestTextInputMouse: a click places the caret where it points, a drag
// selects, Shift+click extends the selection, a double click selects a
// word (and a third click starts anew).
func TestTextInputMouse(t *testing.T) {
	in := NewTextInput(TextInputConfig{Text: "Kessel radar site"})
	r := newRig(t, in)
	rows(in)
	at := func(i int) image.Point {
		v := in.view(r.ctx.Theme)
		return image.Pt(int(v.x(in, 0, i)), center(in.Rect).Y)
	}
	r.clickAt(at(7))
	if r.form.Focused() != in || in.Caret() != 7 {
		t.Fatalf("a click before 'radar': focused %v, caret %d", r.form.Focused() == in, in.Caret())
	}
	r.script.Drag(at(7), at(12))
	r.run()
	if in.Selected() != "radar" {
		t.Errorf("dragging over 'radar' selects %q", in.Selected())
	}
	r.tick(ui.ActiveTPS)
	r.clickAt(at(0))
	r.tick(ui.ActiveTPS)
	r.script.With([]ebiten.Key{ebiten.KeyShiftLeft}, func(s *ui.Script) { s.Click(at(6)) })
	r.run()
	if in.Selected() != "Kessel" {
		t.Errorf("Shift+click extends to %q", in.Selected())
	}
	r.tick(ui.ActiveTPS)
	r.clickAt(at(14))
	r.tick(2)
	r.clickAt(at(14))
	if in.Selected() != "site" {
		t.Errorf("a double click on 'site' selects %q", in.Selected())
	}
	r.tick(2)
	r.clickAt(at(14))
	if in.Selected() != "" || in.Caret() != 14 {
		t.Errorf("a third click places the caret: selected %q, caret %d", in.Selected(), in.Caret())
	}
}

// tick lets n ticks pass on the context's clock, for double clicks.
func (r *rig) tick(n int) { r.ctx.Tick += int64(n) }
