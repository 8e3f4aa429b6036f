//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"backchannel/game/save"
)

// TestSaveNeverChoosesWhatToOpen is issue 16 item 7: a save naming a
// system file, a FIFO or a folder as its scenario makes report open none of
// them, and does not hang.
func TestSaveNeverChoosesWhatToOpen(t *testing.T) {
	_, savePath, _ := fileGame(t)
	rec, err := save.ReadFile(savePath)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	t.Chdir(dir) // the FIFO is in the working directory too
	for _, file := range []string{"/etc/passwd", fifo, "../../../etc/passwd", dir, "C:\\x\\fifo.toml"} {
		r := rec.Clone()
		r.ScenarioFile = file
		p := filepath.Join(t.TempDir(), "g.json")
		if err := save.WriteFile(p, r); err != nil {
			t.Fatal(err)
		}
		code, _, errs := runCmd("report", p)
		if code != 1 || !strings.Contains(errs, "this save was played on scenario file "+file) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%s: exit %d: %s", file, code, errs)
		}
	}
	// Given by the user, the FIFO is refused rather than read.
	if code, _, errs := runCmd("report", "-scenario", fifo, savePath); code != 1 || !strings.Contains(errs, "it is a pipe, not a scenario file") {
		t.Errorf("-scenario FIFO: exit %d: %s", code, errs)
	}
}
