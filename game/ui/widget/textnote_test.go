package widget

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// TestTextNote: a note of several lines wraps what is typed, takes Enter
// as a new line (not as the screen's confirmation), sends on Ctrl+Enter
// (not ending the turn), moves its caret up and down its lines, and
// scrolls to keep the caret in view and under the wheel.
func TestTextNote(t *testing.T) {
	note := NewTextInput(TextInputConfig{Lines: 3})
	r := newRig(t, note)
	note.SetBounds(ui.Rect(100, 100, 150, 84))
	r.form.Focus(note)
	r.script.Type("We are ready to talk about the radar at Kessel")
	r.run()
	v := note.view(r.ctx.Theme)
	if len(v.lines) < 3 || v.shown < 2 {
		t.Fatalf("a long sentence wraps: %d lines, %d in view", len(v.lines), v.shown)
	}
	for _, l := range v.lines {
		if w := v.advance(note, l.Start, l.End); w > float64(v.box.Dx()) && !strings.HasSuffix(string(note.edit.text[l.Start:l.End]), " ") {
			t.Errorf("line %q is %.0f wide in a %d box", string(note.edit.text[l.Start:l.End]), w, v.box.Dx())
		}
	}
	r.script.Press(ebiten.KeyEnter)
	r.in.Next(r.script.Poll())
	r.form.Update(r.ctx)
	if r.in.Action(ui.ActionConfirm) || r.in.Action(ui.ActionActivate) {
		t.Error("Enter in a note must neither confirm nor press")
	}
	r.run()
	r.script.Type("Yours")
	r.run()
	if !strings.HasSuffix(note.Text(), "Kessel\nYours") {
		t.Fatalf("Enter starts a new line: %q", note.Text())
	}
	v = note.view(r.ctx.Theme)
	last := len(v.lines) - 1
	if note.top == 0 || v.lineOf(note.Caret()) != last || note.top+v.shown <= last {
		t.Errorf("the caret's line %d is in view: top %d, %d shown", last, note.top, v.shown)
	}
	r.press(ebiten.KeyArrowUp)
	if v.lineOf(note.Caret()) != last-1 {
		t.Errorf("Up moves to line %d, want %d", v.lineOf(note.Caret()), last-1)
	}
	r.press(ebiten.KeyArrowDown)
	if v.lineOf(note.Caret()) != last {
		t.Errorf("Down moves back to line %d, want %d", v.lineOf(note.Caret()), last)
	}
	r.press(ebiten.KeyControlLeft, ebiten.KeyHome)
	if note.Caret() != 0 {
		t.Errorf("Ctrl+Home goes to the start of the note: caret %d", note.Caret())
	}
	r.press(ebiten.KeyControlLeft, ebiten.KeyEnd)
	if note.Caret() != len([]rune(note.Text())) {
		t.Errorf("Ctrl+End goes to the end of the note: caret %d", note.Caret())
	}
	r.script.Move(center(note.Rect)).Scroll(3)
	r.run()
	if note.top != 0 {
		t.Errorf("the wheel scrolls to the top: top %d", note.top)
	}
	r.script.Press(ebiten.KeyControlLeft, ebiten.KeyEnter)
	r.in.Next(r.script.Poll())
	r.form.Update(r.ctx)
	if !r.in.Action(ui.ActionConfirm) || r.in.Action(ui.ActionEndTurn) {
		t.Error("Ctrl+Enter in a note confirms the dialog, and does not end the turn")
	}
	r.run()
	sent := ""
	note.OnSubmit = func(_ *ui.Context, s string) { sent = s }
	r.press(ebiten.KeyControlLeft, ebiten.KeyEnter)
	if sent != note.Text() {
		t.Errorf("Ctrl+Enter submits the note: %q", sent)
	}
}
