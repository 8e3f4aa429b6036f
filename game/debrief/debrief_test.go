package debrief

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

func playedGame(t *testing.T) (*game.Game, *save.Record) {
	t.Helper()
	g, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	return g, rec
}

func playedGameB() (*game.Game, *save.Record, error) { return savetest.Play(7) }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-3 }

func TestEvaluatorMatchesScenarioUtility(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, s := range []*game.Scenario{gametest.Small(), gametest.Synthetic(4, 6)} {
		types := make([]int, len(s.Actors))
		for a := range types {
			types[a] = a % len(s.Actors[a].Types)
		}
		ev := newEvaluator(s, types)
		for range 500 {
			deal := make([]int, len(s.Issues))
			for i := range deal {
				deal[i] = rng.IntN(len(s.Issues[i].Options))
			}
			for a := range s.Actors {
				if got, want := ev.utility(a, deal), s.Utility(a, types[a], deal); got != want {
					t.Fatalf("%s: actor %d deal %v: %v, want %v", s.ID, a, deal, got, want)
				}
			}
		}
	}
}

// The series rebuilt from the log agree with the states a replay passes
// through (in this script no morning after the first changes a number, so
// point t is the state after step t) and end at the final state.
func TestSeriesMatchReplay(t *testing.T) {
	g, rec := playedGame(t)
	s := buildSeries(g)
	snaps, _, err := save.Timeline(rec, gametest.Small())
	if err != nil {
		t.Fatal(err)
	}
	if s.Points() != len(snaps) || s.Turns[0] != 0 || s.Turns[s.Points()-1] != g.Turn {
		t.Fatalf("%d points for %d snapshots", s.Points(), len(snaps))
	}
	if s.Support[0][0] != 60 || s.Trust[0][1][0] != 50 || s.Face[1][0] != 50 {
		t.Errorf("point 0 is not the start: support %v, trust %v", s.Support[0][0], s.Trust[0][1][0])
	}
	for k := 1; k < len(snaps); k++ {
		sn := snaps[k]
		if !slices.Equal(s.Options[k], sn.Options) {
			t.Errorf("point %d: options %v, replay %v", k, s.Options[k], sn.Options)
		}
		for a := range s.Actors {
			if !near(s.Utility[a][k], sn.Utility[a]) || !near(s.Support[a][k], sn.Support[a]) || !near(s.Face[a][k], sn.Face[a]) {
				t.Errorf("point %d actor %s: utility %v/%v support %v/%v face %v/%v", k, s.Actors[a],
					s.Utility[a][k], sn.Utility[a], s.Support[a][k], sn.Support[a], s.Face[a][k], sn.Face[a])
			}
			for b := range s.Actors {
				if !near(s.Trust[a][b][k], sn.Trust[a][b]) {
					t.Errorf("point %d trust %d→%d: %v, replay %v", k, a, b, s.Trust[a][b][k], sn.Trust[a][b])
				}
			}
		}
	}
}

func TestTurningPoints(t *testing.T) {
	g, _ := playedGame(t)
	s := buildSeries(g)
	tps := turningPoints(g, &s, 10)
	if len(tps) != 3 {
		t.Fatalf("%d turning points, want 3 (turns 2, 6 and 7): %+v", len(tps), tps)
	}
	for i, tp := range tps {
		if i > 0 && tp.Largest > tps[i-1].Largest {
			t.Errorf("turning points not ranked: %v after %v", tp.Largest, tps[i-1].Largest)
		}
		moved := false
		for _, e := range tp.Entries {
			if e.Turn != tp.Turn || e.Cause == "" {
				t.Errorf("entry %+v does not belong to turn %d or has no cause", e, tp.Turn)
			}
			if _, j := optionOf(g, e); j >= 0 {
				moved = true
			}
		}
		if !moved {
			t.Errorf("turn %d: no option change among its entries", tp.Turn)
		}
		for _, c := range tp.Changes {
			a := g.ActorIndex(c.Actor)
			if !near(c.Delta, s.Utility[a][tp.Turn]-s.Utility[a][tp.Turn-1]) {
				t.Errorf("turn %d %s: delta %v", tp.Turn, c.Actor, c.Delta)
			}
		}
	}
	if got := turningPoints(g, &s, 1); len(got) != 1 || got[0].Turn != tps[0].Turn {
		t.Errorf("keeping one: %+v", got)
	}
}

