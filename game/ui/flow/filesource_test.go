package flow

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"backchannel/game/save"
	"backchannel/scenarios"
)

// tutorialText returns the built-in tutorial's file, with its id changed to
// id ("" keeps it).
func tutorialText(t *testing.T, id string) []byte {
	t.Helper()
	src, err := fs.ReadFile(scenarios.FS, "tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	if id != "" {
		src = bytes.Replace(src, []byte(`id = "tutorial"`), []byte(`id = "`+id+`"`), 1)
	}
	return src
}

// TestSaveKeepsFileScenario: a game on an opened file is saved with the
// file's text, and a fresh game (a browser after a reload, where the file
// is gone) continues it from that copy alone.
func TestSaveKeepsFileScenario(t *testing.T) {
	f := newTestFlow(t, Config{})
	src := f.lib.AddText("radar.toml", tutorialText(t, "radar"))
	m, err := start(Setup{Source: src, Humans: []string{"ALD"}, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.sess.EndTurn(); err != nil {
		t.Fatal(err)
	}
	data, err := save.Marshal(m.sess.Record)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := save.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if rec.ScenarioFile != "radar.toml" || rec.ScenarioSource == "" {
		t.Fatalf("the save names file %q and carries %d bytes of it", rec.ScenarioFile, len(rec.ScenarioSource))
	}

	fresh := newTestFlow(t, Config{})
	got, err := fresh.sourceFor(rec)
	if err != nil {
		t.Fatalf("a fresh game cannot find the save's scenario: %v", err)
	}
	if got.Builtin || got.Name != "radar.toml" || fresh.lib.Index(got) < 0 {
		t.Errorf("the save's copy comes back as %+v, listed at %d", got, fresh.lib.Index(got))
	}
	back, err := resume(rec, got)
	if err != nil {
		t.Fatalf("continue: %v", err)
	}
	if back.game().LogHash() != m.game().LogHash() {
		t.Error("the continued game is not the saved one")
	}

	// A different file of the same name is on offer: it is kept, and the
	// save's own copy is listed beside it.
	other := newTestFlow(t, Config{})
	other.lib.AddText("radar.toml", append(tutorialText(t, "radar"), "\n# edited\n"...))
	got, err = other.sourceFor(rec)
	if err != nil || got.Name != "radar.toml (saved copy)" {
		t.Fatalf("with another radar.toml on offer: %v, %v", got, err)
	}
}

// TestFileClashesWithBuiltin: a file that takes a built-in's id with other
// contents is refused, in words, while an exact copy of the built-in plays.
func TestFileClashesWithBuiltin(t *testing.T) {
	l := NewLibrary()
	edited := append(tutorialText(t, ""), "\n# my changes\n"...)
	_, err := l.AddText("mine.toml", edited).Load()
	if err == nil || !strings.Contains(err.Error(), `the id "tutorial", which the built-in scenario "Tutorial" already uses`) {
		t.Fatalf("a clashing file: %v", err)
	}
	if _, err := l.AddText("copy.toml", tutorialText(t, "")).Load(); err != nil {
		t.Errorf("an exact copy of the built-in is refused: %v", err)
	}
}
