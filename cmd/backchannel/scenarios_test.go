//go:build !js

package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"backchannel/game/scenario"
)

func TestScenariosCommand(t *testing.T) {
	code, out, errs := scenarioTool("scenarios")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "tutorial\n    Tutorial: The Radar at Kessel (6 turns)\n") {
		t.Errorf("output lacks the tutorial:\n%s", out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if len([]rune(line)) > 80 {
			t.Errorf("line wider than 80 columns: %q", line)
		}
	}
	if code, _, _ := scenarioTool("scenarios", "x"); code != 2 {
		t.Errorf("extra argument: exit %d, want 2", code)
	}
}

// TestScenariosJSON lists every built-in scenario with its actors, as the
// browser build's game.json carries them for checking shared links.
func TestScenariosJSON(t *testing.T) {
	code, out, errs := scenarioTool("scenarios", "-json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var list []builtinListing
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	byID := map[string]builtinListing{}
	for _, l := range list {
		byID[l.ID] = l
	}
	letter, ok := byID["letter-2009"]
	if !ok || len(list) != len(scenario.BuiltinNames()) {
		t.Fatalf("listing %v lacks letter-2009 or some built-in", list)
	}
	var ids []string
	for _, a := range letter.Actors {
		ids = append(ids, a.ID)
	}
	if !slices.Contains(ids, "RUS") || letter.Turns < 1 || letter.Title == "" {
		t.Errorf("letter-2009 listed as %+v", letter)
	}
}
