package lab

import (
	"encoding/json"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/gametest"
	"backchannel/game/strategy"
)

// trap is a scenario whose right answers are known by construction:
//
//   - Borealia's opening letter demands that Atlantis give up its reserve
//     for nothing. Accepting costs Atlantis half its score, so a seat that
//     accepts every offer must lose to the AI, and reneging must beat
//     keeping the promise.
//   - Atlantis's own opening letter to Caspia is explicit and leaks almost
//     surely; the leak ruins Atlantis at home, and an event then closes
//     the corridor, the headline issue. With leaks off, the corridor stays
//     open in every game: that ablation must move the outcome by 100
//     points.
//   - The leak costs Atlantis support in proportion to the letter's
//     linkage; forced to none, it costs a quarter, too little to close the
//     corridor: that ablation must move the outcome as much as no leaks.
//   - There are no forums and every actor has one type, so switching
//     forums or beliefs off must change nothing at all.
func trap() *game.Scenario {
	one := func(w map[string]float64, vals map[string][]float64) []game.TypeDef {
		return []game.TypeDef{{ID: "only", Name: "Only", Prior: 1, Prefs: game.Preferences{Weights: w, Values: vals, Reservation: 40, PublicityAversion: 1}}}
	}
	d := func(s string) game.Date {
		t, err := game.ParseDate(s)
		if err != nil {
			panic(err)
		}
		return t
	}
	opts := func(ids ...string) []game.OptionDef {
		out := make([]game.OptionDef, len(ids))
		for i, id := range ids {
			out[i] = game.OptionDef{ID: id, Name: id}
		}
		return out
	}
	return &game.Scenario{
		ID: "trap", Title: "A trap for the lab",
		Calendar: game.Calendar{Start: d("2009-03-02"), End: d("2009-05-25"), DaysPerTurn: 14},
		Rules:    game.Rules{LeakChance: 0.9, AudienceCost: 100},
		Actors: []game.ActorDef{
			{ID: "A", Name: "Atlantis", Support: 80, Types: one(map[string]float64{"corridor": 1, "reserve": 1}, map[string][]float64{"corridor": {100, 0}, "reserve": {100, 0}})},
			{ID: "B", Name: "Borealia", Support: 60, Types: one(map[string]float64{"corridor": 1, "reserve": 1}, map[string][]float64{"corridor": {50, 50}, "reserve": {0, 100}})},
			{ID: "C", Name: "Caspia", Support: 60, Types: one(map[string]float64{"corridor": 1, "reserve": 1}, map[string][]float64{"corridor": {50, 50}, "reserve": {50, 50}})},
		},
		Issues: []game.IssueDef{
			{ID: "corridor", Name: "The corridor", Options: opts("open", "closed"), Start: "open", Controller: "C", Headline: true},
			{ID: "reserve", Name: "Atlantis's reserve", Options: opts("keep", "give"), Start: "keep", Controller: "A"},
		},
		Events: []game.EventDef{{ID: "closure", Name: "Closure", Headline: "The corridor closes", Text: "Atlantis is too weak to keep it open.",
			When:    game.CondFunc(func(f game.Facts) bool { return f.Support("A") < 40 }),
			Effects: []game.Effect{{Kind: game.EffectSetOption, Issue: "corridor", Option: "closed"}}}},
		Opening: []game.OpeningOffer{
			{From: "B", To: []string{"A"}, Linkage: game.LinkNone, Text: "Hand it over.", Terms: []game.Term{{Actor: "A", Issue: "reserve", Option: "give"}}},
			{From: "A", To: []string{"C"}, Linkage: game.LinkExplicit, Text: "Keep it open and we keep ours.",
				Terms: []game.Term{{Actor: "A", Issue: "reserve", Option: "keep"}, {Actor: "C", Issue: "corridor", Option: "open"}}},
		},
	}
}

