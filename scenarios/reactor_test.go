package scenarios_test

import (
	"errors"
	"testing"

	"backchannel/game"
)

// TestLetterReactorFuel: in letter-2009 a defiant Tehran that does nothing
// gets no fuel for its research reactor, and the staged swap that would
// bring it needs Washington's consent, so it is a lever only negotiation
// reaches. A game without orders ends with no swap, and the hardliner
// rates a staged swap at least four points of policy above none (two
// before: a hardliner that never bargained came within 1.8 points of the
// AI).
func TestLetterReactorFuel(t *testing.T) {
	s := load(t, "letter-2009")
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	staged := []game.Order{{Kind: game.OrderMove, Issue: "fuel_swap", Option: "staged"}}
	if err := g.Check("IRN", staged); !errors.Is(err, game.ErrNeedsConsent) {
		t.Errorf("Tehran starts a staged swap alone: %v; want the consent error", err)
	}
	passive := playEmpty(t, s, game.Setup{Seed: 1})
	if got := passive.Option("fuel_swap"); got != "none" {
		t.Fatalf("a game without orders ends with the swap at %q; want none", got)
	}
	irn, swap := g.ActorIndex("IRN"), g.IssueIndex("fuel_swap")
	hard := -1
	for k, ty := range s.Actors[irn].Types {
		if ty.ID == "hardliner" {
			hard = k
		}
	}
	if hard < 0 {
		t.Fatal("letter-2009 has no hardliner Tehran")
	}
	with := passive.StartOptions()
	with[swap] = g.OptionIndex(swap, "staged")
	gain := s.Utility(irn, hard, with) - s.Utility(irn, hard, passive.StartOptions())
	if gain < 4 {
		t.Errorf("a staged swap is worth %.1f points to a hardliner Tehran; want at least 4", gain)
	}
}
