//go:build !js

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNew writes a starter, validates it, and refuses to overwrite it.
func TestNew(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "My Episode")
	code, out, errs := scenarioTool("new", path)
	if code != 0 || !strings.Contains(out, `scenario id "my-episode"`) {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	file := path + ".toml"
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if code, out, _ := scenarioTool("validate", file); code != 0 || out != "" {
		t.Errorf("the starter does not validate cleanly: exit %d\n%s", code, out)
	}
	if code, _, errs := scenarioTool("new", file); code != 1 || !strings.Contains(errs, "already exists") {
		t.Errorf("overwrite: exit %d, %q", code, errs)
	}
	if again, _ := os.ReadFile(file); string(again) != string(src) {
		t.Error("the file changed")
	}
}

func TestNewUsage(t *testing.T) {
	for _, args := range [][]string{{"new"}, {"new", "a", "b"}, {"new", "---"}} {
		if code, _, _ := scenarioTool(args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}
