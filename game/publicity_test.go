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

// TestEventEmbarrasses: an embarrass effect shames its actor before the
// other as a leak does (standing, trust, and a grievance that raises what
// it asks of the other's deals alone); played without embarrassment it
// does nothing.
func TestEventEmbarrasses(t *testing.T) {
	play := func(effects []game.Effect, off bool) *game.Game {
		sc := gametest.Small()
		sc.Rules.Off.Embarrassment = off
		sc.Events = []game.EventDef{{ID: "story", Name: "A story", Date: sc.Calendar.Start, Headline: "A story", Effects: effects}}
		g, err := game.New(sc, game.Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		must(t, g.Resolve(nil))
		return g
	}
	shame := []game.Effect{{Kind: game.EffectEmbarrass, Actor: "B", Other: "A", Amount: game.Const(6)}}
	plain, shamed := play(nil, false), play(shame, false)
	a, b, c := plain.ActorIndex("A"), plain.ActorIndex("B"), plain.ActorIndex("C")
	if d := plain.Face[b] - shamed.Face[b]; d < 5 {
		t.Errorf("B lost %.1f standing to the story, want about 6", d)
	}
	if shamed.Trust[b][a] >= plain.Trust[b][a] {
		t.Errorf("B trusts A %.0f after the story, %.0f without it", shamed.Trust[b][a], plain.Trust[b][a])
	}
	v, _ := shamed.View("B")
	if v.ReservationFor(a) <= v.ReservationFor(c) {
		t.Errorf("B asks %.1f of A's deals and %.1f of C's: the story should make it less generous to A alone", v.ReservationFor(a), v.ReservationFor(c))
	}
	off, offPlain := play(shame, true), play(nil, true)
	if off.Face[b] != offPlain.Face[b] || off.Trust[b][a] != offPlain.Trust[b][a] || off.Grievance[b][a] != 0 {
		t.Errorf("without embarrassment the story still cost B: standing %.1f (%.1f), trust %.0f (%.0f), grievance %.1f",
			off.Face[b], offPlain.Face[b], off.Trust[b][a], offPlain.Trust[b][a], off.Grievance[b][a])
	}
}
