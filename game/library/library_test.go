package library

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"backchannel/game/scenario"
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

func TestDefault(t *testing.T) {
	names := scenario.BuiltinNames()
	want := "tutorial"
	for _, n := range names {
		if n == "letter-2009" {
			want = n
		}
	}
	if got := Default(); got != want {
		t.Errorf("Default() = %q, want %q (built in: %v)", got, want, names)
	}
}

func TestLibrary(t *testing.T) {
	l := New()
	if l.Find("tutorial") == nil {
		t.Fatal("the tutorial is not listed")
	}
	src := []byte("[scenario]\nid = 3\n")
	a := l.AddText("x.toml", src)
	b := l.AddText("x.toml", src)
	if l.Index(a) >= 0 || l.Index(b) < 0 {
		t.Error("a file dropped again replaces the first")
	}
	if _, err := b.Load(); err == nil {
		t.Error("a broken file loads")
	}
	if got := b.Label(); got != "File: x.toml" {
		t.Errorf("label %q", got)
	}
	if got := l.Find("tutorial").Label(); got != "Tutorial" {
		t.Errorf("a built-in's label is the short title: %q", got)
	}
	if _, err := l.Open("tutorail"); err == nil || !strings.Contains(err.Error(), "tutorial") {
		t.Errorf("a misspelt name suggests the right one: %v", err)
	}
	if l.Scenario("tutorial") == nil || l.Scenario("no-such") != nil {
		t.Error("Scenario finds the built-in by id and nothing else")
	}
}

// TestTake: handed-over files join the list, the last one comes back loaded.
func TestTake(t *testing.T) {
	l := New()
	if l.Take(nil) != nil {
		t.Error("nothing handed over, yet a source")
	}
	got := l.Take([]File{{Name: "broken.toml", Text: []byte("[scenario]\nid = 3\n")}, {Name: "kessel.toml", Text: tutorialText(t, "kessel")}})
	if got == nil || got.Name != "kessel.toml" || l.Index(got) < 0 {
		t.Fatalf("took %+v", got)
	}
	if sc, err := got.Load(); err != nil || sc.ID != "kessel" {
		t.Errorf("the dropped file: %v, %v", sc, err)
	}
	if l.Find("tutorial") == nil || len(l.Sources) != len(scenario.BuiltinNames())+2 {
		t.Errorf("%d sources", len(l.Sources))
	}
}

func TestSplitTitle(t *testing.T) {
	short, rest := SplitTitle("The Letter: Missile Defence, 2009")
	if short != "The Letter" || rest != "Missile Defence, 2009" {
		t.Errorf("%q, %q", short, rest)
	}
	if short, rest := SplitTitle("Plain"); short != "Plain" || rest != "" {
		t.Errorf("%q, %q", short, rest)
	}
}

// TestFileClashesWithBuiltin: a file that takes a built-in's id with other
// contents is refused, in words, while an exact copy of the built-in plays.
func TestFileClashesWithBuiltin(t *testing.T) {
	l := New()
	edited := append(tutorialText(t, ""), "\n# my changes\n"...)
	_, err := l.AddText("mine.toml", edited).Load()
	if err == nil || !strings.Contains(err.Error(), `the id "tutorial", which the built-in scenario "Tutorial" already uses`) {
		t.Fatalf("a clashing file: %v", err)
	}
	if _, err := l.AddText("copy.toml", tutorialText(t, "")).Load(); err != nil {
		t.Errorf("an exact copy of the built-in is refused: %v", err)
	}
}
