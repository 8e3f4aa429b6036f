package scenarios_test

import (
	"testing"

	"backchannel/game"
	"backchannel/game/ai"
)

// TestPittsburghDraftReadsTehran: when the sanctions draft comes (May 2010),
// a Russian vote for it costs Moscow 20 face if Tehran answered the Vienna
// draft and its leadership is divided (the vote unites it against the
// deal), and earns it 4 against the hardliner or the bargainer, or a
// Tehran that left Vienna unanswered. So Moscow's answer turns on what it
// believes of Tehran, and a Tehran that never answers Vienna gives Moscow
// no reason to spare it. Before, the vote earned Moscow 4 face whatever
// Tehran was, and the hawk and the dealer signed on in every game.
func TestPittsburghDraftReadsTehran(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	answered, dAnswered := pittDraft(t, s, "changes")
	silent, dSilent := pittDraft(t, s, "")
	if got := answered.Var("vienna_unanswered"); got != 0 {
		t.Errorf("Tehran asked for changes at Vienna, and vienna_unanswered is %v; want 0", got)
	}
	if got := silent.Var("vienna_unanswered"); got != 1 {
		t.Errorf("Tehran left the Vienna draft unanswered, and vienna_unanswered is %v; want 1", got)
	}

	// The cost is the true type's.
	irn, rus := answered.ActorIndex("IRN"), answered.ActorIndex("RUS")
	faceAfterAgree := func(g *game.Game, d *game.Dilemma, irnType string) float64 {
		h := g.Clone()
		for k, ty := range s.Actors[irn].Types {
			if ty.ID == irnType {
				h.Types[irn] = k
			}
		}
		before := h.Face[rus]
		if err := h.Resolve(map[string][]game.Order{"RUS": {{Kind: game.OrderChoose, Dilemma: d.ID, Choice: "agree"}}}); err != nil {
			t.Fatal(err)
		}
		return h.Face[rus] - before
	}
	same := func(a, b float64) bool { return a-b <= 1 && b-a <= 1 }
	hard, divided := faceAfterAgree(answered, dAnswered, "hardliner"), faceAfterAgree(answered, dAnswered, "divided")
	if hard-divided < 15 {
		t.Errorf("Tehran answered Vienna: agreeing the draft moved Moscow's face %+.1f against the hardliner and %+.1f against the divided leadership; want at least 15 more lost against the divided",
			hard, divided)
	}
	if b := faceAfterAgree(answered, dAnswered, "bargainer"); !same(hard, b) {
		t.Errorf("Tehran answered Vienna: agreeing the draft moved Moscow's face %+.1f against the hardliner and %+.1f against the bargainer; want the same", hard, b)
	}
	if h, d := faceAfterAgree(silent, dSilent, "hardliner"), faceAfterAgree(silent, dSilent, "divided"); !same(h, d) {
		t.Errorf("Tehran left Vienna unanswered: agreeing the draft moved Moscow's face %+.1f against the hardliner and %+.1f against the divided leadership; want the same",
			h, d)
	}

	// Moscow answers by what it believes of Tehran.
	answer := func(g *game.Game, d *game.Dilemma, rusType, believed string) string {
		h := g.Clone()
		for k, ty := range s.Actors[rus].Types {
			if ty.ID == rusType {
				h.Types[rus] = k
			}
		}
		v, err := h.View("RUS")
		if err != nil {
			t.Fatal(err)
		}
		w := make([]float64, len(s.Actors[irn].Types))
		for k, ty := range s.Actors[irn].Types {
			w[k] = 0.05
			if ty.ID == believed {
				w[k] = 0.9
			}
		}
		v.Beliefs[irn] = w
		seat := ai.New("RUS", ai.Normal, 1)
		seat.SetScenario(s)
		for _, o := range seat.Decide(v).Orders {
			if o.Kind == game.OrderChoose && o.Dilemma == d.ID {
				return o.Choice
			}
		}
		return ""
	}
	for _, rusType := range []string{"dealer", "hawk"} {
		if got := answer(answered, dAnswered, rusType, "hardliner"); got != "agree" {
			t.Errorf("a %s Moscow that reads Tehran as the hardliner answers the draft %q; want agree", rusType, got)
		}
		if got := answer(answered, dAnswered, rusType, "divided"); got == "agree" {
			t.Errorf("a %s Moscow that reads Tehran as divided, after Tehran answered Vienna, still agrees the draft", rusType)
		}
		if got := answer(silent, dSilent, rusType, "divided"); got != "agree" {
			t.Errorf("a %s Moscow that reads Tehran as divided, after Tehran left Vienna unanswered, answers the draft %q; want agree", rusType, got)
		}
	}
}

// TestPittsburghViennaAnswered: the AI's Tehran always answers the Vienna
// draft (accepting it or asking for changes), whatever its type; only a
// Tehran that gives no orders leaves it unanswered.
func TestPittsburghViennaAnswered(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	g0, err := game.New(s, game.Setup{Seed: 1, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	d := untilAsked(t, g0, "vienna_draft")
	if d == nil || d.Actor != "IRN" {
		t.Fatal("Tehran is never put the Vienna draft in a historical game with no orders")
	}
	if def := s.Events[d.Event].Dilemma.Default; def != "no_answer" {
		t.Errorf("the Vienna draft's default is %q; want no_answer", def)
	}
	irn := g0.ActorIndex("IRN")
	for k, ty := range s.Actors[irn].Types {
		g := g0.Clone()
		g.Types[irn] = k
		v, err := g.View("IRN")
		if err != nil {
			t.Fatal(err)
		}
		seat := ai.New("IRN", ai.Normal, 1)
		seat.SetScenario(s)
		got := ""
		for _, o := range seat.Decide(v).Orders {
			if o.Kind == game.OrderChoose && o.Dilemma == d.ID {
				got = o.Choice
			}
		}
		if got == "" || got == "no_answer" {
			t.Errorf("a %s Tehran answers the Vienna draft with %q; want accept or changes", ty.ID, got)
		}
	}
}

// pittDraft plays a historical pittsburgh game with no orders but Tehran's
// answer to the Vienna draft (none if answer is "") until Moscow is put the
// sanctions draft, and returns the game and that dilemma, unanswered.
func pittDraft(t *testing.T, s *game.Scenario, answer string) (*game.Game, *game.Dilemma) {
	t.Helper()
	g, err := game.New(s, game.Setup{Seed: 1, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	for !g.Over {
		orders := map[string][]game.Order{}
		for _, d := range g.Dilemmas {
			if answer != "" && d.Choice == "" && g.Scen.Events[d.Event].ID == "vienna_draft" {
				orders["IRN"] = []game.Order{{Kind: game.OrderChoose, Dilemma: d.ID, Choice: answer}}
			}
		}
		if err := g.Resolve(orders); err != nil {
			t.Fatal(err)
		}
		for _, d := range g.Dilemmas {
			if g.Scen.Events[d.Event].ID == "sanctions_draft" && d.Choice == "" {
				return g, d
			}
		}
	}
	t.Fatal("Moscow is never put the sanctions draft in a historical game")
	return nil, nil
}