func labOf(t *testing.T, sc *game.Scenario, runs, workers int) *Report {
	t.Helper()
	r, err := Lab(sc, Config{Runs: runs, Workers: workers, Seed: 1, Difficulty: ai.Normal})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func seat(r *Report, actor int, strat string) SeatStat {
	for s, name := range strategy.Names() {
		if name == strat {
			return r.Seats[actor][s]
		}
	}
	panic("no strategy " + strat)
}

func ablation(r *Report, name string) World {
	for _, w := range r.Ablations {
		if w.Name == name {
			return w
		}
	}
	panic("no ablation " + name)
}

// TestTrapAnswers checks every part of the report against the answers the
// trap scenario builds in.
func TestTrapAnswers(t *testing.T) {
	r := labOf(t, trap(), 12, 2)
	if r.Refused != 0 {
		t.Errorf("the engine refused %d orders of trivial seats", r.Refused)
	}
	ai, accept, renege := seat(r, 0, "normal"), seat(r, 0, "accept-all"), seat(r, 0, "accept-then-renege")
	if accept.Mean > ai.Mean-20 {
		t.Errorf("Atlantis accepting every offer scores %.1f against the AI's %.1f; giving the reserve away must cost 25 points", accept.Mean, ai.Mean)
	}
	if renege.Mean <= accept.Mean {
		t.Errorf("reneging on the demand scores %.1f, keeping it %.1f; reneging keeps the reserve", renege.Mean, accept.Mean)
	}
	if accept.BeatPassiveWorld.P != 0 {
		t.Errorf("accepting every offer beats the passive world in %.0f%% of games", 100*accept.BeatPassiveWorld.P)
	}
	leaks := ablation(r, "leaks")
	if leaks.Shift < 90 || r.Scen.Issues[leaks.ShiftIssue].ID != "corridor" {
		t.Errorf("switching leaks off moves the corridor by %.0f points; it must stay open in every game", leaks.Shift)
	}
	if leaks.Diff[0].Mean < 20 {
		t.Errorf("without leaks Atlantis gains %.1f points; the open corridor is worth 25", leaks.Diff[0].Mean)
	}
	if w := ablation(r, "linkage_none"); w.Shift < 90 || w.Diff[0].Mean < 20 {
		t.Errorf("forcing linkage to none moves the corridor by %.0f points and Atlantis by %.1f; a quarter of the leak's cost must keep it open", w.Shift, w.Diff[0].Mean)
	}
	for _, name := range []string{"forums", "beliefs"} {
		w := ablation(r, name)
		for a, d := range w.Diff {
			if w.Shift != 0 || d.Mean != 0 || d.CI95 != 0 {
				t.Errorf("switching %s off changed the game (shift %.1f, actor %d by %.2f); the scenario has none to switch", name, w.Shift, a, d.Mean)
			}
		}
	}
	normal := r.Baseline[1].Issues[0]
	if p, want := r.TypePredict[0][0], max(normal[0], normal[1]); p != want {
		t.Errorf("with one type per actor, the type predicts the corridor as often as its commonest end (%.2f), got %.2f", want, p)
	}
	if r.Decided[0][2] != 1 {
		t.Errorf("the corridor after turn 20 of a 7-turn game must be final, got %.2f", r.Decided[0][2])
	}
	if len(r.JointHeadline) == 0 || r.JointHeadline[0].Share < 0.9 {
		t.Errorf("the corridor's closure must be the top joint outcome: %+v", r.JointHeadline)
	}
	found := false
	for _, f := range r.Findings {
		found = found || (f.Figure == 0 && strings.Contains(f.Text, "no forums"))
	}
	if !found {
		t.Errorf("the findings do not call forums inert: %+v", r.Findings)
	}
}

// TestWorkersDoNotMatter: the same seeds give the same report for any
// number of workers.
func TestWorkersDoNotMatter(t *testing.T) {
	sc := gametest.Small()
	one, four := labOf(t, sc, 3, 1), labOf(t, sc, 3, 4)
	one.Seconds, four.Seconds = 0, 0
	a, err := json.Marshal(one.JSON())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(four.JSON())
	if string(a) != string(b) {
		t.Errorf("-workers 1 and 4 differ:\n%s\n%s", a, b)
	}
}

// TestJSONShape: the -json object has the fields the issue names, in order.
func TestJSONShape(t *testing.T) {
	r := labOf(t, trap(), 2, 2)
	b, err := json.Marshal(r.JSON())
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"scenario", "runs", "seed", "seconds", "seats", "ablations", "type_predictability",
		"agreements", "decided", "linkage", "statements_broken_share", "dilemma_default_share", "findings"} {
		if _, ok := got[key]; !ok {
			t.Errorf("the JSON lacks %q", key)
		}
	}
	var seats map[string]map[string]map[string]float64
	if err := json.Unmarshal(got["seats"], &seats); err != nil {
		t.Fatal(err)
	}
	for _, name := range strategy.Names() {
		cell, ok := seats["A"][name]
		if !ok {
			t.Errorf("seats.A lacks %s", name)
		}
		for _, k := range []string{"mean", "ci95", "beat_status_quo", "beat_passive_world"} {
			if _, ok := cell[k]; !ok {
				t.Errorf("seats.A.%s lacks %s", name, k)
			}
		}
	}
	var dec map[string]map[string]float64
	if err := json.Unmarshal(got["decided"], &dec); err != nil || len(dec["corridor"]) != 3 {
		t.Errorf("decided: %s (%v)", got["decided"], err)
	}
}
