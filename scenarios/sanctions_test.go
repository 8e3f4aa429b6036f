package scenarios_test

import (
	"testing"

	"backchannel/game"
)

// TestSanctionsDraftSilence plays each 2009 episode in historical mode
// with no orders until Moscow is put the sanctions draft (May 2010), then
// answers it each way. A draft that Moscow neither signs nor vetoes goes
// through over its abstention: a seat that never answers does not keep the
// block for free.
func TestSanctionsDraftSilence(t *testing.T) {
	for _, name := range []string{"letter-2009", "pittsburgh-2009"} {
		t.Run(name, func(t *testing.T) { sanctionsDraftSilence(t, name) })
	}
}

func sanctionsDraftSilence(t *testing.T, name string) {
	s := load(t, name)
	g, err := game.New(s, game.Setup{Seed: 1, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	asked := untilAsked(t, g, "sanctions_draft")
	if asked == nil || asked.Actor != "RUS" {
		t.Fatalf("Moscow is never put the sanctions draft in a historical game with no orders")
	}
	if got := g.Option("iran_sanctions"); got != "block" {
		t.Fatalf("sanctions at %q when the draft comes; want block", got)
	}
	for _, c := range []struct{ choice, want string }{
		{"", "abstain"}, // no answer: the draft passes over Moscow's abstention
		{"water_down", "abstain"},
		{"agree", "back"},
		{"veto", "block"},
	} {
		h := g.Clone()
		for turn := 0; turn < 3 && !h.Over; turn++ {
			orders := map[string][]game.Order{}
			if c.choice != "" && turn == 0 {
				orders["RUS"] = []game.Order{{Kind: game.OrderChoose, Dilemma: asked.ID, Choice: c.choice}}
			}
			if err := h.Resolve(orders); err != nil {
				t.Fatal(err)
			}
		}
		if got := h.Option("iran_sanctions"); got != c.want {
			t.Errorf("Moscow answered %q: sanctions at %q, want %q", c.choice, got, c.want)
		}
	}
}

// untilAsked plays g on with no orders until the event eventID puts its
// dilemma to an actor, and returns that dilemma, still unanswered; nil if
// the game ends first.
func untilAsked(t *testing.T, g *game.Game, eventID string) *game.Dilemma {
	t.Helper()
	for !g.Over {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
		for _, d := range g.Dilemmas {
			if g.Scen.Events[d.Event].ID == eventID && d.Choice == "" {
				return d
			}
		}
	}
	return nil
}
