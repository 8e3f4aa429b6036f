package debrief

import (
	"bytes"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

func TestWriteMarkdown(t *testing.T) {
	g, rec := playedGame(t)
	fresh, err := game.New(gametest.Small(), game.Setup{Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		g       *game.Game
		players []string
		want    []string
	}{
		{g, rec.HumanSeats(), []string{"# After-action report", "Atlantis (player)", "### 1. Turn 2", "Forward base: build → delay",
			"| **Final state** | cancel | none | expanding |", "boulware", "### Turn 7, 25 May 2009", "insisted on Caspian programme: halted"}},
		{fresh, nil, []string{"in progress: turn 1 of 7", "Every government was an AI negotiator", "No government's utility moved", "| o1 | opening |"}},
	} {
		var buf bytes.Buffer
		if err := WriteMarkdown(&buf, Analyze(c.g, Options{Players: c.players}), c.g.Scen); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("report lacks %q", w)
			}
		}
		if strings.Contains(out, "\n\n\n") {
			t.Errorf("report has runs of blank lines")
		}
	}
}

func BenchmarkAnalyzeSmall(b *testing.B) {
	g, _, err := playedGameB()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Analyze(g, Options{Players: []string{"A"}})
	}
}

func BenchmarkAnalyzeSynthetic5x11(b *testing.B) {
	g, err := game.New(gametest.Synthetic(5, 11), game.Setup{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Analyze(g, Options{})
	}
}

func BenchmarkAnalyzeSynthetic5x14(b *testing.B) {
	g, err := game.New(gametest.Synthetic(5, 14), game.Setup{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		Analyze(g, Options{})
	}
}

// TestScoresShowPolicyAndHome: the debrief shows both parts of each score
// (issue 14 item 8), and the parts add up to the final score it prints.
func TestScoresShowPolicyAndHome(t *testing.T) {
	g, rec := playedGame(t)
	r := Analyze(g, Options{Players: rec.HumanSeats()})
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, r, g.Scen); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "| Government | True type | Final | Policy | Home | Support | Face | Home weight |") {
		t.Errorf("the scores table has no policy and home columns:\n%s", out)
	}
	for _, s := range r.Scores {
		if d := s.Home - game.Standing(s.Support, s.Face); d > 0.01 || d < -0.01 {
			t.Errorf("%s: home %v is not the mean of support %v and face %v", s.Actor, s.Home, s.Support, s.Face)
		}
		if d := s.Final - game.TwoLevel(s.Policy, s.Home, s.HomeWeight); d > 0.01 || d < -0.01 {
			t.Errorf("%s: final %v is not policy %v and home %v weighted %v", s.Actor, s.Final, s.Policy, s.Home, s.HomeWeight)
		}
		row := strings.Join([]string{num(s.Final), num(s.Policy), num(s.Home), num(s.Support), num(s.Face)}, " | ")
		if !strings.Contains(out, row) {
			t.Errorf("%s: no row with %q", s.Actor, row)
		}
	}
}
