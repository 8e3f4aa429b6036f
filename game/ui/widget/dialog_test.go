package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// dialogRig runs a dialog as the App would: Enter, then Updates.
func dialogRig(t *testing.T, d *Dialog) *rig {
	r := newRig(t)
	d.Enter(r.ctx)
	return r
}

func (r *rig) playDialog(d *Dialog) {
	for n := r.script.Len() + 1; n > 0; n-- {
		r.in.Next(r.script.Poll())
		if err := d.Update(r.ctx); err != nil {
			r.t.Fatal(err)
		}
	}
}

func TestDialogButtons(t *testing.T) {
	var log []string
	d := NewDialog(DialogConfig{Title: "Leak the letter?", Body: "The press will print it tomorrow.",
		Buttons: []ButtonConfig{
			{Text: "Leak", OnClick: func(*ui.Context) { log = append(log, "leak") }},
			{Text: "Keep quiet", OnClick: func(*ui.Context) { log = append(log, "quiet") }},
		},
		OnCancel: func(*ui.Context) { log = append(log, "cancel") }})
	r := dialogRig(t, d)
	if d.Form().Focused() != d.buttons[0] {
		t.Fatal("the default button has focus")
	}
	if d.buttons[0].Style != ButtonPrimary {
		t.Error("the default button looks primary")
	}
	r.script.Press(ebiten.KeyTab).Press(ebiten.KeyEnter)
	r.playDialog(d)
	if len(log) != 1 || log[0] != "quiet" || r.rec.Pops != 1 {
		t.Errorf("Tab, Enter: %v, pops %d", log, r.rec.Pops)
	}
	r.script.Press(ebiten.KeyEscape)
	r.playDialog(d)
	if log[len(log)-1] != "cancel" || r.rec.Pops != 2 {
		t.Errorf("Escape: %v, pops %d", log, r.rec.Pops)
	}
	r.script.Click(center(d.buttons[0].Bounds()))
	r.playDialog(d)
	if log[len(log)-1] != "leak" {
		t.Errorf("click: %v", log)
	}
}

// TestDialogTrapsFocus: Tab cycles among the dialog's own buttons.
func TestDialogTrapsFocus(t *testing.T) {
	d := NewDialog(DialogConfig{Title: "t", Body: "b", Buttons: []ButtonConfig{{Text: "a"}, {Text: "b"}}})
	r := dialogRig(t, d)
	seen := map[Widget]bool{}
	for range 5 {
		r.script.Press(ebiten.KeyTab)
		r.playDialog(d)
		seen[d.Form().Focused()] = true
	}
	if len(seen) != 2 || !seen[d.buttons[0]] || !seen[d.buttons[1]] {
		t.Errorf("focus visited %d widgets", len(seen))
	}
	if !d.Overlay() {
		t.Error("a dialog shows the screen beneath")
	}
}

func TestDialogLayoutFitsScreen(t *testing.T) {
	d := NewDialog(DialogConfig{Title: "t", Body: "b", Buttons: []ButtonConfig{{Text: "OK"}, {Text: "Cancel"}}})
	r := dialogRig(t, d)
	screen := r.ctx.Bounds()
	for _, w := range d.Form().Widgets() {
		if !w.Bounds().In(screen) {
			t.Errorf("%T at %v is off screen", w, w.Bounds())
		}
	}
	for _, b := range d.buttons {
		if !b.Bounds().In(d.panel.Bounds()) {
			t.Errorf("button %q outside the dialog", b.Text)
		}
	}
}
