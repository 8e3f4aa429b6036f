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
