package main

import (
	"strings"
	"testing"
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
