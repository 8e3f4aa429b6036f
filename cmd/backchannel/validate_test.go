//go:build !js

package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// scenarioTool runs one subcommand and returns its exit code and output.
func scenarioTool(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestValidateBuiltins(t *testing.T) {
	code, out, errs := scenarioTool("validate", "../../scenarios/tutorial.toml")
	if code != 0 || out != "" {
		t.Errorf("exit %d, output %q %q; want 0 and silence", code, out, errs)
	}
}

// TestValidateGolden runs validate from game/scenario, where the golden
// files of the broken scenarios were written, and compares the output.
func TestValidateGolden(t *testing.T) {
	t.Chdir("../../game/scenario")
	for _, name := range []string{"ref_actor", "syntax_duplicate_key", "expr_unknown"} {
		path := "testdata/broken/" + name + ".toml"
		want, err := os.ReadFile("testdata/broken/" + name + ".golden")
		if err != nil {
			t.Fatal(err)
		}
		code, out, _ := scenarioTool("validate", path)
		if code != 1 || out != string(want) {
			t.Errorf("%s: exit %d, output\n%s\nwant exit 1 and\n%s", name, code, out, want)
		}
	}
	// Warnings alone print, and exit 0.
	code, out, _ := scenarioTool("validate", "testdata/broken/lint_warnings.toml")
	if code != 0 || !strings.Contains(out, "warning: ") {
		t.Errorf("warnings: exit %d, output %q", code, out)
	}
	// Several files: every one is reported, and any error fails.
	code, out, _ = scenarioTool("validate", "../../scenarios/tutorial.toml", "testdata/broken/ref_actor.toml", "testdata/no-such.toml")
	if code != 1 || !strings.Contains(out, "ref_actor.toml:38:14:") || !strings.Contains(out, "testdata/no-such.toml: no such file") {
		t.Errorf("several: exit %d, output %q", code, out)
	}
}

func TestValidateUsage(t *testing.T) {
	if code, _, errs := scenarioTool("validate"); code != 2 || !strings.Contains(errs, "usage:") {
		t.Errorf("no files: exit %d, %q", code, errs)
	}
	if code, _, _ := scenarioTool("validate", "-x"); code != 2 {
		t.Errorf("bad flag: exit %d", code)
	}
}
