package scenarios_test

import (
	"errors"
	"testing"

	"backchannel/game"
	"backchannel/game/ai"
)

// TestLetterCzechRole: in letter-2009 Prague has a role in missile defence
// to gain beyond the radar. It can declare itself willing alone, a defined
// role needs Washington's consent, and a Prague that does nothing gets no
// role at all. The loyalist AI takes one, so a radar loyalist has something
// to play for that doing nothing forgoes.
func TestLetterCzechRole(t *testing.T) {
	s := load(t, "letter-2009")
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	move := func(option string) []game.Order {
		return []game.Order{{Kind: game.OrderMove, Issue: "czech_role", Option: option}}
	}
	if err := g.Check("CZE", move("role")); !errors.Is(err, game.ErrNeedsConsent) {
		t.Errorf("Prague names its own role alone: %v; want the consent error", err)
	}
	if err := g.Check("CZE", move("willing")); err != nil {
		t.Errorf("Prague cannot declare itself willing alone: %v", err)
	}
	if err := g.Check("USA", move("willing")); err == nil {
		t.Error("Washington can move Prague's role alone; want it to be Prague's call")
	}

	passive := playEmpty(t, s, game.Setup{Seed: 1})
	if got := passive.Option("czech_role"); got != "none" {
		t.Errorf("a game without orders ends with the Czech role at %q; want none", got)
	}

	cze := g.ActorIndex("CZE")
	loyalist, took := 0, 0
	for seed := uint64(1); loyalist < 6 && seed <= 40; seed++ {
		g, err := game.New(s, game.Setup{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if s.Actors[cze].Types[g.Types[cze]].ID != "loyalist" {
			continue
		}
		loyalist++
		seats := ai.Seats(s, ai.Normal, seed)
		for !g.Over {
			orders, err := ai.Turn(g, seats)
			if err != nil {
				t.Fatal(err)
			}
			if err := g.Resolve(orders); err != nil {
				t.Fatalf("seed %d turn %d: %v", seed, g.Turn, err)
			}
		}
		if g.Option("czech_role") != "none" {
			took++
		}
	}
	if loyalist < 6 {
		t.Fatalf("only %d loyalist Czech governments in 40 seeds", loyalist)
	}
	if 2*took < loyalist {
		t.Errorf("a loyalist Prague played by the AI took a role in missile defence in %d of %d games; want most", took, loyalist)
	}
}
