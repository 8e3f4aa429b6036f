//go:build !js

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/scenario"
)

// fileGame plays a whole game of a scenario file (the tutorial under the id
// "crisis") and saves it. It returns the scenario file, the save and the
// scenario's source.
func fileGame(t *testing.T) (scenPath, savePath string, src []byte) {
	t.Helper()
	tut, err := os.ReadFile("../../scenarios/tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	src = []byte(strings.Replace(string(tut), `id = "tutorial"`, `id = "crisis"`, 1))
	dir := t.TempDir()
	scenPath = filepath.Join(dir, "crisis.toml")
	if err := os.WriteFile(scenPath, src, 0o644); err != nil {
		t.Fatal(err)
	}
	s, _, err := scenario.LoadFile(scenPath)
	if err != nil {
		t.Fatal(err)
	}
	g, err := game.New(s, game.Setup{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	rec := save.NewRecord(g, []save.Seat{{Actor: "ALD", Human: true}}, "normal")
	for !g.Over {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
		rec.Add(g, nil)
	}
	if rec.ScenarioFile != scenPath || rec.ScenarioHash != s.Hash {
		t.Fatalf("the save records %q %q", rec.ScenarioFile, rec.ScenarioHash)
	}
	savePath = filepath.Join(t.TempDir(), "game.json")
	if err := save.WriteFile(savePath, rec); err != nil {
		t.Fatal(err)
	}
	return scenPath, savePath, src
}

// TestSaveOfScenarioFile is issue 12 item 9: report and replay of a save
// played on a scenario file find it beside the save or in the working
// directory, take it with -scenario FILE, and otherwise say in one line
// which file (and hash) to give.
func TestSaveOfScenarioFile(t *testing.T) {
	scenPath, savePath, src := fileGame(t)
	rec, err := save.ReadFile(savePath)
	if err != nil {
		t.Fatal(err)
	}
	// Not beside the save, not in the working directory: the one line.
	t.Chdir(t.TempDir())
	want := "backchannel: " + savePath + ": this save was played on scenario file " + scenPath + " (hash " + rec.ScenarioHash[:12] + "): give it with -scenario FILE\n"
	for _, args := range [][]string{{"report", savePath}, {"replay", "-text", savePath}} {
		if code, _, errs := runCmd(args...); code != 1 || errs != want {
			t.Errorf("%s: exit %d\n got %q\nwant %q", args[0], code, errs, want)
		}
	}
	// -scenario FILE, before or after the save.
	for _, args := range [][]string{{"report", "-scenario", scenPath, savePath}, {"report", savePath, "-scenario", scenPath},
		{"replay", "-text", "-scenario", scenPath, savePath}} {
		if code, out, errs := runCmd(args...); code != 0 || !strings.Contains(out, "Radar at Kessel") && !strings.Contains(out, "matches the saved hash") {
			t.Errorf("%v: exit %d: %s", args, code, errs)
		}
	}
	// Beside the save.
	beside := filepath.Join(filepath.Dir(savePath), "crisis.toml")
	if err := os.WriteFile(beside, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd("report", savePath); code != 0 {
		t.Errorf("beside the save: exit %d: %s", code, errs)
	}
	// Changed beside the save: not taken, and said so.
	if err := os.WriteFile(beside, append(src, "\n# edited\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd("report", savePath); code != 1 || !strings.Contains(errs, "give it with -scenario FILE; "+beside+" has changed since") {
		t.Errorf("changed beside the save: exit %d: %s", code, errs)
	}
	// In the working directory.
	if err := os.WriteFile("crisis.toml", src, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd("replay", "-text", savePath); code != 0 {
		t.Errorf("in the working directory: exit %d: %s", code, errs)
	}
}

// TestScenarioErrorNotHidden: the first real problem of a scenario that
// does not load is shown, never only "(and more: see backchannel validate)".
func TestScenarioErrorNotHidden(t *testing.T) {
	_, savePath, src := fileGame(t)
	bad := filepath.Join(t.TempDir(), "bad.toml")
	if err := os.WriteFile(bad, []byte(strings.Replace(string(src), `id = "ALD"`, `id = "ALD"`+"\nbogus = 1", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	// The bad key sits on the line after the actor's id, wherever that is.
	line := strings.Count(string(src)[:strings.Index(string(src), `id = "ALD"`)], "\n") + 2
	code, _, errs := runCmd("report", "-scenario", bad, savePath)
	if code != 1 || !strings.Contains(errs, fmt.Sprintf("cannot load scenario %s: %s:%d:1: unknown key", bad, bad, line)) || strings.Count(errs, "\n") != 1 {
		t.Errorf("exit %d: %q", code, errs)
	}
	if code, _, errs := runCmd("report", "-scenario", filepath.Join(t.TempDir(), "gone.toml"), savePath); code != 1 || !strings.Contains(errs, "gone.toml: no such file") {
		t.Errorf("missing: exit %d: %q", code, errs)
	}
}

// TestSaveCarriesScenarioFile: a save that carries a copy of its scenario
// file (as the game's own saves of file scenarios do) is reported and
// replayed with the file nowhere at hand.
func TestSaveCarriesScenarioFile(t *testing.T) {
	_, savePath, src := fileGame(t)
	rec, err := save.ReadFile(savePath)
	if err != nil {
		t.Fatal(err)
	}
	rec.KeepSource(src)
	if err := save.WriteFile(savePath, rec); err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	for _, args := range [][]string{{"report", savePath}, {"replay", "-text", savePath}} {
		if code, _, errs := runCmd(args...); code != 0 {
			t.Errorf("%s: exit %d: %s", args[0], code, errs)
		}
	}
}
