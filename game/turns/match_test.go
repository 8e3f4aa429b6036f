package turns

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"backchannel/game/library"
	"backchannel/game/save"
	"backchannel/game/scenario"
	"backchannel/scenarios"
)

func TestParseHumans(t *testing.T) {
	s, err := scenario.Builtin("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseHumans(s, " bor,ALD,,BOR ")
	if err != nil || strings.Join(got, ",") != "BOR,ALD" {
		t.Errorf("ParseHumans = %v, %v", got, err)
	}
	_, err = ParseHumans(s, "ALD,XX")
	if err == nil || !strings.Contains(err.Error(), `no government "XX"`) || !strings.Contains(err.Error(), "ALD (Aldoria)") {
		t.Errorf("an unknown actor: %v", err)
	}
}

// TestStartNeedsChoices: a game needs a scenario and a seat, said in words.
func TestStartNeedsChoices(t *testing.T) {
	if _, err := Start(Setup{}); err == nil || strings.Contains(err.Error(), ":") {
		t.Errorf("no scenario: %v", err)
	}
	lib := library.New()
	if _, err := Start(Setup{Source: lib.Find("tutorial")}); err == nil || !strings.Contains(err.Error(), "government") {
		t.Errorf("no seat: %v", err)
	}
	m, err := Start(Setup{Source: lib.Find("tutorial"), Humans: []string{"BOR", "ALD"}, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !m.HotSeat() || strings.Join(m.Humans, ",") != "ALD,BOR" || m.Actor("ALD").Name != "Aldoria" {
		t.Errorf("seats %v (hot seat %v)", m.Humans, m.HotSeat())
	}
	if d := m.Describe(); !strings.HasPrefix(d, "Aldoria, Borvia · turn 1 of ") {
		t.Errorf("describe %q", d)
	}
}

// TestSaveKeepsFileScenario: a game on an opened file is saved with the
// file's text, and a fresh game (a browser after a reload, where the file
// is gone) continues it from that copy alone.
func TestSaveKeepsFileScenario(t *testing.T) {
	text, err := fs.ReadFile(scenarios.FS, "tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	text = bytes.Replace(text, []byte(`id = "tutorial"`), []byte(`id = "radar"`), 1)
	src := library.New().AddText("radar.toml", text)
	m, err := Start(Setup{Source: src, Humans: []string{"ALD"}, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Session.EndTurn(); err != nil {
		t.Fatal(err)
	}
	data, err := save.Marshal(m.Session.Record)
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

	fresh := library.New()
	got, err := fresh.SourceFor(rec)
	if err != nil {
		t.Fatalf("a fresh game cannot find the save's scenario: %v", err)
	}
	if got.Builtin || got.Name != "radar.toml" || fresh.Index(got) < 0 {
		t.Errorf("the save's copy comes back as %+v, listed at %d", got, fresh.Index(got))
	}
	back, err := Resume(rec, got)
	if err != nil {
		t.Fatalf("continue: %v", err)
	}
	if back.Game().LogHash() != m.Game().LogHash() {
		t.Error("the continued game is not the saved one")
	}

	// A different file of the same name is on offer: it is kept, and the
	// save's own copy is listed beside it.
	other := library.New()
	other.AddText("radar.toml", append(bytes.Clone(text), "\n# edited\n"...))
	got, err = other.SourceFor(rec)
	if err != nil || got.Name != "radar.toml (saved copy)" {
		t.Fatalf("with another radar.toml on offer: %v, %v", got, err)
	}
}
