package lab

import (
	"runtime"
	"testing"

	"backchannel/game/ai"
	"backchannel/game/scenario"
	"backchannel/scenarios"
)

// ciRuns is the lab's size in CI: games per arm. Small, so the test stays
// well under two minutes of CPU; the figures are noisier than at 200.
const ciRuns = 16

// Figures at ciRuns (seed 1) on main at 17:45 UTC, after binding deals
// and the AI's linkage choice: letter-2009 skill -0.2, hard -3.4, type
// 0.94, reverted 0, inert 3, linkage 0.06, broken 0, defaults 0.53, third
// site 0.38, beaters 0.19; pittsburgh-2009 skill -1.6, hard -0.5, type
// 0.94, reverted 0, inert 1, linkage 0.08, broken 0, defaults 0.30, third
// site 0.81, beaters 0.31. The ratchets sit a noise margin past them
// (reverted is met, so it holds at its target).
//
// At 20:50 UTC (session 3), after pittsburgh's missile defence was opened
// (land sites) and START and the sanctions vote were retuned by type:
// letter-2009 type 0.75, inert 0, third site 0.69; pittsburgh-2009 type
// 0.88, inert 0, third site 0.69 (it was 0.81 with the site fixed at sea
// in 98% of 200 games). Those ratchets moved, with room for the AI's
// retuning in parallel.

// threshold is one yardstick of "Negotiation that matters" (issue 14) on a
// shipped scenario. CI asserts Today, a ratchet at what the rules achieve
// now (with room for the noise of ciRuns games); Target is the issue's
// goal. Whoever improves the rules or the AI moves Today toward Target and
// never back; when Today reaches Target, the yardstick is met.
type threshold struct {
	scenario string
	metric   string
	atLeast  bool // the figure must be >= the bound (else <=)
	today    float64
	target   float64
}

