package game_test

import (
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestEventPutsWordsOnRecord: a scenario event can put an actor's public
// words on record (issue 14 item 4: statements that actors have reasons to
// break). They then work as a statement order's would: the AI and the
// engine see them, and going back on them costs the audience cost.
func TestEventPutsWordsOnRecord(t *testing.T) {
	sc := gametest.Small()
	start := sc.Calendar.Start
	sc.Events = append(sc.Events, game.EventDef{ID: "speech", Name: "A speech", Date: start, Headline: "A speaks",
		Effects: []game.Effect{
			{Kind: game.EffectRuleOut, Actor: "A", Issue: "base", Option: "delay"},
			{Kind: game.EffectInsist, Actor: "C", Issue: "programme", Option: "expanding"},
		}})
	g, err := game.New(sc, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Statements) != 2 {
		t.Fatalf("statements after the speech: %+v", g.Statements)
	}
	a, c := g.Statements[0], g.Statements[1]
	if a.Actor != "A" || a.Issue != "base" || a.Option != "delay" || !a.Oppose || c.Actor != "C" || c.Oppose {
		t.Errorf("statements %+v %+v", *a, *c)
	}
	if v, err := g.View("B"); err != nil || len(v.Statements) != 2 {
		t.Errorf("B sees %d statements; the words are public", len(v.Statements))
	}
	said := false
	for _, e := range g.Log {
		if e.Kind == game.KindStatement && e.Actor == "A" && strings.Contains(e.Text, "ruling out") && e.Public {
			said = true
		}
	}
	if !said {
		t.Error("no public log entry puts A on record")
	}
	before := g.Support[0]
	move, err := game.ParseOrder("move base=delay")
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Resolve(map[string][]game.Order{"A": {move}}); err != nil {
		t.Fatal(err)
	}
	if !a.Broken || g.Support[0] >= before-g.Rules.AudienceCost/2 {
		t.Errorf("A went back on its words: broken %v, support %.1f from %.1f", a.Broken, g.Support[0], before)
	}
	if c.Broken {
		t.Error("C kept its words and still broke them")
	}
}

// TestBrokenWordScalesWithPublicity: going back on public words costs a
// type that minds publicity more than one that does not, from the audience
// cost times 0.75 up to 2.25 times it.
func TestBrokenWordScalesWithPublicity(t *testing.T) {
	r := game.Rules{AudienceCost: 12}
	for _, c := range []struct{ aversion, want float64 }{{0, 9}, {0.5, 18}, {1, 27}} {
		if got := r.BrokenWordCost(&game.Preferences{PublicityAversion: c.aversion}); got != c.want {
			t.Errorf("publicity aversion %.1f: a broken statement costs %.1f support, want %.1f", c.aversion, got, c.want)
		}
	}
	// In play: A's type (publicity aversion 0.6 or 0.3 in the small
	// scenario) pays the cost its own aversion sets, and half as much face.
	sc := gametest.Small()
	sc.Events = []game.EventDef{{ID: "speech", Name: "A speech", Date: sc.Calendar.Start, Headline: "A speaks",
		Effects: []game.Effect{{Kind: game.EffectRuleOut, Actor: "A", Issue: "base", Option: "delay"}}}}
	g, err := game.New(sc, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := g.Rules.BrokenWordCost(&sc.Actors[0].Types[g.Types[0]].Prefs)
	move, _ := game.ParseOrder("move base=delay")
	if err := g.Resolve(map[string][]game.Order{"A": {move}}); err != nil {
		t.Fatal(err)
	}
	charged := map[game.EntryKind]float64{}
	for _, e := range g.Log {
		if e.Actor == "A" && strings.HasPrefix(e.Cause, "audience cost") {
			charged[e.Kind] += e.Old - e.New
		}
	}
	if charged[game.KindSupport] < want-0.01 || charged[game.KindSupport] > want+0.01 || charged[game.KindFace] < want/2-0.01 || charged[game.KindFace] > want/2+0.01 {
		t.Errorf("A broke its word: charged %.2f support and %.2f face, want %.2f and %.2f", charged[game.KindSupport], charged[game.KindFace], want, want/2)
	}
}

// TestWordCostPricesStatementsAlone: rules.word_cost, when set, prices a
// broken statement in place of the audience cost, which then prices a
// leaked letter alone (letter-2009 charges 18 for a climb-down, 16 for a
// leak).
func TestWordCostPricesStatementsAlone(t *testing.T) {
	if got := (game.Rules{AudienceCost: 12, WordCost: 16}).BrokenWordCost(&game.Preferences{PublicityAversion: 0.5}); got != 24 {
		t.Errorf("word cost 16, publicity aversion 0.5: a broken statement costs %.1f support, want 24", got)
	}
	// In play: A writes to B with a stated trade and goes back on its
	// public words on the base; B leaks the letter.
	sc := gametest.Small()
	sc.Rules.AudienceCost, sc.Rules.WordCost = 12, 16
	sc.Events = []game.EventDef{{ID: "speech", Name: "A speech", Date: sc.Calendar.Start, Headline: "A speaks",
		Effects: []game.Effect{{Kind: game.EffectRuleOut, Actor: "A", Issue: "base", Option: "delay"}}}}
	g, err := game.New(sc, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	move, _ := game.ParseOrder("move base=delay")
	letter := game.Order{Kind: game.OrderPropose, To: []string{"B"}, Linkage: game.LinkExplicit,
		Terms: []game.Term{{Actor: "A", Issue: "base", Option: "cancel"}, {Actor: "B", Issue: "sanctions", Option: "strict"}}}
	must(t, g.Resolve(map[string][]game.Order{"A": {move, letter}}))
	sent := g.Offers[len(g.Offers)-1].ID
	must(t, g.Resolve(map[string][]game.Order{"B": {{Kind: game.OrderLeak, Offer: sent}}}))
	pa := sc.Actors[0].Types[g.Types[0]].Prefs.PublicityAversion
	lost := map[string]float64{}
	for _, e := range g.Log {
		if e.Actor == "A" && e.Kind == game.KindSupport {
			switch {
			case strings.HasPrefix(e.Cause, "audience cost"):
				lost["statement"] += e.Old - e.New
			case e.Cause == "leak of "+sent:
				lost["leak"] += e.Old - e.New
			}
		}
	}
	if want := 16 * 1.5 * (0.5 + pa); lost["statement"] < want-0.01 || lost["statement"] > want+0.01 {
		t.Errorf("A broke its word: lost %.2f support, want %.2f (word cost 16)", lost["statement"], want)
	}
	if want := 12 * (0.5 + pa); lost["leak"] < want-0.01 || lost["leak"] > want+0.01 {
		t.Errorf("A's stated trade leaked: lost %.2f support, want %.2f (audience cost 12)", lost["leak"], want)
	}
}
