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
