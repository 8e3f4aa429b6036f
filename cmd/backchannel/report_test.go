//go:build !js

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"backchannel/game/debrief"
)

func TestReportMarkdown(t *testing.T) {
	path, rec := withSmall(t)
	code, out, errs := runCmd("report", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"# After-action report: Small test episode", "## Scores", "Atlantis (player)",
		"## Issues: the outcome beside history", "## True types", "## Turning points", "## Offers made and answered",
		"## Choices", "## How close to the best possible deals", "Nash point", "## Concession patterns", "boulware",
		"## Timeline", rec.LogHash} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	// Every table row has as many cells as its header.
	cols := 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			cols = 0
			continue
		}
		n := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|")
		if cols == 0 {
			cols = n
		} else if n != cols {
			t.Errorf("ragged table row: %s", line)
		}
	}
	if _, again, _ := runCmd("report", path); again != out {
		t.Errorf("two reports of one save differ")
	}
}

func TestReportFileAndJSON(t *testing.T) {
	path, rec := withSmall(t)
	dst := filepath.Join(t.TempDir(), "r.json")
	code, out, errs := runCmd("report", path, "-o", dst, "-json") // flags after the file
	if code != 0 || out != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	var r debrief.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	if r.LogHash != rec.LogHash || len(r.Scores) != 3 || r.Deals.FrontierSize == 0 || len(r.Series.Utility) != 3 {
		t.Errorf("JSON report: %+v", r)
	}
}

// TestReportFileIsAtomic: report -o replaces the file whole, leaves no
// temporary file, and a failed write leaves the old report as it was
// (a plain write left empty or partial reports when killed).
func TestReportFileIsAtomic(t *testing.T) {
	path, _ := withSmall(t)
	dir := t.TempDir()
	dst := filepath.Join(dir, "r.md")
	if err := os.WriteFile(dst, []byte("old report"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd("report", path, "-o", dst); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	entries, _ := os.ReadDir(dir)
	if data, _ := os.ReadFile(dst); len(entries) != 1 || !strings.HasPrefix(string(data), "#") {
		t.Errorf("%d files; the report starts %.20q", len(entries), data)
	}
	// A folder where the report should go: refused, nothing else touched.
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd("report", path, "-o", sub); code != 1 || !strings.Contains(errs, "cannot write "+sub) {
		t.Errorf("into a folder: exit %d: %s", code, errs)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("a failed write left %d files", len(entries))
	}
}

// TestReportForStudents: -for students writes the plain-words report;
// the instructor's report (the default) explains its terms; an unknown
// reader or JSON for students is refused in words.
func TestReportForStudents(t *testing.T) {
	path, rec := withSmall(t)
	code, out, errs := runCmd("report", "-for", "students", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"# What happened: Small test episode", "## Who gained", "## The turning points"} {
		if !strings.Contains(out, want) {
			t.Errorf("students' report lacks %q", want)
		}
	}
	for _, bad := range []string{"Nash", "Pareto", rec.LogHash} {
		if strings.Contains(out, bad) {
			t.Errorf("students' report says %q", bad)
		}
	}
	if _, out, _ := runCmd("report", path); !strings.Contains(out, "## Words used in this report") || !strings.Contains(out, "- **Nash point**: ") {
		t.Errorf("the instructor's report does not explain its terms")
	}
	for _, args := range [][]string{{"report", "-for", "pupils", path}, {"report", "-for", "students", "-json", path}} {
		code, _, errs := runCmd(args...)
		if code != 2 || strings.Contains(errs, "-for") || strings.Contains(errs, "-json") {
			t.Errorf("%v: exit %d, %q; want 2 and words without flag names", args, code, errs)
		}
	}
}
