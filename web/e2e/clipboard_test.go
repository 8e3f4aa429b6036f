//go:build !js

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// boardStatement is the board's "Statement…" button, beside End turn.
var boardStatement = pt{1047, 678}

// TestClipboard edits the statement dialog's search box in the browser
// with the keys a student presses: Ctrl+A selects what was typed and
// Ctrl+C puts it on the browser's clipboard (read back with
// navigator.clipboard, as another page would); Ctrl+V pastes it at the
// caret, once; text that the page put on the clipboard pastes into the
// game too; Ctrl+X cuts a selection made with Shift, and a paste replaces
// the selection.
func TestClipboard(t *testing.T) {
	t.Parallel()
	b := openGame(t, "/?scenario=tutorial&as=ALD&seed=3", "briefing")
	// The page may read the clipboard (the test does, as a student's other
	// page would) and write it; the tab counts as focused, as a window a
	// student types into is.
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.Call(b.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted, Origin: b.srv.URL}); err != nil {
			t.Fatalf("granting %s: %v", name, err)
		}
	}
	if _, err := chromedp.Call(b.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	b.clickAt(briefingTakeSeat)
	b.waitScreen("table", screenTimeout)
	from := b.cons.count()
	b.clickAt(boardStatement)
	b.waitScreen("statement", screenTimeout)
	// A student types once the box shows its caret; the game says when
	// the box listens (a key sent earlier would be the board's).
	b.seen(from, "keyboard in the field")
	for _, r := range "radar" {
		b.key(string(r), false)
	}
	b.typed("radar")

	b.key("a", true)
	b.key("c", true)
	b.clipboardHolds("radar")
	b.key(kb.End, false)
	b.key("v", true)
	b.typed("radarradar")

	eval[any](t, b.ctx, `navigator.clipboard.writeText(' Kessel')`)
	b.key("v", true)
	b.typed("radarradar Kessel")

	// Cut a selection, paste it at another place, paste over a selection.
	for range " Kessel" {
		b.chord(kb.Shift, kb.ModifierShift, kb.ArrowLeft)
	}
	b.key("x", true)
	b.typed("radarradar")
	b.clipboardHolds(" Kessel")
	b.key(kb.Home, false)
	b.key("v", true)
	b.typed(" Kesselradarradar")
	eval[any](t, b.ctx, `navigator.clipboard.writeText('site')`)
	b.chord(kb.Shift, kb.ModifierShift, kb.End)
	b.key("v", true)
	b.typed(" Kesselsite")
	b.shot("clipboard-statement.png")
}

// typed waits until the trace says the focused field holds want, and fails
// on anything else once the field's text is as long (a paste that arrived
// twice, or not at all).
func (b *tab) typed(want string) {
	b.t.Helper()
	for {
		got := b.waitLine("typed ", 60*time.Second)
		if got == want {
			return
		}
		if len(got) >= len(want) {
			b.t.Fatalf("the box holds %q, want %q", got, want)
		}
	}
}

// clipboardHolds waits until the browser's clipboard holds want, as
// navigator.clipboard reads it: the game's copy is written there
// asynchronously.
func (b *tab) clipboardHolds(want string) {
	b.t.Helper()
	deadline := time.Now().Add(patient(30 * time.Second))
	for {
		got := eval[string](b.t, b.ctx, `navigator.clipboard.readText().then(t => t, e => 'refused: ' + e)`)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("the clipboard holds %q, want %q", got, want)
		}
		time.Sleep(50 * time.Millisecond) // polling the clipboard's state
	}
}
