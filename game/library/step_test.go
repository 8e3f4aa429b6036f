package library

import "testing"

// TestSourceSteps loads a built-in and a handed-over file a step at a
// time, as the browser loads a shared link's scenario: several steps, then
// Load has nothing left to do and gives the same scenario.
func TestSourceSteps(t *testing.T) {
	lib := New()
	for _, src := range []*Source{lib.Find("tutorial"), lib.AddText("mine.toml", tutorialText(t, "mine"))} {
		steps := 1
		for src.Step() {
			steps++
		}
		if steps < 10 {
			t.Errorf("%s loaded in %d steps, want one for each actor and event at least", src.Name, steps)
		}
		if src.Step() {
			t.Errorf("%s: Step after the last reports more", src.Name)
		}
		scen, err := src.Load()
		if err != nil || scen == nil || scen.Hash == "" {
			t.Errorf("%s: Load after the steps gives %v, %v", src.Name, scen, err)
		}
	}
	clash := lib.AddText("clash.toml", append(tutorialText(t, ""), "# changed\n"...))
	for clash.Step() {
	}
	if _, err := clash.Load(); err == nil {
		t.Error("a file with a built-in's id loaded a step at a time was not refused")
	}
}
