package session

import (
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

func TestSessionPlaysToTheEndAndReplays(t *testing.T) {
	s, err := New(Config{Scenario: gametest.Small(), Seed: 3, Humans: []string{"A"}})
	if err != nil {
		t.Fatal(err)
	}
	if w := s.Waiting(); len(w) != 1 || w[0] != "A" {
		t.Fatalf("waiting for %v", w)
	}
	if err := s.Submit("A", []game.Order{{Kind: game.OrderMove, Issue: "base", Option: "build"}}); err == nil {
		t.Fatal("an illegal order was accepted")
	}
	if err := s.Submit("B", nil); err == nil {
		t.Fatal("an AI seat's orders were accepted from a human")
	}
	if err := s.Submit("A", []game.Order{{Kind: game.OrderMove, Issue: "base", Option: "delay"}}); err != nil {
		t.Fatal(err)
	}
	for !s.Game.Over {
		if err := s.EndTurn(); err != nil {
			t.Fatal(err)
		}
	}
	if s.Game.Option("base") == "build" && s.Game.Log[0].Kind == "" {
		t.Fatal("unreachable")
	}
	g, err := s.Record.Replay(gametest.Small())
	if err != nil {
		t.Fatal(err)
	}
	if g.LogHash() != s.Game.LogHash() || s.Record.LogHash != g.LogHash() {
		t.Fatal("the record does not replay to the same game")
	}
	r, err := Resume(s.Record, gametest.Small())
	if err != nil || r.Game.LogHash() != s.Game.LogHash() || !r.IsHuman("A") || r.IsHuman("B") {
		t.Fatalf("resume: %v", err)
	}
	if err := s.EndTurn(); err == nil {
		t.Fatal("a finished game played on")
	}
}

func TestSessionRejectsUnknownHuman(t *testing.T) {
	if _, err := New(Config{Scenario: gametest.Small(), Humans: []string{"ZZ"}}); err == nil {
		t.Fatal("unknown human seat accepted")
	}
}
