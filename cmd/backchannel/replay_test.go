//go:build !js

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
	"backchannel/game/save"
	"backchannel/game/save/savetest"
	"backchannel/game/scenario"
)

// testEnv is the commands' world in these tests: the built-in scenarios plus
// gametest.Small under its id, output in buffers, and no replay window.
func testEnv(stdout, stderr *bytes.Buffer) *env {
	return &env{stdout: stdout, stderr: stderr, builtin: func(name string) (*game.Scenario, error) {
		if name == "small" {
			return gametest.Small(), nil
		}
		return scenario.Builtin(name)
	}}
}

// withSmall writes the scripted game of gametest.Small to a save file.
func withSmall(t *testing.T) (path string, rec *save.Record) {
	t.Helper()
	_, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "g.json")
	if err := save.WriteFile(path, rec); err != nil {
		t.Fatal(err)
	}
	return path, rec
}

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = testEnv(&out, &errb).run(args)
	return code, out.String(), errb.String()
}

func TestReplayText(t *testing.T) {
	path, rec := withSmall(t)
	code, out, errs := runCmd("replay", "-text", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "final log hash: "+rec.LogHash+"\nmatches the saved hash") {
		t.Errorf("no matching final hash in:\n%s", out)
	}
	for _, want := range []string{"== Turn 1, 2 March 2009 ==", "== Turn 7, 25 May 2009 ==", "Secret letter reported", "[private: A,B]", "(unilateral move by Atlantis)"} {
		if !strings.Contains(out, want) {
			t.Errorf("timeline lacks %q", want)
		}
	}
	g, _ := rec.Replay(gametest.Small())
	if lines := strings.Count(out, "\n"); lines < len(g.Log) {
		t.Errorf("%d lines for %d log entries", lines, len(g.Log))
	}
	_, pub, _ := runCmd("replay", "-text", "-public", path)
	if strings.Contains(pub, "[private") || len(pub) >= len(out) {
		t.Errorf("-public prints private entries")
	}
}

// Without a window, replay says so and prints the timeline.
func TestReplayWithoutWindow(t *testing.T) {
	path, rec := withSmall(t)
	code, out, errs := runCmd("replay", path)
	if code != 0 || !strings.Contains(errs, "needs the desktop game") || !strings.Contains(out, rec.LogHash) {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	var opened *save.Record
	var outb, errb bytes.Buffer
	e := testEnv(&outb, &errb)
	e.openReplay = func(r *save.Record, s *game.Scenario) error { opened = r; return nil }
	if code := e.run([]string{"replay", path}); code != 0 || opened == nil || outb.Len() != 0 {
		t.Errorf("the window was not opened: exit %d", code)
	}
}

func TestReplayFailures(t *testing.T) {
	path, rec := withSmall(t)
	data, _ := os.ReadFile(path)
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tampered := rec.Clone()
	tampered.Turns[6].Orders = nil // B's last move undone: another game
	tb, _ := save.Marshal(tampered)
	other := rec.Clone()
	other.Scenario = "letter-1900"
	ob, _ := save.Marshal(other)
	cases := []struct {
		name, file, says string
	}{
		{"truncated", write("cut.json", data[:len(data)*2/3]), "truncated"},
		{"empty", write("empty.json", nil), "empty"},
		{"foreign", write("scen.toml", []byte("[scenario]\nid = \"x\"\n")), "not a Backchannel save"},
		{"newer", write("new.json", bytes.Replace(data, []byte(`"version": 2`), []byte(`"version": 3`), 1)), "newer version"},
		{"missing", filepath.Join(dir, "nope.json"), "no such file"},
		{"unknown scenario", write("other.json", ob), "letter-1900"},
		{"hash mismatch", write("tampered.json", tb), "does not reproduce"},
	}
	for _, c := range cases {
		for _, cmd := range []string{"replay", "report"} {
			args := []string{cmd, c.file}
			if cmd == "replay" {
				args = []string{cmd, "-text", c.file}
			}
			code, _, errs := runCmd(args...)
			if code != 1 {
				t.Errorf("%s %s: exit %d, want 1", cmd, c.name, code)
			}
			if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.says) {
				t.Errorf("%s %s: want one line saying %q, got %q", cmd, c.name, c.says, errs)
			}
		}
	}
	if code, _, _ := runCmd("replay", "-text"); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
	if code, _, _ := runCmd("replay", "-bogus", path); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
}

// A save of a built-in scenario replays through the real scenario loader,
// and a save whose scenario has changed since is refused.
func TestReplayBuiltinScenario(t *testing.T) {
	s, err := scenario.Builtin("tutorial")
	if err != nil {
		t.Skipf("no built-in tutorial: %v", err)
	}
	g, err := game.New(s, game.Setup{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	rec := save.NewRecord(g, []save.Seat{{Actor: s.Actors[0].ID, Human: true}}, "")
	for !g.Over {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
		rec.Add(g, nil)
	}
	if rec.ScenarioHash == "" {
		t.Errorf("the loader gave the scenario no hash")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "tutorial.json")
	if err := save.WriteFile(path, rec); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCmd("replay", "-text", path); code != 0 || !strings.Contains(out, rec.LogHash) {
		t.Errorf("replay: exit %d: %s", code, errs)
	}
	if code, out, errs := runCmd("report", path); code != 0 || !strings.Contains(out, s.Title) {
		t.Errorf("report: exit %d: %s", code, errs)
	}
	rec.ScenarioHash = strings.Repeat("0", 64)
	changed := filepath.Join(dir, "changed.json")
	if err := save.WriteFile(changed, rec); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd("replay", "-text", changed); code != 1 || !strings.Contains(errs, "scenario has changed") {
		t.Errorf("changed scenario: exit %d: %s", code, errs)
	}
}
