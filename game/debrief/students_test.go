package debrief

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/ui/prose"
)

// TestWriteStudents checks the students' report of a played game: it tells
// the outcome beside history, who gained, the turning points and the deals
// in plain words, in the debrief screen's own words, and carries none of
// the analyst's jargon, ids or hashes.
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
		"## How it ended", "### Forward base", "In your game: build → cancel", "In history: cancel — the same outcome.",
		"## Who gained", "Atlantis ends on ", "## Who was who", "## The turning points", "## Deals"} {
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
	// The report's sections are the debrief screen's own documents,
	// written out, so the screen and the report say each fact in the same
	// words; and each government's verdict is the report's line about it.
	for name, d := range map[string]prose.Doc{"issues": OutcomeDoc(r, g.Scen), "types": TypesDoc(r, g.Scen),
		"turning points": TurningDoc(r, g.Scen), "history": HistoryDoc(r)} {
		if len(d) == 0 && name != "history" { // the test episode tells no history
			t.Errorf("the %s tab is empty", name)
		}
		if md := d.Under().Markdown(); !strings.Contains(out, md) {
			t.Errorf("the report does not say the %s tab's words:\n%s", name, md)
		}
	}
	for _, sc := range r.Scores {
		if !strings.Contains(out, "- "+VerdictLine(sc)) {
			t.Errorf("the report lacks %s's verdict %q", sc.Name, VerdictLine(sc))
		}
	}
}

// TestTabsSayNoIds: what moved an issue and what happened in a turning
// point reach the player in words: an event by its headline, a choice by
// its label, a deal and an offer without the engine's ids.
func TestTabsSayNoIds(t *testing.T) {
	s := &game.Scenario{
		Actors: []game.ActorDef{{ID: "ATL", Name: "Atlantis"}},
		Events: []game.EventDef{{ID: "senate_vote", Headline: "Senate votes on the base"},
			{ID: "crisis", Dilemma: &game.DilemmaDef{Actor: "ATL", Choices: []game.ChoiceDef{{ID: "fold", Label: "Back down"}}}}},
	}
	settled := func(cause string) IssueOutcome {
		return IssueOutcome{Name: "Forward base", StartName: "build", FinalName: "cancel", Changed: true,
			Settled: &game.Entry{Turn: 3, Cause: cause}}
	}
	r := &Report{
		Issues: []IssueOutcome{settled("event senate_vote"), settled("choice fold of d2"), settled("term of agreement a4")},
		TurningPoints: []TurningPoint{{Turn: 3, Largest: 9, Changes: []UtilityChange{{Actor: "ATL", From: 40, To: 31, Delta: -9}},
			Entries: []game.Entry{{Text: "Atlantis reneged on agreement a4: Atlantis: Forward base → build."},
				{Text: "Borealia rejected o7, a public position."}}}},
	}
	issues := IssuesDoc(r, s).String()
	for _, want := range []string{"(turn 3: Senate votes on the base)", "(turn 3: Atlantis decided: Back down)", "(turn 3: a term of a deal)"} {
		if !strings.Contains(issues, want) {
			t.Errorf("the issues tab lacks %q:\n%s", want, issues)
		}
	}
	turning := TurningDoc(r, s).String()
	for _, want := range []string{"Hurt Atlantis (40 → 31).", "Atlantis reneged on a deal:", "Borealia rejected an offer"} {
		if !strings.Contains(turning, want) {
			t.Errorf("the turning points tab lacks %q:\n%s", want, turning)
		}
	}
	for _, doc := range []string{issues, turning} {
		if id := regexp.MustCompile(`\b[aod][0-9]+\b|senate_vote|\bfold\b`).FindString(doc); id != "" {
			t.Errorf("a tab shows the engine's id %q:\n%s", id, doc)
		}
	}
}