// thresholds is the table CI enforces. The metrics are defined in metrics.
var thresholds = []threshold{
	// Normal AI beats the best trivial strategy in every seat by 5 points.
	// Session 6 (Warsaw's consent has a price, b28e633): at ciRuns
	// letter-2009 +0.98 (its lowest seat), at 200 games Poland +1.5
	// and Czech +2.1 the lowest; the ratchet keeps six points of room.
	// Session 7 (the AI probes for a pushover, 71cf68b): at ciRuns
	// letter-2009 +1.9 and pittsburgh-2009 +1.5; at 200 games letter's
	// Czech +2.8 and pittsburgh's Russia +2.3 the lowest (Poland +5.8 and
	// +3.0, from +1.5 and -0.8). Both ratchets keep six points of room.
	// Session 7, with a government's own words binding it (ownword.go)
	// and letter-2009 retuned on it: at ciRuns letter-2009 -3.8 (Russia,
	// which can no longer buy a free US freeze), at 200 games Czech +2.9
	// and Russia +3.7 the lowest (Poland +5.9); two points of room.
	// Session 8 (Prague pulls its own treaties; Moscow values the fuel
	// swap it would enrich): at ciRuns -0.7, at 200 games Czech +4.4 and
	// Russia +5.0 the lowest (Iran +5.9); two points of room again.
	// Session 9 (letter-2009: a Czech role in missile defence): at ciRuns
	// +1.25, at 200 games Russia +4.9 the lowest (Czech +6.2 from +4.4).
	{"letter-2009", "skill margin", true, -1, 5},
	{"pittsburgh-2009", "skill margin", true, -4.5, 5},
	// Hard beats normal by 2 points in every seat.
	{"letter-2009", "hard margin", true, -6, 2},
	{"pittsburgh-2009", "hard margin", true, -6, 2},
	// No actor's type predicts a headline outcome in more than 80% of games.
	// Loosened on purpose from 0.9 (session 7): once a government's own
	// offers and deeds break its public words (game/ownword.go), with
	// letter-2009 retuned on it, the first 16 seeds read 0.938 (Russia's
	// type and START: three types in sixteen games), while 200 games read
	// 77% (Russia and the sanctions vote; START 69%), under the target.
	{"letter-2009", "type predictability", false, 0.95, 0.8},
	{"pittsburgh-2009", "type predictability", false, 0.97, 0.8},
	// No carried-out term is moved off without a logged renege.
	{"letter-2009", "reverted without renege", false, 0.02, 0},
	{"pittsburgh-2009", "reverted without renege", false, 0.02, 0},
	// Each mechanic, switched off alone, moves a headline share by 5
	// points or a seat's score by 3: no inert mechanic (of 7).
	// Session 5 (leaks embarrass their readers more; five more forums in
	// pittsburgh-2009): 0 inert in both at ciRuns and at 200 games; letter
	// type predictability 0.75 at ciRuns (0.78 at 200).
	{"letter-2009", "inert mechanics", false, 3, 0},
	{"pittsburgh-2009", "inert mechanics", false, 3, 0},
	// Normal AI chooses each linkage level in at least 10% of its
	// multi-term offers.
	// Session 4 (the AI varies its wording among levels within 70% of the
	// best): at ciRuns letter-2009 0.167, pittsburgh-2009 0.090; at 200
	// games 0.17 and 0.11. Session 5 (within 60%): at ciRuns 0.167 and
	// 0.169; at 200 games 0.21 and 0.15 (explicit the rarest in both).
	{"letter-2009", "rarest linkage level", true, 0.1, 0.1},
	{"pittsburgh-2009", "rarest linkage level", true, 0.1, 0.1},
	// It breaks a public statement in under 10% of games.
	// Loosened on purpose from 0.2 (21:30 UTC): letter-2009 now gives the
	// US words it has reasons to break (the Prague speech rules out a
	// freeze), and the AI weighs backing down against the audience cost
	// (be29765), so seats do break it: 0.25 of the first 16 games, 8% of
	// 200 before that AI change. The target stays under 10%.
	// Session 6: 0 at ciRuns and 2% at 200 games (b28e633); the ratchet
	// allows three games of sixteen.
	{"letter-2009", "statements broken", false, 0.19, 0.099},
	{"pittsburgh-2009", "statements broken", false, 0.2, 0.099},
	// It takes the default in at most 60% of dilemmas.
	{"letter-2009", "dilemma defaults", false, 0.85, 0.6},
	{"pittsburgh-2009", "dilemma defaults", false, 0.85, 0.6},
	// No third-site option ends more than 70% of games...
	// Loosened on purpose from 0.85: the Prague speech now rules out a
	// freeze for the US (audience costs bite), which moved games from
	// freeze to reconfigure; at 200 games reconfigure ends 69% (meets the
	// target), but the first 16 seeds read 0.81, too near 0.85 for noise.
	{"letter-2009", "third site top share", false, 0.85, 0.7},
	{"pittsburgh-2009", "third site top share", false, 0.8, 0.7},
	// Tightened at 00:10 UTC (session 4): on main at 9ee8da9 the first 16
	// seeds read third site 0.625 in both scenarios and least status-quo
	// beaters 0.438 (letter) and 0.375 (pittsburgh); at 200 games
	// pittsburgh's third site ends at sea in 68% and Russia beats its
	// status quo in 38%. The ratchets keep room for three games of
	// sixteen, as other changes land beside these.
	// ...and every actor beats its status quo in at least 20% of games.
	{"letter-2009", "least status-quo beaters", true, 0.15, 0.2},
	{"pittsburgh-2009", "least status-quo beaters", true, 0.15, 0.2},

	// suez-1956 (session 4, after its retune, ff6453c): the same
	// yardsticks but the third site's. At ciRuns on main at 23:50 UTC:
	// skill -1.7, hard -0.2, type 0.875 (the canal), reverted 0, inert 5,
	// linkage 0.20, broken 0, defaults 0.74, beaters 0.25 (at 40 runs:
	// type 0.80, defaults 0.57). Ratchets a noise margin past them.
	//
	// Tightened at 02:35 UTC (session 5) after suez's retune (3567cac,
	// 5e4ebd2): at ciRuns skill -1.7, hard -1.8, type 0.81, inert 2,
	// linkage 0.17, broken 0, defaults 0.22, beaters 0.31; at 200 games
	// type 0.79, defaults 0.39, broken 0.02, beaters 0.42, inert 4.
	// Session 10 (suez: Israel's home weight 0.4): at ciRuns skill 1.94
	// (3.1 before, on 16 seeds; at 200 games the lowest seat rose from
	// Israel +4.8 to the USA +5.2), inert 2, type 0.875. Then Egypt's own
	// declaration on the canal, which a loose promise of guarantees keeps:
	// at ciRuns skill 1.97, inert 1 (vagueness 3.0 -> 20.5 at 200 games).
	{"suez-1956", "skill margin", true, -1, 5},
	{"suez-1956", "hard margin", true, -6, 2},
	// Loosened on purpose from 0.9 (session 10): with Egypt's own
	// declaration on the canal, the first 16 seeds read 0.938 (Egypt's
	// type and the canal, 15 games of 16), while 200 games read 74% on
	// seeds 1-200 and 76% on seeds 201-400 (80% before the change).
	{"suez-1956", "type predictability", false, 0.95, 0.8},
	{"suez-1956", "reverted without renege", false, 0.02, 0},
	{"suez-1956", "inert mechanics", false, 2, 0},
	{"suez-1956", "rarest linkage level", true, 0.08, 0.1},
	{"suez-1956", "statements broken", false, 0.2, 0.099},
	{"suez-1956", "dilemma defaults", false, 0.6, 0.6},
	{"suez-1956", "least status-quo beaters", true, 0.15, 0.2},
}

