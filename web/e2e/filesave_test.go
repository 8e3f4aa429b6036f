//go:build !js

package e2e

import (
	"strings"
	"testing"
	"time"

	"backchannel/game/save"
	"backchannel/scenarios"
)

// TestFileGameContinues is issue 13 item 6: a game on a scenario file
// dropped on the page is saved with the file's text, so that after a
// reload, when the page no longer has the file, Continue on the title
// screen goes on with it. On the way it checks that the mirror carries an
// open dialog and the morning's news (item 8).
func TestFileGameContinues(t *testing.T) {
	t.Parallel()
	tutorial, err := scenarios.FS.ReadFile("tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	src := retitle(t, tutorial, "kessel-saved", "Kessel, Saved")

	b := openGame(t, "/", "home")
	dropFile(t, b, "kessel.toml", string(src))
	b.waitScreen("choose", screenTimeout)
	waitTaken(t, b, 1)
	b.clickAt(chooseStart)
	b.waitScreen("briefing", screenTimeout)
	b.clickAt(briefingTakeSeat)
	b.waitScreen("table", screenTimeout)
	b.answering()
	b.key("\r", true) // Ctrl+Enter ends the turn
	b.waitScreen("Dialog", screenTimeout)
	dialog := poll[string](t, b.ctx, 30*time.Second, `(window.backchannelMirrored || {}).dialog`)
	if _, ok := findAX(axTree(t, b), "alertdialog", ""); !ok || !strings.Contains(dialog, "End the turn") {
		t.Errorf("the end-turn dialog in the mirror: %q (an alertdialog in the tree: %v)", dialog, ok)
	}
	b.key("\r", false)
	b.waitScreen("results", turnTimeout)
	news := poll[[]string](t, b.ctx, 30*time.Second, `(() => { const n = (window.backchannelMirrored || {}).news || []; return n.length > 0 && n; })()`)
	ax := axTree(t, b)
	if _, ok := findAX(ax, "log", "News and letters"); !ok {
		t.Error("no news log in the accessibility tree")
	}
	if _, ok := findAX(ax, "", news[0]); !ok {
		t.Errorf("the first story %q is not in the accessibility tree", news[0])
	}

	rec := loadSave(t, b, save.AutosaveSlot)
	if rec.ScenarioFile != "kessel.toml" || rec.ScenarioSource == "" {
		t.Errorf("the autosave names file %q and carries %d bytes of it", rec.ScenarioFile, len(rec.ScenarioSource))
	}
	if text, ok, err := rec.Source(); !ok || err != nil || string(text) != string(src) {
		t.Errorf("the autosave's copy of the file: %d bytes, %v, %v", len(text), ok, err)
	}
	verify(t, rec, parse(t, "kessel.toml", src))

	// The page forgets the file on a reload; the save remembers it.
	b.load("/")
	b.waitScreen("home", screenTimeout)
	poll[bool](t, b.ctx, 30*time.Second, `(window.backchannelMirrored || {}).title !== undefined`)
	for i := 0; !strings.HasPrefix(b.mirror().Focus, "Continue") && i < 6; i++ {
		b.tabKey(false)
	}
	if f := b.mirror().Focus; !strings.HasPrefix(f, "Continue") {
		t.Fatalf("no Continue on the title screen after the reload; the focus is on %q", f)
	}
	b.key("\r", false)
	b.waitScreen("table", screenTimeout)
	b.shot("file-continued.png")
}
