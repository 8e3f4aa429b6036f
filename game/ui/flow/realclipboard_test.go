//go:build !js

package flow

import (
	"testing"
	"time"

	"golang.design/x/clipboard"
)

// TestRealSelectAndPaste edits the statement dialog's search box of the
// built game with real keys: Ctrl+A selects what was typed and Ctrl+C puts
// it on the system's clipboard (read here, by another program); Ctrl+V
// pastes it at the caret; Shift+Home selects and typing replaces the
// selection; what another program copied pastes too.
func TestRealSelectAndPaste(t *testing.T) {
	g, ctx, win := realBoard(t, "clipboard")
	if err := clipboard.Init(); err != nil {
		t.Skipf("no system clipboard to read: %v", err)
	}
	clipboard.Write(clipboard.FmtText, []byte("before"))
	// Statement… sits at (992, 696)-(1102, 740) in the 1280×760 window at
	// 100%; its dialog opens with the search box focused.
	g.pointTo(t, ctx, win, 1047, 718)
	g.click(t, ctx, win)
	g.expect(t, "screen statement", patience)
	xdo(t, ctx, "type", "--window", win, "--delay", "120", "radar")
	g.typed(t, "radar")

	g.press(t, ctx, win, "ctrl+a", "A")
	g.press(t, ctx, win, "ctrl+c", "C")
	deadline := time.Now().Add(patience)
	for string(clipboard.Read(clipboard.FmtText)) != "radar" {
		if time.Now().After(deadline) {
			t.Fatalf("Ctrl+A, Ctrl+C left %q on the clipboard:\n%s", clipboard.Read(clipboard.FmtText), g.output())
		}
		time.Sleep(50 * time.Millisecond) // polling the clipboard's state
	}
	g.press(t, ctx, win, "End", "End")
	g.press(t, ctx, win, "ctrl+v", "V")
	g.typed(t, "radarradar")

	g.press(t, ctx, win, "shift+Home", "Home")
	xdo(t, ctx, "type", "--window", win, "--delay", "120", "site")
	g.typed(t, "site")

	clipboard.Write(clipboard.FmtText, []byte(" Kessel"))
	g.press(t, ctx, win, "ctrl+v", "V")
	g.typed(t, "site Kessel")
}

// typed waits until the trace says the focused field holds want, and fails
// on anything else once the field's text is as long.
func (g *gameProc) typed(t *testing.T, want string) {
	t.Helper()
	for {
		got := g.expect(t, "typed ", patience)[len("typed "):]
		if got == want {
			return
		}
		if len(got) >= len(want) {
			t.Fatalf("the box holds %q, want %q:\n%s", got, want, g.output())
		}
	}
}