// metrics reads the yardsticks' figures from a report.
func metrics(r *Report) map[string]float64 {
	m := map[string]float64{}
	names := indexNames()
	skill, hard := 100.0, 100.0
	for a := range r.Scen.Actors {
		row := r.Seats[a]
		best := -100.0
		for s, st := range row {
			if s >= names["passive"] {
				best = max(best, st.Mean)
			}
		}
		skill = min(skill, row[names["normal"]].Mean-best)
		hard = min(hard, row[names["hard"]].Mean-row[names["normal"]].Mean)
	}
	m["skill margin"], m["hard margin"] = skill, hard
	tp := 0.0
	for a := range r.TypePredict {
		for _, p := range r.TypePredict[a] {
			tp = max(tp, p)
		}
	}
	m["type predictability"] = tp
	m["reverted without renege"] = r.Agreements.Reverted
	inert := 0
	for _, e := range r.MechanicEffects() {
		if !e.Matters() {
			inert++
		}
	}
	m["inert mechanics"] = float64(inert)
	m["rarest linkage level"] = min(r.Linkage[0], r.Linkage[1], r.Linkage[2])
	m["statements broken"] = r.StatementsBrokenShare
	m["dilemma defaults"] = r.DilemmaDefaultShare
	normal := r.Baseline[1]
	for i, is := range r.Scen.Issues {
		if is.ID == "third_site" {
			top := 0.0
			for _, p := range normal.Issues[i] {
				top = max(top, p)
			}
			m["third site top share"] = top
		}
	}
	least := 1.0
	for a := range r.Scen.Actors {
		least = min(least, r.Seats[a][names["normal"]].BeatStatusQuo.P)
	}
	m["least status-quo beaters"] = least
	return m
}

func indexNames() map[string]int {
	out := map[string]int{}
	for s, n := range []string{"easy", "normal", "hard", "passive"} {
		out[n] = s
	}
	return out
}

// TestShippedScenarioThresholds runs the lab at CI size on the shipped
// scenarios and holds each to its ratchet in thresholds.
func TestShippedScenarioThresholds(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("the lab plays thousands of games; it runs natively in the full suite")
	}
	for _, name := range []string{"letter-2009", "pittsburgh-2009", "suez-1956"} {
		t.Run(name, func(t *testing.T) {
			sc, _, err := scenario.Load(scenarios.FS, name+".toml")
			if err != nil {
				t.Fatal(err)
			}
			r, err := Lab(sc, Config{Runs: ciRuns, Workers: runtime.NumCPU(), Seed: 1, Difficulty: ai.Normal})
			if err != nil {
				t.Fatal(err)
			}
			if r.Refused != 0 {
				t.Errorf("the engine refused %d orders of trivial seats; the first: %s", r.Refused, r.Refusal)
			}
			if r.RefusedAI != 0 {
				// The AI's own tests own its legality; the lab drops and reports.
				t.Logf("the engine refused %d orders of AI seats (dropped; a bug in package ai); the first: %s", r.RefusedAI, r.Refusal)
			}
			m := metrics(r)
			for _, th := range thresholds {
				if th.scenario != name {
					continue
				}
				got, ok := m[th.metric]
				if !ok {
					t.Errorf("no metric %q", th.metric)
					continue
				}
				met := "meets"
				if th.atLeast && got < th.target || !th.atLeast && got > th.target {
					met = "misses"
				}
				t.Logf("%-26s %7.3f  (ratchet %s %.3f; issue 14's target %.3f: %s)", th.metric, got, map[bool]string{true: ">=", false: "<="}[th.atLeast], th.today, th.target, met)
				if th.atLeast && got < th.today || !th.atLeast && got > th.today {
					t.Errorf("%s: %s fell to %.3f, past its ratchet %.3f (target %.3f); a rule or AI change made the game worse here",
						name, th.metric, got, th.today, th.target)
				}
			}
		})
	}
}
