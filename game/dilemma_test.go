package game_test

import (
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestDilemmaDefaultShown checks that a seat's view names the choice taken
// without an answer, and says afterwards that it was taken by default: the
// small scenario asks Borealia on turn 5 and, unanswered, stays quiet on
// turn 6.
func TestDilemmaDefaultShown(t *testing.T) {
	g, err := game.New(gametest.Small(), game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	dilemma := func() game.Dilemma {
		t.Helper()
		v, err := g.View("B")
		if err != nil {
			t.Fatal(err)
		}
		if len(v.Dilemmas) != 1 {
			t.Fatalf("turn %d: Borealia has %d dilemmas, want 1", g.Turn, len(v.Dilemmas))
		}
		return v.Dilemmas[0]
	}
	for g.Turn < 5 {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
	}
	if d := dilemma(); d.Default != "quiet" || d.Deadline != 6 || d.Defaulted {
		t.Fatalf("posed: default %q, deadline %d, defaulted %v; want quiet, 6, false", d.Default, d.Deadline, d.Defaulted)
	}
	for g.Turn < 7 {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
	}
	if d := dilemma(); d.Choice != "quiet" || !d.Defaulted {
		t.Errorf("after the deadline: choice %q, defaulted %v; want quiet taken by default", d.Choice, d.Defaulted)
	}
}
