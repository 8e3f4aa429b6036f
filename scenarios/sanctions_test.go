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
	var asked *game.Dilemma
	for asked == nil && !g.Over {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
		for _, d := range g.Dilemmas {
			if s.Events[d.Event].ID == "sanctions_draft" && d.Choice == "" {
				asked = d
			}
		}
	}
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

// TestPittsburghBidenQuestion: on 21 Oct 2009 Warsaw is asked whether it
// would host SM-3s. Ready moves it to willing; a Warsaw that never answers
// stays at no and loses Washington's trust.
func TestPittsburghBidenQuestion(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	g, err := game.New(s, game.Setup{Seed: 1, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	var asked *game.Dilemma
	for asked == nil && !g.Over {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
		for _, d := range g.Dilemmas {
			if s.Events[d.Event].ID == "biden_asks_warsaw" {
				asked = d
			}
		}
	}
	if asked == nil || asked.Actor != "POL" {
		t.Fatal("Warsaw is never asked Biden's question in a historical game with no orders")
	}
	answer := func(choice string) *game.Game {
		h := g.Clone()
		orders := map[string][]game.Order{}
		if choice != "" {
			orders["POL"] = []game.Order{{Kind: game.OrderChoose, Dilemma: asked.ID, Choice: choice}}
		}
		for turn := 0; turn < 2 && !h.Over; turn++ {
			if err := h.Resolve(orders); err != nil {
				t.Fatal(err)
			}
			orders = nil
		}
		return h
	}
	ready, silent := answer("ready"), answer("")
	if ready.Option("sm3_poland") != "willing" || silent.Option("sm3_poland") != "no" {
		t.Errorf("SM-3 hosting: %s after 'ready', %s with no answer; want willing and no",
			ready.Option("sm3_poland"), silent.Option("sm3_poland"))
	}
	if r, n := ready.TrustOf("USA", "POL"), silent.TrustOf("USA", "POL"); r-n < 10 {
		t.Errorf("Washington's trust in Warsaw: %.1f after 'ready', %.1f with no answer; silence should cost at least 10 against it", r, n)
	}
}