// bruteFrontier is the O(n²) definition, to check the fast filter.
func bruteFrontier(p *pool) map[string]bool {
	out := map[string]bool{}
	for k := range p.count {
		dominated := false
		for m := range p.count {
			if dominates(p.u(m), p.u(k)) {
				dominated = true
				break
			}
		}
		if !dominated {
			out[vecKey(p.u(k))] = true
		}
	}
	return out
}

func vecKey(u []float64) string { b, _ := json.Marshal(u); return string(b) }

func TestFrontierAndNashExact(t *testing.T) {
	for _, s := range []*game.Scenario{gametest.Small(), gametest.Synthetic(3, 6)} {
		g, err := game.New(s, game.Setup{Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		ev := newEvaluator(s, g.Types)
		p := enumerate(ev, int(math.Round(product(ev.counts))))
		want := bruteFrontier(p)
		got := map[string]bool{}
		for _, k := range frontier(p) {
			got[vecKey(p.u(k))] = true
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: frontier of %d, brute force %d", s.ID, len(got), len(want))
		}
		d := analyseDeals(g, Options{}.withDefaults())
		if !d.Exact || d.Evaluated != p.count || d.FrontierSize != len(want) {
			t.Errorf("%s: exact %v, evaluated %d, frontier %d", s.ID, d.Exact, d.Evaluated, d.FrontierSize)
		}
		// No individually rational deal has a larger Nash product.
		base := d.StatusQuo.Utility
		gainers := make([]bool, len(s.Actors))
		for a := range gainers {
			gainers[a] = slices.Contains(d.Gainers, s.Actors[a].ID)
		}
		for k := range p.count {
			if individuallyRational(p.u(k), base) && nashProduct(p.u(k), base, gainers) > d.Nash.NashProduct+eps {
				t.Errorf("%s: deal %v beats the Nash point", s.ID, p.deal(k))
			}
		}
		if !want[vecKey(d.Nash.Utility)] && d.Nash.NashProduct > 0 {
			t.Errorf("%s: the Nash point is not on the frontier", s.ID)
		}
		t.Logf("%s: %s; %d deals on the frontier; Nash %v %v (%s)", s.ID, d.Method, d.FrontierSize, d.Nash.Options, d.Nash.Utility, d.NashMethod)
	}
}

func product(c []int) float64 {
	p := 1.0
	for _, x := range c {
		p *= float64(x)
	}
	return p
}

func TestFinalDealDistances(t *testing.T) {
	g, _ := playedGame(t)
	d := analyseDeals(g, Options{}.withDefaults())
	if !slices.Equal(d.Final.Options, []string{"cancel", "none", "expanding"}) {
		t.Fatalf("final deal %v", d.Final.Options)
	}
	checkDistances(t, d)
	// Stopped after three turns, the game sits off the frontier.
	mid, _, err := savetest.PlayOn(gametest.Small(), 7, 3)
	if err != nil {
		t.Fatal(err)
	}
	d = analyseDeals(mid, Options{}.withDefaults())
	if d.FinalOnFrontier || d.FrontierDistance <= 0 || d.NashDistance <= 0 || d.Improvement == nil {
		t.Errorf("turn 3 state %v %v judged on the frontier", d.Final.Options, d.Final.Utility)
	}
	checkDistances(t, d)
}

func checkDistances(t *testing.T, d Deals) {
	t.Helper()
	if d.FinalOnFrontier != (d.Improvement == nil) || (d.FinalOnFrontier && d.FrontierDistance != 0) {
		t.Errorf("on frontier %v, improvement %v, distance %v", d.FinalOnFrontier, d.Improvement, d.FrontierDistance)
	}
	if d.Improvement != nil && !dominates(d.Improvement.Utility, d.Final.Utility) {
		t.Errorf("the improvement %v does not dominate the final deal %v", d.Improvement.Utility, d.Final.Utility)
	}
	if !near(d.NashDistance, distance(d.Final.Utility, d.Nash.Utility)) || d.NashShare < 0 || d.NashShare > 1 {
		t.Errorf("Nash distance %v share %v", d.NashDistance, d.NashShare)
	}
	t.Logf("final %v %v; Nash %v %v; frontier distance %.2f, Nash distance %.2f, share %.2f",
		d.Final.Options, d.Final.Utility, d.Nash.Options, d.Nash.Utility, d.FrontierDistance, d.NashDistance, d.NashShare)
}

// The heuristic, forced on a scenario small enough to check, finds most of
// the frontier and a Nash point close to the true one.
func TestDealHeuristic(t *testing.T) {
	s := gametest.Synthetic(3, 8) // 6561 deals
	g, err := game.New(s, game.Setup{Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	exact := analyseDeals(g, Options{}.withDefaults())
	heur := analyseDeals(g, Options{MaxEnumerate: 100, Samples: 300}.withDefaults())
	if heur.Exact || !exact.Exact {
		t.Fatal("wrong method chosen")
	}
	ev := newEvaluator(s, g.Types)
	all := enumerate(ev, 6561)
	want := bruteFrontier(all)
	hp := search(ev, 300, [][]int{g.StartOptions()})
	found := 0
	for _, k := range frontier(hp) {
		if want[vecKey(hp.u(k))] {
			found++
		}
	}
	share := float64(found) / float64(len(want))
	t.Logf("heuristic: %d deals seen, %d of %d frontier deals found; Nash product %.0f vs %.0f", hp.count, found, len(want),
		heur.Nash.NashProduct, exact.Nash.NashProduct)
	if share < 0.9 {
		t.Errorf("the heuristic found only %.0f%% of the frontier", share*100)
	}
	if heur.Nash.NashProduct < 0.9*exact.Nash.NashProduct {
		t.Errorf("heuristic Nash product %v, exact %v", heur.Nash.NashProduct, exact.Nash.NashProduct)
	}
	again := analyseDeals(g, Options{MaxEnumerate: 100, Samples: 300}.withDefaults())
	if !reflect.DeepEqual(heur, again) {
		t.Errorf("the heuristic is not deterministic")
	}
}

func TestDealsLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	for _, s := range []*game.Scenario{gametest.Synthetic(5, 11), gametest.Synthetic(5, 14)} { // 177 147 deals: exact; 4.8M: heuristic
		g, err := game.New(s, game.Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		d := analyseDeals(g, Options{}.withDefaults())
		t.Logf("%s: exact %v, %d evaluated, frontier %d, Nash product %.3g", s.ID, d.Exact, d.Evaluated, d.FrontierSize, d.Nash.NashProduct)
		if d.Exact {
			// The heuristic on the same game, for comparison.
			h := analyseDeals(g, Options{MaxEnumerate: 1}.withDefaults())
			t.Logf("%s heuristic: %d evaluated, frontier %d, Nash product %.3g", s.ID, h.Evaluated, h.FrontierSize, h.Nash.NashProduct)
			if h.Nash.NashProduct < 0.9*d.Nash.NashProduct {
				t.Errorf("heuristic Nash product %.3g, exact %.3g", h.Nash.NashProduct, d.Nash.NashProduct)
			}
		}
	}
}

func TestConcessionPatterns(t *testing.T) {
	mk := func(turns []int, values []float64) Concession {
		c := Concession{Actor: "X"}
		for k := range turns {
			c.Offers = append(c.Offers, OfferValue{Turn: turns[k], Value: values[k]})
		}
		classify(&c)
		return c
	}
	cases := []struct {
		name   string
		turns  []int
		values []float64
		want   string
	}{
		{"boulware", []int{1, 3, 5, 7, 9}, []float64{80, 79, 78, 76, 50}, PatternBoulware},
		{"linear", []int{1, 3, 5, 7, 9}, []float64{80, 72.5, 65, 57.5, 50}, PatternLinear},
		{"conceder", []int{1, 3, 5, 7, 9}, []float64{80, 55, 52, 51, 50}, PatternConceder},
		{"firm", []int{1, 2, 3, 4}, []float64{80, 80, 80.5, 79.6}, PatternFirm},
		{"too few", []int{1, 2}, []float64{80, 50}, PatternUnknown},
		{"one turn", []int{4, 4, 4}, []float64{80, 65, 50}, PatternLinear},
	}
	for _, c := range cases {
		got := mk(c.turns, c.values)
		if got.Pattern != c.want {
			t.Errorf("%s: %s (e=%v): %s", c.name, got.Pattern, got.Exponent, got.Explanation)
		}
	}
}

func TestAnalyze(t *testing.T) {
	g, rec := playedGame(t)
	r := Analyze(g, Options{Players: rec.HumanSeats()})
	if r.LogHash != rec.LogHash || !r.Over || len(r.Scores) != 3 || len(r.Issues) != 3 || len(r.Types) != 3 {
		t.Fatalf("report: %+v", r)
	}
	if !r.Scores[0].Human || r.Scores[1].Human || r.Scores[0].VsStatusQuo != round(r.Scores[0].Final-r.Scores[0].StatusQuo) {
		t.Errorf("scores %+v", r.Scores)
	}
	base := r.Issues[0]
	if base.Final != "cancel" || !base.AsHistory || !base.Changed || base.Settled == nil || base.Settled.Kind != game.KindMove {
		t.Errorf("base outcome %+v", base)
	}
	if len(r.Concessions) != 1 || r.Concessions[0].Actor != "A" || len(r.Concessions[0].Offers) != 3 {
		t.Fatalf("concessions %+v", r.Concessions)
	}
	if c := r.Concessions[0]; c.Pattern != PatternBoulware {
		t.Errorf("A's pattern %s: %s", c.Pattern, c.Explanation)
	}
	if len(r.Offers) != len(g.Offers) || len(r.Choices) != 1 || r.Choices[0].Choice != "condemn" || r.Choices[0].Default {
		t.Errorf("offers %d, choices %+v", len(r.Offers), r.Choices)
	}
	for _, tl := range r.Timeline {
		for _, e := range tl.Entries {
			if !Significant(e) || e.Turn != tl.Turn {
				t.Errorf("timeline entry %+v", e)
			}
		}
	}
	a, _ := json.Marshal(r)
	b, _ := json.Marshal(Analyze(g, Options{Players: rec.HumanSeats()}))
	if string(a) != string(b) {
		t.Errorf("two analyses of one game differ")
	}
	if !reflect.DeepEqual(g.Log, mustReplay(t, rec).Log) {
		t.Errorf("the analysis changed the game")
	}
}

func mustReplay(t *testing.T, rec *save.Record) *game.Game {
	g, err := rec.Replay(gametest.Small())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// A game that has just begun can be analysed too.
func TestAnalyzeFreshGame(t *testing.T) {
	for _, s := range []*game.Scenario{gametest.Small(), gametest.Synthetic(2, 3)} {
		g, err := game.New(s, game.Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		r := Analyze(g, Options{})
		if r.Series.Points() != 2 || len(r.TurningPoints) != 0 || r.Over || len(r.Concessions) != 0 {
			t.Errorf("%s: %d points, %d turning points", s.ID, r.Series.Points(), len(r.TurningPoints))
		}
	}
}
