package game_test

import (
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// A statement quotes its issue in mid-sentence: an issue named "The …"
// reads "the …" there, as a student would write it.
func TestStatementQuotesTheIssueMidSentence(t *testing.T) {
	s := gametest.Small()
	s.Issues[0].Name = "The forward base"
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	must(t, g.Resolve(map[string][]game.Order{"A": {{Kind: game.OrderStatement, Issue: "base", Option: "cancel", Oppose: true}}}))
	var said string
	for _, e := range g.Log {
		if e.Kind == game.KindStatement && e.Actor == "A" {
			said = e.Text
		}
	}
	if !strings.Contains(said, "publicly rules out the forward base: ") || strings.Contains(said, "The forward") {
		t.Errorf("the statement reads %q, want the issue in mid-sentence as %q", said, "the forward base")
	}
}
