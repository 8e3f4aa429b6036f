package widget

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
)

// TestDocScrollsAndSpeaks: a long document takes focus and scrolls with
// the keys and the wheel, a short one does not; what it speaks is its
// text, a block a line.
func TestDocScrollsAndSpeaks(t *testing.T) {
	var d prose.Doc
	d.H("Veto players")
	for range 20 {
		d.P(strings.Repeat("Veto players can block any change to the status quo. ", 4))
		d.Bullet("Poland must consent to the radar.")
		d.Add(prose.Block{Kind: prose.Row, Text: "Pragmatist", Share: 0.62, Value: "62%"})
	}
	for _, size := range []DocSize{DocPage, DocSide, DocPanel} {
		v := NewDoc(size, size != DocSide, "")
		v.Set(d)
		r := newRig(t, v)
		v.SetBounds(ui.Rect(100, 100, 500, 400))
		r.run()
		if !v.Focusable() {
			t.Fatalf("size %d: a long document takes focus, so keyboard users can scroll it", size)
		}
		r.form.Focus(v)
		r.press(ebiten.KeyArrowDown)
		line := v.Offset
		if line <= 0 {
			t.Fatalf("size %d: down scrolls: %d", size, line)
		}
		r.press(ebiten.KeyEnd)
		end := v.Offset
		if end != v.Height-v.Rect.Dy() {
			t.Errorf("size %d: End shows the last line: %d of %d", size, end, v.Height)
		}
		r.press(ebiten.KeyHome)
		r.script.Move(center(v.Bounds())).Scroll(-1)
		r.run()
		if v.Offset <= 0 {
			t.Errorf("size %d: the wheel scrolls a hovered document", size)
		}
		v.Set(prose.Doc{{Kind: prose.Para, Text: "short"}})
		r.run()
		if v.Offset != 0 || v.Focusable() {
			t.Errorf("size %d: short: scroll %d, focusable %v", size, v.Offset, v.Focusable())
		}
	}
	v := NewDoc(DocPage, true, "")
	v.Set(d[:4])
	if got := v.Spoken(); !strings.HasPrefix(got, "Veto players\nVeto players can block") || !strings.HasSuffix(got, "Pragmatist: 62%") {
		t.Errorf("spoken: %q", got)
	}
}
