package debrief

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// TestWriteStudents checks the students' report of a played game: it tells
// the outcome beside history, who gained, the turning points and the deals
// in plain words, and carries none of the analyst's jargon, ids or hashes.
func TestWriteStudents(t *testing.T) {
	g, rec := playedGame(t)
	r := Analyze(g, Options{Players: rec.HumanSeats()})
	var buf bytes.Buffer
	if err := WriteStudents(&buf, r, g.Scen); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	t.Log(out)
	for _, want := range []string{"# What happened: Small test episode", "Atlantis was played by a student",
		"## How it ended", "**Forward base**: went from build to cancel. That is how it really ended.",
		"## Who gained", "**Atlantis (a student)** (secret goals: ", "## The turning points", "## Deals"} {
		if !strings.Contains(out, want) {
			t.Errorf("students' report lacks %q", want)
		}
	}
	for _, jargon := range []string{"Nash", "Pareto", "utility", "Utility", "hash", "seed", "Boulware", "boulware",
		"linkage", "status quo", "frontier", r.LogHash} {
		if strings.Contains(out, jargon) {
			t.Errorf("students' report says %q", jargon)
		}
	}
	if id := regexp.MustCompile(`\b[aoi][0-9]+\b`).FindString(out); id != "" {
		t.Errorf("students' report shows the engine's id %q", id)
	}
	if strings.Contains(out, "\n\n\n") {
		t.Errorf("report has runs of blank lines")
	}
}
