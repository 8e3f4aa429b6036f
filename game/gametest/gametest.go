// Package gametest builds small scenarios in code for the tests and
// benchmarks of the engine, the AI and the saves.
package gametest

import (
	"fmt"

	"backchannel/game"
)

func date(s string) game.Date {
	d, err := game.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Small is a three-actor scenario: A controls a base that B dislikes, B
// controls sanctions on C, C controls its programme. A has written to B.
func Small() *game.Scenario {
	ab := func(id, name string) game.TypeDef {
		return game.TypeDef{ID: id, Name: name, Prior: 0.5}
	}
	a1, a2 := ab("hawk", "Hawk"), ab("dove", "Dove")
	a1.Prefs = game.Preferences{Weights: map[string]float64{"base": 2, "sanctions": 3, "programme": 3},
		Values:      map[string][]float64{"base": {80, 60, 20}, "sanctions": {10, 90}, "programme": {100, 0}},
		Reservation: 45, LinkageAversion: 0.5, PublicityAversion: 0.6}
	a2.Prefs = game.Preferences{Weights: map[string]float64{"base": 1, "sanctions": 3, "programme": 3},
		Values:      map[string][]float64{"base": {50, 60, 70}, "sanctions": {20, 80}, "programme": {100, 0}},
		Reservation: 40, PublicityAversion: 0.3}
	b1, b2 := ab("security", "Security hawk"), ab("dealer", "Pragmatic dealer")
	b1.Prefs = game.Preferences{Weights: map[string]float64{"base": 4, "sanctions": 1},
		Values: map[string][]float64{"base": {0, 40, 100}, "sanctions": {80, 20}}, Reservation: 50,
		RedLines: []game.OptionRef{{Issue: "base", Option: "build"}}}
	b2.Prefs = game.Preferences{Weights: map[string]float64{"base": 2, "sanctions": 1, "programme": 1},
		Values: map[string][]float64{"base": {10, 50, 90}, "sanctions": {50, 60}, "programme": {70, 30}}, Reservation: 40}
	c1, c2 := ab("defiant", "Defiant"), ab("bargainer", "Bargainer")
	c1.Prefs = game.Preferences{Weights: map[string]float64{"sanctions": 2, "programme": 3},
		Values: map[string][]float64{"sanctions": {100, 0}, "programme": {0, 100}}, Reservation: 60}
	c2.Prefs = game.Preferences{Weights: map[string]float64{"sanctions": 3, "programme": 1},
		Values: map[string][]float64{"sanctions": {100, 0}, "programme": {40, 80}}, Reservation: 40}
	return &game.Scenario{
		ID: "small", Title: "Small test episode",
		Calendar: game.Calendar{Start: date("2009-03-02"), End: date("2009-06-01"), DaysPerTurn: 14},
		Actors: []game.ActorDef{
			{ID: "A", Name: "Atlantis", Support: 60, Leakiness: 0.2, Types: []game.TypeDef{a1, a2}, HistoricalType: "dove", AI: game.Profile{Curve: "linear", Exponent: 1}},
			{ID: "B", Name: "Borealia", Support: 70, Leakiness: 0.1, Types: []game.TypeDef{b1, b2}, HistoricalType: "dealer", AI: game.Profile{Curve: "boulware", Exponent: 3}},
			{ID: "C", Name: "Caspia", Support: 55, Leakiness: 0.05, Types: []game.TypeDef{c1, c2}, HistoricalType: "defiant", AI: game.Profile{Curve: "conceder", Exponent: 0.4}},
		},
		Issues: []game.IssueDef{
			{ID: "base", Name: "Forward base", Options: opts("build", "delay", "cancel"), Start: "build", Controller: "A", Historical: "cancel",
				Consent: []game.ConsentRule{{Options: []string{"cancel"}, Ratification: &game.Ratification{Body: "Senate", Actor: "A", Threshold: 40}}}},
			{ID: "sanctions", Name: "Sanctions on Caspia", Options: opts("none", "strict"), Start: "none", Controller: "B", Historical: "strict"},
			{ID: "programme", Name: "Caspian programme", Options: opts("halted", "expanding"), Start: "expanding", Controller: "C", Historical: "expanding",
				Consent: []game.ConsentRule{{Options: []string{"halted"}, Actors: []string{"B"}}}},
		},
		Variables: []game.VariableDef{
			{ID: "stock", Name: "Fuel stock", Unit: "kg", Start: 1000, Min: 0, Max: 5000,
				Rules: []game.ChangeRule{{When: game.CondFunc(func(f game.Facts) bool { return f.Option("programme") == "expanding" }), Delta: game.Const(80)}}},
		},
		Forums: []game.ForumDef{{ID: "summit", Name: "Spring summit", Date: date("2009-04-01"), Days: 2, Attendees: []string{"A", "B"}}},
		Events: []game.EventDef{
			{ID: "story", Name: "The letter leaks", Date: date("2009-03-03"), Chance: 0.7, Mode: game.EventHistorical,
				Headline: "Secret letter reported", Text: "A newspaper reports the letter.",
				Effects: []game.Effect{{Kind: game.EffectSupport, Actor: "A", Amount: game.Const(-5)}, {Kind: game.EffectLeak, Actor: "A", Amount: game.Const(0.5)}}},
			{ID: "tip", Name: "A tip", Date: date("2009-03-20"), Headline: "Analysts weigh in", Text: "A report on Borealia.",
				Audience: []string{"A"}, Intel: []game.IntelDef{{To: "A", About: "B", Reliability: 0.8}}},
			{ID: "breakout", Name: "Stock passes 1300 kg", When: game.CondFunc(func(f game.Facts) bool { return f.Var("stock") > 1300 }),
				Headline: "Stockpile grows", Text: "Caspia's stock passes 1300 kg.",
				Dilemma: &game.DilemmaDef{Actor: "B", Prompt: "Condemn Caspia?", Default: "quiet", Deadline: 2,
					Choices: []game.ChoiceDef{{ID: "condemn", Label: "Condemn", Effects: []game.Effect{{Kind: game.EffectTrust, Actor: "C", Other: "B", Amount: game.Const(-10)}}},
						{ID: "quiet", Label: "Stay quiet"}}}},
		},
		Opening: []game.OpeningOffer{{From: "A", To: []string{"B"}, Linkage: game.LinkImplicit, Channel: game.ChannelPrivate, Expires: 4,
			Text:  "The need for the base would lessen if the Caspian programme stopped.",
			Terms: []game.Term{{Actor: "A", Issue: "base", Option: "delay"}, {Actor: "B", Issue: "sanctions", Option: "strict", Vague: true}}}},
	}
}

func opts(ids ...string) []game.OptionDef {
	out := make([]game.OptionDef, len(ids))
	for i, id := range ids {
		out[i] = game.OptionDef{ID: id, Name: id}
	}
	return out
}

// Synthetic builds a scenario of n actors and m issues with three types
// each, for benchmarks and property tests. It is the same for the same
// arguments.
func Synthetic(n, m int) *game.Scenario {
	s := &game.Scenario{ID: fmt.Sprintf("synthetic-%dx%d", n, m), Title: "Synthetic",
		Calendar: game.Calendar{Start: date("2009-01-05"), End: date("2010-07-05"), DaysPerTurn: 14}}
	for a := 0; a < n; a++ {
		ad := game.ActorDef{ID: fmt.Sprintf("P%d", a), Name: fmt.Sprintf("Power %d", a), Support: 40 + float64(a*7%30), Leakiness: 0.05 * float64(a%3)}
		for t := 0; t < 3; t++ {
			p := game.Preferences{Weights: map[string]float64{}, Values: map[string][]float64{}, Reservation: 35 + float64(t*5), PublicityAversion: 0.2 * float64(t)}
			for i := 0; i < m; i++ {
				id := fmt.Sprintf("I%d", i)
				p.Weights[id] = float64((a+i+t)%4 + 1)
				v := make([]float64, 3)
				for k := range v {
					v[k] = float64((a*31 + i*17 + t*13 + k*41) % 101)
				}
				p.Values[id] = v
			}
			ad.Types = append(ad.Types, game.TypeDef{ID: fmt.Sprintf("t%d", t), Name: fmt.Sprintf("Type %d", t), Prior: []float64{0.5, 0.3, 0.2}[t], Prefs: p})
		}
		s.Actors = append(s.Actors, ad)
	}
	for i := 0; i < m; i++ {
		is := game.IssueDef{ID: fmt.Sprintf("I%d", i), Name: fmt.Sprintf("Issue %d", i), Options: opts("low", "mid", "high"), Start: "mid", Controller: fmt.Sprintf("P%d", i%n)}
		if i%3 == 0 {
			is.Consent = []game.ConsentRule{{Options: []string{"high"}, Actors: []string{fmt.Sprintf("P%d", (i+1)%n)}}}
		}
		if i%4 == 1 {
			is.Consent = append(is.Consent, game.ConsentRule{Options: []string{"low"}, Ratification: &game.Ratification{Body: "Parliament", Actor: fmt.Sprintf("P%d", i%n), Threshold: 45}})
		}
		s.Issues = append(s.Issues, is)
	}
	s.Variables = []game.VariableDef{{ID: "v0", Name: "Stock", Start: 100, Min: 0, Max: 1000, Rules: []game.ChangeRule{{Delta: game.Const(5)}}}}
	if n >= 2 {
		s.Forums = []game.ForumDef{{ID: "f0", Name: "Summit", Date: date("2009-04-01"), Days: 2, Attendees: []string{"P0", "P1"}}}
	}
	return s
}
