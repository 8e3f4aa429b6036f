package game_test

import (
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// offGame plays gametest.Small under rules changed by set, one turn per
// entry of turns ("ACTOR: order" lines), and fails on a refused turn.
func offGame(t *testing.T, setup game.Setup, set func(*game.Rules), turns ...[]string) *game.Game {
	t.Helper()
	sc := gametest.Small()
	if set != nil {
		set(&sc.Rules)
	}
	g, err := game.New(sc, setup)
	if err != nil {
		t.Fatal(err)
	}
	for n, lines := range turns {
		orders := map[string][]game.Order{}
		for _, l := range lines {
			actor, text, _ := strings.Cut(l, ": ")
			o, err := game.ParseOrder(text)
			if err != nil {
				t.Fatal(err)
			}
			orders[actor] = append(orders[actor], o)
		}
		if err := g.Resolve(orders); err != nil {
			t.Fatalf("turn %d: %v", n+1, err)
		}
	}
	return g
}

// logged counts the entries of a kind whose cause contains cause.
func logged(g *game.Game, kind game.EntryKind, cause string) int {
	n := 0
	for _, e := range g.Log {
		if e.Kind == kind && strings.Contains(e.Cause, cause) {
			n++
		}
	}
	return n
}

func TestOffLeaks(t *testing.T) {
	leaky := func(r *game.Rules) { r.LeakChance = 0.9 }
	orders := [][]string{{"B: leak o1"}, {}, {}, {}}
	on := offGame(t, game.Setup{Seed: 1}, leaky, orders...)
	if logged(on, game.KindLeak, "") == 0 {
		t.Fatal("with leaks on, a leak order and a 90% leak chance published nothing")
	}
	off := offGame(t, game.Setup{Seed: 1}, func(r *game.Rules) { leaky(r); r.Off.Leaks = true }, orders...)
	if n := logged(off, game.KindLeak, ""); n != 0 || off.Offers[0].Public {
		t.Errorf("with leaks off, %d leaks were logged (o1 public: %v)", n, off.Offers[0].Public)
	}
	if c := (game.Order{Kind: game.OrderLeak}).Cost(off.Rules); c != 0 {
		t.Errorf("a leak that cannot happen costs %d capital", c)
	}
}

func TestOffEmbarrassment(t *testing.T) {
	on := offGame(t, game.Setup{Seed: 1}, nil, []string{"B: leak o1"})
	if on.Face[0] >= 50 || on.Embarrassed[0][1] == 0 {
		t.Fatalf("with embarrassment on, the leak left A's face at %.0f, embarrassed for %d turns", on.Face[0], on.Embarrassed[0][1])
	}
	off := offGame(t, game.Setup{Seed: 1}, func(r *game.Rules) { r.Off.Embarrassment = true }, []string{"B: leak o1"})
	if logged(off, game.KindLeak, "") == 0 {
		t.Fatal("the leak itself must still happen")
	}
	for a := range off.Face {
		for b, n := range off.Embarrassed[a] {
			if n != 0 {
				t.Errorf("actor %d is embarrassed by %d with embarrassment off", a, b)
			}
		}
	}
	if n := logged(off, game.KindFace, "leak"); n != 0 {
		t.Errorf("with embarrassment off, the leak cost face %d times", n)
	}
}

func TestOffAudienceCosts(t *testing.T) {
	turns := [][]string{{"A: say base=delay oppose"}, {"A: move base=delay"}}
	on := offGame(t, game.Setup{Seed: 1}, nil, turns...)
	if logged(on, game.KindSupport, "audience cost") == 0 {
		t.Fatal("with audience costs on, breaking a statement cost no support")
	}
	off := offGame(t, game.Setup{Seed: 1}, func(r *game.Rules) { r.Off.AudienceCosts = true }, turns...)
	if n := logged(off, game.KindSupport, "audience cost") + logged(off, game.KindFace, "audience cost"); n != 0 {
		t.Errorf("with audience costs off, breaking a statement cost support or face %d times", n)
	}
	if !off.Statements[0].Broken {
		t.Error("the statement must still count as broken")
	}
}

func TestOffVagueness(t *testing.T) {
	turns := [][]string{{"A: propose B A:base=delay B:sanctions=strict~"}}
	on := offGame(t, game.Setup{Seed: 1}, nil, turns...)
	if !on.Offers[0].Terms[1].Vague || !on.Offers[1].Terms[1].Vague {
		t.Fatal("with vagueness on, the vague terms lost their mark")
	}
	sc := gametest.Small()
	sc.Rules.Off.Vagueness = true
	off := offGame(t, game.Setup{Seed: 1}, func(r *game.Rules) { r.Off.Vagueness = true }, turns...)
	for _, o := range off.Offers {
		for _, tm := range o.Terms {
			if tm.Vague {
				t.Errorf("offer %s keeps a vague term with vagueness off", o.ID)
			}
		}
	}
	g, _ := game.New(sc, game.Setup{Seed: 1})
	if !sc.Opening[0].Terms[1].Vague || g.Offers[0].Terms[1].Vague {
		t.Error("the opening offer must be made precise without changing the scenario")
	}
}

func TestOffForums(t *testing.T) {
	turns := [][]string{{}, {}}
	on := offGame(t, game.Setup{Seed: 1}, nil, turns...)
	if len(on.Forums) == 0 {
		t.Fatal("with forums on, the summit did not open in turn 3")
	}
	off := offGame(t, game.Setup{Seed: 1}, func(r *game.Rules) { r.Off.Forums = true }, turns...)
	if len(off.Forums) != 0 || logged(off, game.KindForum, "") != 0 {
		t.Errorf("with forums off, forums %v opened", off.Forums)
	}
	o, _ := game.ParseOrder("propose B forum A:base=delay B:sanctions=strict")
	if err := off.Check("A", []game.Order{o}); err == nil {
		t.Error("a forum meeting passed the check with forums off")
	}
}

func TestOffBeliefs(t *testing.T) {
	turns := [][]string{{"A: say base=cancel", "B: reject o1"}, {}}
	on := offGame(t, game.Setup{Seed: 1, Historical: true}, nil, turns...)
	if logged(on, game.KindBelief, "") == 0 {
		t.Fatal("with beliefs on, neither the statements nor the intel report moved a belief")
	}
	off := offGame(t, game.Setup{Seed: 1, Historical: true}, func(r *game.Rules) { r.Off.Beliefs = true }, turns...)
	if logged(off, game.KindIntel, "") == 0 {
		t.Fatal("the intel report must still arrive")
	}
	if n := logged(off, game.KindBelief, ""); n != 0 {
		t.Errorf("with beliefs off, %d belief updates were logged", n)
	}
	for a := range off.Beliefs {
		for b, p := range off.Beliefs[a] {
			for k, v := range p {
				if want := off.Scen.Actors[b].Types[k].Prior; v != want {
					t.Errorf("belief of %d about %d type %d is %.3f, not the prior %.3f", a, b, k, v, want)
				}
			}
		}
	}
}

func TestForcedLinkage(t *testing.T) {
	turns := [][]string{{"A: propose B none A:base=delay B:sanctions=strict"}}
	on := offGame(t, game.Setup{Seed: 1}, nil, turns...)
	if on.Offers[1].Linkage != game.LinkNone {
		t.Fatalf("with no forced level, the offer has %s linkage", on.Offers[1].Linkage)
	}
	off := offGame(t, game.Setup{Seed: 1}, func(r *game.Rules) { r.Linkage = game.LinkExplicit }, turns...)
	for _, o := range off.Offers {
		if o.Linkage != game.LinkExplicit {
			t.Errorf("offer %s has %s linkage; the rules force explicit", o.ID, o.Linkage)
		}
	}
}
