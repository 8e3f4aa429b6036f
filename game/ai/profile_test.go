package ai

import (
	"testing"

	"backchannel/game"
)

// duel is a three-actor scenario of 40 turns for profile tests: X controls
// "guns", which Y and Z want low; Y controls "butter" and Z controls
// "bread", which X wants high. Each actor has one type, so nothing depends
// on beliefs.
func duel(curve string, exp, face float64) *game.Scenario {
	d := func(s string) game.Date { v, _ := game.ParseDate(s); return v }
	opts := func(ids ...string) []game.OptionDef {
		out := make([]game.OptionDef, len(ids))
		for n, id := range ids {
			out[n] = game.OptionDef{ID: id, Name: id}
		}
		return out
	}
	typ := func(w map[string]float64, v map[string][]float64, res float64) []game.TypeDef {
		return []game.TypeDef{{ID: "only", Name: "Only", Prior: 1, Prefs: game.Preferences{Weights: w, Values: v, Reservation: res}}}
	}
	return &game.Scenario{ID: "duel", Title: "Duel",
		Calendar: game.Calendar{Start: d("2009-01-05"), End: d("2010-07-05"), DaysPerTurn: 14},
		Actors: []game.ActorDef{
			{ID: "X", Name: "Xland", Support: 50, AI: game.Profile{Curve: curve, Exponent: exp, FaceSensitivity: face},
				Types: typ(map[string]float64{"guns": 0.5, "butter": 2, "bread": 2},
					map[string][]float64{"guns": {0, 100}, "butter": {0, 50, 100}, "bread": {0, 50, 100}}, 5)},
			{ID: "Y", Name: "Yland", Support: 50, Types: typ(map[string]float64{"guns": 2, "butter": 1},
				map[string][]float64{"guns": {100, 0}, "butter": {100, 50, 0}}, 20)},
			{ID: "Z", Name: "Zland", Support: 50, Types: typ(map[string]float64{"guns": 2, "bread": 1},
				map[string][]float64{"guns": {100, 0}, "bread": {100, 50, 0}}, 20)},
		},
		Issues: []game.IssueDef{
			{ID: "guns", Name: "Guns", Options: opts("low", "high"), Start: "high", Controller: "X"},
			{ID: "butter", Name: "Butter", Options: opts("low", "mid", "high"), Start: "low", Controller: "Y"},
			{ID: "bread", Name: "Bread", Options: opts("low", "mid", "high"), Start: "low", Controller: "Z"},
		},
	}
}

// firstAccept is the first turn at which X, deciding on its turn-1 view
// with the clock moved on, accepts the offer; 0 if never.
func firstAccept(t *testing.T, sc *game.Scenario, off game.Offer, edit func(v *game.View)) int {
	t.Helper()
	g, err := game.New(sc, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	base, _ := g.View("X")
	for turn := 1; turn <= base.Turns; turn++ {
		v := *base
		v.Turn = turn
		o := off
		o.Sent, o.Arrives, o.Expires = turn-1, turn, turn+2
		vv := withOffer(&v, o)
		if edit != nil {
			edit(vv)
		}
		if replyTo(New("X", Normal, 1).Decide(vv), off.ID) == game.OrderAccept {
			return turn
		}
	}
	return 0
}

// trade is an offer from Y (or Z): X sets guns low, Y sets butter (or Z
// bread) to mid. It is worth something to X, but less than the best deal
// Y could afford, so X takes it only once it has conceded enough.
func trade(from, issue string) game.Offer {
	return game.Offer{ID: "x3", From: from, To: []string{"X"}, Linkage: game.LinkImplicit, Channel: game.ChannelPrivate,
		Status: game.OfferOpen, Replies: []game.Reply{{Actor: "X"}},
		Terms: []game.Term{{Actor: "X", Issue: "guns", Option: "low"}, {Actor: from, Issue: issue, Option: "mid"}}}
}

func TestBoulwareConcedesLaterThanConceder(t *testing.T) {
	boulware := firstAccept(t, duel("boulware", 3, 0), trade("Y", "butter"), nil)
	linear := firstAccept(t, duel("linear", 1, 0), trade("Y", "butter"), nil)
	conceder := firstAccept(t, duel("conceder", 0.4, 0), trade("Y", "butter"), nil)
	t.Logf("first acceptance: conceder turn %d, linear %d, Boulware %d", conceder, linear, boulware)
	if conceder == 0 || linear == 0 || boulware == 0 {
		t.Fatalf("the fair trade should be taken at last: conceder %d, linear %d, Boulware %d", conceder, linear, boulware)
	}
	if !(conceder < linear && linear < boulware) {
		t.Fatalf("want conceder < linear < Boulware, got %d, %d, %d", conceder, linear, boulware)
	}
}

func TestEmbarrassmentHardens(t *testing.T) {
	sc := duel("linear", 1, 0.5)
	shamedBy := func(b int) func(v *game.View) {
		return func(v *game.View) {
			v.Embarrassed = make([]int, len(v.Embarrassed))
			v.Embarrassed[b] = v.Rules.EmbarrassTurns
		}
	}
	calm := firstAccept(t, sc, trade("Y", "butter"), nil)
	shamed := firstAccept(t, sc, trade("Y", "butter"), shamedBy(1))
	other := firstAccept(t, sc, trade("Z", "bread"), shamedBy(1))
	otherCalm := firstAccept(t, sc, trade("Z", "bread"), nil)
	t.Logf("Y's offer: taken at turn %d, or %d once Y embarrassed X; Z's offer: %d, or %d", calm, shamed, otherCalm, other)
	if calm == 0 || (shamed != 0 && shamed <= calm) {
		t.Fatalf("an embarrassed actor should concede later to whoever embarrassed it: %d calm, %d embarrassed", calm, shamed)
	}
	if other != otherCalm {
		t.Fatalf("embarrassment by Y should not change X's answer to Z: %d vs %d", other, otherCalm)
	}
}

// TestTitForTatMirrors checks that a tit-for-tat seat holds out for less
// from a counterpart once that counterpart has improved its offers.
func TestTitForTatMirrors(t *testing.T) {
	sc := duel("tit-for-tat", 0, 0)
	g, err := game.New(sc, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	v, _ := g.View("X")
	v.Turn = 10
	stingy := game.Offer{ID: "x4", From: "Y", To: []string{"X"}, Status: game.OfferRejected, Sent: 5, Arrives: 6, Expires: 8,
		Replies: []game.Reply{{Actor: "X", Kind: game.OrderReject, Turn: 6}},
		Terms:   []game.Term{{Actor: "X", Issue: "guns", Option: "low"}}}
	better := stingy
	better.ID, better.Sent = "x5", 7
	better.Terms = append(better.Terms, game.Term{Actor: "Y", Issue: "butter", Option: "mid"})
	holdOut := func(v *game.View) float64 {
		s := New("X", Normal, 1)
		s.m = newModel(v.Scenario)
		s.mem.absorb(s.m, v)
		return newCtx(s, v).aspiration(bit(1)).asp
	}
	before := holdOut(withOffer(v, stingy))
	after := holdOut(withOffer(withOffer(v, stingy), better))
	if !(after < before) {
		t.Fatalf("after Y conceded, X should hold out for less: %.2f then %.2f", before, after)
	}
}
