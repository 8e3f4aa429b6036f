package game_test

import (
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestScoresCountStandingAtHome checks the two-level score: losing support
// at home lowers the final score by the type's home weight, not the
// policy part.
func TestScoresCountStandingAtHome(t *testing.T) {
	g, err := game.New(gametest.Small(), game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	before := g.Scores()[0]
	g.Support[0] -= 20
	after := g.Scores()[0]
	if after.Policy != before.Policy || after.Home != before.Home-10 {
		t.Fatalf("policy %v → %v, home %v → %v; want policy unchanged and home 10 lower", before.Policy, after.Policy, before.Home, after.Home)
	}
	if want := before.Final - 10*after.HomeWeight; after.Final < want-0.001 || after.Final > want+0.001 {
		t.Fatalf("final %v, want %v", after.Final, want)
	}
}

// TestLeakOdds checks that leak odds grow with linkage and with the
// leakiness of the people involved, fall at a forum, and vanish in public;
// and that the view gives the engine's odds.
func TestLeakOdds(t *testing.T) {
	s := gametest.Small()
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	r := g.Rules
	odds := func(to []string, ch game.Channel, lk game.Linkage) float64 {
		return game.LeakOdds(s, r, nil, "A", to, ch, lk)
	}
	none, imp, exp := odds([]string{"B"}, game.ChannelPrivate, game.LinkNone), odds([]string{"B"}, game.ChannelPrivate, game.LinkImplicit), odds([]string{"B"}, game.ChannelPrivate, game.LinkExplicit)
	if !(none < imp && imp < exp) {
		t.Fatalf("odds by linkage none %v implicit %v explicit %v: want rising", none, imp, exp)
	}
	if more := odds([]string{"B", "C"}, game.ChannelPrivate, game.LinkImplicit); more <= imp {
		t.Fatalf("a third holder should raise the odds: %v vs %v", more, imp)
	}
	if f := odds([]string{"B"}, game.ChannelForum, game.LinkImplicit); f >= imp {
		t.Fatalf("a forum meeting should leak less: %v vs %v", f, imp)
	}
	if p := odds([]string{"B"}, game.ChannelPublic, game.LinkImplicit); p != 0 {
		t.Fatalf("public messages cannot leak: %v", p)
	}
	v, _ := g.View("A")
	want := game.LeakOdds(s, r, g.LeakBoost, "A", []string{"B"}, game.ChannelPrivate, game.LinkImplicit)
	if got := v.LeakOdds([]string{"B"}, game.ChannelPrivate, game.LinkImplicit); got != want {
		t.Fatalf("view odds %v, engine %v", got, want)
	}
	if life := game.LeakOddsOverLife(imp); life <= imp || life >= 1 {
		t.Fatalf("odds over the message's life %v from %v per turn", life, imp)
	}
}

// TestEmbarrassmentMakesLessGenerous checks that an actor embarrassed by a
// leak asks more of the culprit's deals than of others', and that the
// grievance outlasts the embarrassment but fades.
func TestEmbarrassmentMakesLessGenerous(t *testing.T) {
	g, err := game.New(gametest.Small(), game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	// A writes to B with an explicit trade; B leaks it, embarrassing A.
	must(t, g.Resolve(map[string][]game.Order{"A": {{Kind: game.OrderPropose, To: []string{"B"}, Linkage: game.LinkExplicit,
		Terms: []game.Term{{Actor: "A", Issue: "base", Option: "delay"}, {Actor: "B", Issue: "sanctions", Option: "strict"}}}}}))
	must(t, g.Resolve(map[string][]game.Order{"B": {{Kind: game.OrderLeak, Offer: "o2"}}}))
	v, _ := g.View("A")
	b, c := g.ActorIndex("B"), g.ActorIndex("C")
	if v.ReservationFor(b) <= v.ReservationFor(c) {
		t.Fatalf("A's reservation toward B %v should exceed that toward C %v", v.ReservationFor(b), v.ReservationFor(c))
	}
	vb, _ := g.View("B")
	if vb.ResentedBy[g.ActorIndex("A")] <= 0 {
		t.Fatal("B's view should show A's grievance against it")
	}
	first := v.Grievance[b]
	for range 3 {
		must(t, g.Resolve(nil))
	}
	v, _ = g.View("A")
	if v.Grievance[b] <= 0 || v.Grievance[b] >= first {
		t.Fatalf("grievance %v after three turns, %v at first: want it to fade but last", v.Grievance[b], first)
	}
}
