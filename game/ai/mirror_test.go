package ai

import (
	"reflect"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// knownPartners is gametest.Small with Borealia and Caspia of one type
// each, no events and no opening letter: at the first turn Atlantis's
// view then holds everything that decides Borealia's answers, and a hard
// Atlantis's imagined Borealia is the real one.
func knownPartners() *game.Scenario {
	sc := gametest.Small()
	for a := 1; a <= 2; a++ {
		ty := sc.Actors[a].Types[1]
		ty.Prior = 1
		sc.Actors[a].Types, sc.Actors[a].HistoricalType = []game.TypeDef{ty}, ty.ID
	}
	sc.Events, sc.Opening = nil, nil
	return sc
}

// hardCtx readies a hard seat's context on a view, as a decision does.
func hardCtx(sc *game.Scenario, v *game.View, seed uint64) *ctx {
	s := New(v.Actor, Hard, seed)
	s.SetScenario(sc)
	s.m = s.modelOf(v.Scenario)
	s.mem.absorb(s.m, v)
	return newCtx(s, v)
}

// TestMirrorAnswersAsThePartnerWould: where the seat's view decides its
// partner's answer, the imagined partner says yes to exactly the packages
// the real one accepts the next turn, so a search that counts on its yes
// cannot go the wrong way; and it does say yes to some and no to others.
func TestMirrorAnswersAsThePartnerWould(t *testing.T) {
	sc := knownPartners()
	g, err := game.New(sc, game.Setup{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	v, _ := g.View("A")
	c := hardCtx(sc, v, 3)
	terms := []term{{actor: 0, issue: 0, option: 1}, {actor: 0, issue: 0, option: 2}, {actor: 1, issue: 1, option: 1}}
	var pkgs []pkg
	for _, ts := range [][]term{{terms[0]}, {terms[1]}, {terms[2]}, {terms[0], terms[2]}, {terms[1], terms[2]}} {
		for _, lk := range []game.Linkage{game.LinkNone, game.LinkExplicit} {
			pkgs = append(pkgs, pkg{from: 0, to: []int{1}, terms: ts, linkage: lk, channel: game.ChannelPrivate, parties: bit(0) | bit(1)})
		}
	}
	plans := make([]plan, len(pkgs))
	for n := range pkgs {
		plans[n].p = pkgs[n]
	}
	y, ok := c.imaginedYes(c.s.store(v), []int{1}, plans)
	if !ok {
		t.Fatal("no imagined Borealia")
	}
	yes, no := 0, 0
	for n, p := range pkgs {
		imagined := y[n] >= 0.5
		g2 := g.Clone()
		orders := map[string][]game.Order{"A": {plan{p: p}.order(c, game.OrderPropose, "")}}
		for _, id := range []string{"B", "C"} {
			w, _ := g2.View(id)
			orders[id] = New(id, Normal, 3).Orders(w)
		}
		if err := g2.Resolve(orders); err != nil {
			t.Fatal(err)
		}
		id := sentBy(g2, "A", 1)
		w, _ := g2.View("B")
		real := false
		for _, o := range New("B", Normal, 3).Orders(w) {
			real = real || (o.Offer == id && o.Kind == game.OrderAccept)
		}
		if imagined != real {
			t.Errorf("%s (%s): the imagined Borealia says yes %v, the real one %v", c.sayTerms(p.terms), p.linkage, imagined, real)
		}
		if real {
			yes++
		} else {
			no++
		}
	}
	if yes == 0 || no == 0 {
		t.Fatalf("Borealia accepts %d of the packages and refuses %d; want some of each", yes, no)
	}
}

// TestMirrorChoosesByTheImaginedYes: among packages the partner's
// imagined seats take, the one worth most to the seat; never one they
// refuse over one they take, whatever the seat's own worth of it; and the
// search's own package on a tie.
func TestMirrorChoosesByTheImaginedYes(t *testing.T) {
	sc := knownPartners()
	g, _ := game.New(sc, game.Setup{Seed: 3})
	v, _ := g.View("A")
	c := hardCtx(sc, v, 3)
	u0 := clampU(c.u0)
	mk := func(option int, gain float64) plan {
		return plan{p: pkg{from: 0, to: []int{1}, terms: []term{{actor: 1, issue: 1, option: option}}, channel: game.ChannelPrivate, parties: bit(0) | bit(1)},
			reckoning: reckoning{eu: u0 + gain}}
	}
	rich, modest, better := mk(1, 40), mk(1, 5), mk(1, 10)
	for _, tc := range []struct {
		name  string
		cands []plan
		y     []float64
		want  int
	}{
		{"refused rich vs taken modest", []plan{rich, modest}, []float64{0, 1}, 1},
		{"taken modest vs refused rich", []plan{modest, rich}, []float64{1, 0}, 0},
		{"two taken", []plan{modest, better}, []float64{1, 1}, 1},
		{"half taken rich vs surely taken modest", []plan{rich, modest}, []float64{0.5, 1}, 0},
		{"a tie keeps the search's", []plan{modest, modest}, []float64{1, 1}, 0},
	} {
		if got, _ := c.bestMirrored(tc.cands, tc.y); got != tc.want {
			t.Errorf("%s: chose %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestMirrorReadsOnlyTheView: a hard seat's imagined partners are built
// from its view alone. Two games that differ in what Atlantis cannot see
// (Borealia's and Caspia's true types, a private letter between them)
// give it equal views, equal imagined answers and the same decisions
// while its views stay equal, and a fresh seat decides the same on the
// same view.
func TestMirrorReadsOnlyTheView(t *testing.T) {
	sc := gametest.Small()
	sc.Events, sc.Opening = nil, nil
	g1, _ := game.New(sc, game.Setup{Seed: 5})
	g2, _ := game.New(sc, game.Setup{Seed: 5})
	g2.Types[1], g2.Types[2] = 1-g1.Types[1], 1-g1.Types[2]
	s1, s2 := New("A", Hard, 5), New("A", Hard, 5)
	s1.SetScenario(sc)
	s2.SetScenario(sc)
	p := pkg{from: 0, to: []int{1}, terms: []term{{actor: 0, issue: 0, option: 1}, {actor: 1, issue: 1, option: 1}},
		linkage: game.LinkImplicit, channel: game.ChannelPrivate, parties: bit(0) | bit(1)}
	for turn := 1; turn <= 4; turn++ {
		v1, _ := g1.View("A")
		v2, _ := g2.View("A")
		// Each game has its own copy of the scenario, and a log entry's
		// sequence number counts entries Atlantis did not see: the views
		// are equal otherwise.
		same := *v2
		same.Scenario, same.Log = v1.Scenario, append([]game.Entry(nil), v2.Log...)
		for n := range same.Log {
			if n < len(v1.Log) {
				same.Log[n].Seq = v1.Log[n].Seq
			}
		}
		if !reflect.DeepEqual(*v1, same) {
			if turn > 1 {
				break // the engine's dice (a leak) now part the games
			}
			t.Fatalf("the two games show Atlantis different views; the test needs equal ones\n%+v\n%+v", *v1, same)
		}
		c1, c2 := hardCtx(sc, v1, 5), hardCtx(sc, v2, 5)
		y1, ok1 := c1.imaginedYes(c1.s.store(v1), []int{1}, []plan{{p: p}})
		y2, ok2 := c2.imaginedYes(c2.s.store(v2), []int{1}, []plan{{p: p}})
		if !ok1 || !ok2 || !reflect.DeepEqual(y1, y2) {
			t.Errorf("turn %d: imagined yes %v (%v) and %v (%v) on equal views", turn, y1, ok1, y2, ok2)
		}
		d1, d2 := s1.Decide(v1), s2.Decide(v2)
		if !reflect.DeepEqual(d1, d2) {
			t.Fatalf("turn %d: decisions differ on equal views:\n%+v\n%+v", turn, d1, d2)
		}
		if again := fresh(s1, v1); !reflect.DeepEqual(d1, again) {
			t.Fatalf("turn %d: a fresh seat decides otherwise on the same view:\n%+v\n%+v", turn, d1, again)
		}
		// Borealia writes to Caspia, privately, in the second game only;
		// Caspia and Borealia do nothing else.
		o2 := map[string][]game.Order{"A": d2.Orders}
		if turn == 1 {
			o2["B"] = []game.Order{{Kind: game.OrderPropose, To: []string{"C"}, Channel: game.ChannelPrivate,
				Terms: []game.Term{{Actor: "C", Issue: "programme", Option: "halted"}}}}
		}
		if err := g1.Resolve(map[string][]game.Order{"A": d1.Orders}); err != nil {
			t.Fatal(err)
		}
		if err := g2.Resolve(o2); err != nil {
			t.Fatal(err)
		}
	}
	if s1.look == nil || s1.look.mirrors == 0 {
		t.Error("the hard seat's decisions mirrored no partner")
	}
}
