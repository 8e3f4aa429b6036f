package lab

import (
	"sort"
	"strings"

	"backchannel/game"
	"backchannel/game/strategy"
)

// Report is everything the lab measured, in scenario order.
type Report struct {
	Scen       *game.Scenario
	Runs       int
	Seed       uint64
	Seconds    float64
	Difficulty string
	Arms       int // arms played
	// Headline lists the indices of the headline issues.
	Headline []int
	// Baseline worlds: all easy, all normal, all hard, historical, and the
	// all-passive world.
	Baseline []World
	// Seats[actor][strategy], strategies in strategy.Names() order.
	Seats [][]SeatStat
	// Ablations, in Ablations() order; each World's Diff is against the
	// reference world (every seat at the lab's difficulty).
	Ablations []World
	// TypePredict[actor][k]: how often the actor's true type alone
	// predicts the final option of headline issue k.
	TypePredict [][]float64
	Agreements  AgreementStats
	// Decided[k]: the share of games whose headline issue k already has
	// its final option after turns 5, 10 and 20.
	Decided [][3]float64
	// Linkage: shares of the AI's multi-term offers at none, implicit and
	// explicit, out of LinkageOffers.
	Linkage               [3]float64
	LinkageOffers         int
	StatementsBrokenShare float64 // games in which an AI seat broke a public statement
	DilemmaDefaultShare   float64 // AI dilemma answers that were the default
	Dilemmas              int
	VagueOffers           int     // offers made in play with a loosely worded term
	Joint                 []Joint // top outcomes over all issues
	JointHeadline         []Joint // top outcomes over the headline issues
	Findings              []Finding
	// Refused and RefusedAI count trivial and AI seats' orders the engine
	// refused and the runner dropped (bugs if not 0).
	Refused, RefusedAI int
	Refusal            string // the first refusal, in game order
}

// World is the outcome of an arm where the rules or every seat changed.
type World struct {
	Name  string
	Label string
	// Issues[i][j]: share of games ending with issue i at option j.
	Issues [][]float64
	Scores []Stat
	// Diff is each actor's mean score change against the reference world,
	// paired by seed (ablations only).
	Diff []Stat
	// Shift is the largest change of a headline option's share against
	// the reference world, in points, and where (ablations only).
	Shift      float64
	ShiftIssue int
	ShiftOpt   int
}

// SeatStat is one strategy in one seat, the others at the lab's
// difficulty.
type SeatStat struct {
	Stat
	BeatStatusQuo    Share
	BeatPassiveWorld Share
}

// AgreementStats are the fates of the terms agreed in the reference
// world: CarriedOut, Reneged and Expired are shares of all agreed terms;
// Reverted and Disputed are shares of the carried-out ones.
type AgreementStats struct {
	Terms      int
	CarriedOut float64
	Reneged    float64
	Reverted   float64
	Disputed   float64
	Expired    float64
	Released   float64 // of all terms: let off because a partner broke the bundle
	Failed     float64 // of all terms: voted down or impossible
}

// Joint is a combination of final options and the share of games ending
// with it. Options are by issue index; -1 marks issues left out.
type Joint struct {
	Options []int
	Share   float64
}

// Finding is one thing the lab noticed, in plain words, with the figure
// that shows it.
type Finding struct {
	Text   string  `json:"text"`
	Figure float64 `json:"figure"`
}

// build turns the games into the report.
func build(sc *game.Scenario, c Config, p *plan, res [][]Result) *Report {
	r := &Report{Scen: sc, Runs: c.Runs, Seed: c.Seed, Difficulty: c.Difficulty.String(), Headline: HeadlineIssues(sc), Arms: len(p.arms)}
	ref := res[p.reference]
	for _, k := range append(append([]int(nil), p.baseline...), p.passive) {
		r.Baseline = append(r.Baseline, world(sc, p.arms[k].Name, p.arms[k].Name, res[k], nil, nil))
	}
	passive := res[p.passive]
	for a := range sc.Actors {
		row := make([]SeatStat, len(strategy.Names()))
		for s, k := range p.seats[a] {
			row[s] = seatStat(res[k], passive, a)
		}
		r.Seats = append(r.Seats, row)
	}
	for n, ab := range Ablations() {
		r.Ablations = append(r.Ablations, world(sc, ab.Name, ab.Label, res[p.ablations[n]], ref, r.Headline))
	}
	r.TypePredict = typePredict(sc, ref, r.Headline)
	r.Decided = decided(ref, r.Headline)
	r.behaviour(ref)
	all := make([]int, len(sc.Issues))
	for i := range all {
		all[i] = i
	}
	r.Joint, r.JointHeadline = JointOutcomes(ref, all, 10), JointOutcomes(ref, r.Headline, 10)
	for _, arm := range res {
		for _, g := range arm {
			r.Refused += g.Refused
			r.RefusedAI += g.RefusedAI
			if r.Refusal == "" {
				r.Refusal = g.Refusal
			}
		}
	}
	r.Findings = findings(r)
	return r
}

// HeadlineIssues are the issues marked headline, or else the three that
// the actors weigh most (by prior over their types).
func HeadlineIssues(sc *game.Scenario) []int {
	var out []int
	for i, is := range sc.Issues {
		if is.Headline {
			out = append(out, i)
		}
	}
	if len(out) > 0 {
		return out
	}
	weight := make([]float64, len(sc.Issues))
	for _, ad := range sc.Actors {
		prior := 0.0
		for _, t := range ad.Types {
			prior += t.Prior
		}
		for _, t := range ad.Types {
			total := 0.0
			for _, w := range t.Prefs.Weights {
				total += w
			}
			if total <= 0 || prior <= 0 {
				continue
			}
			for i, is := range sc.Issues {
				weight[i] += t.Prior / prior * t.Prefs.Weights[is.ID] / total
			}
		}
	}
	order := make([]int, len(sc.Issues))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return weight[order[x]] > weight[order[y]] })
	out = append(out, order[:min(3, len(order))]...)
	sort.Ints(out)
	return out
}

// world summarises an arm; against a reference (ablations) it adds each
// actor's paired score change and the largest headline shift.
func world(sc *game.Scenario, name, label string, rs, ref []Result, headline []int) World {
	w := World{Name: name, Label: label, Issues: shares(sc, rs), ShiftIssue: -1, ShiftOpt: -1}
	for a := range sc.Actors {
		xs := make([]float64, len(rs))
		for i, g := range rs {
			xs[i] = g.Scores[a].Final
		}
		w.Scores = append(w.Scores, meanCI(xs))
		if ref != nil {
			for i, g := range rs {
				xs[i] = g.Scores[a].Final - ref[i].Scores[a].Final
			}
			w.Diff = append(w.Diff, meanCI(xs))
		}
	}
	if ref != nil {
		base := shares(sc, ref)
		for _, i := range headline {
			for j := range w.Issues[i] {
				if d := 100 * abs(w.Issues[i][j]-base[i][j]); d > w.Shift {
					w.Shift, w.ShiftIssue, w.ShiftOpt = d, i, j
				}
			}
		}
	}
	return w
}

// shares is the share of games ending at each option of each issue.
func shares(sc *game.Scenario, rs []Result) [][]float64 {
	out := make([][]float64, len(sc.Issues))
	for i, is := range sc.Issues {
		out[i] = make([]float64, len(is.Options))
	}
	for _, g := range rs {
		for i, j := range g.Options {
			out[i][j]++
		}
	}
	for i := range out {
		for j := range out[i] {
			out[i][j] /= float64(max(len(rs), 1))
		}
	}
	return out
}

// seatStat summarises actor a's score in an arm, against its status quo
// and against its own score in the all-passive world of the same seed.
func seatStat(rs, passive []Result, a int) SeatStat {
	xs := make([]float64, len(rs))
	sq, pw := 0, 0
	for i, g := range rs {
		s := g.Scores[a]
		xs[i] = s.Final
		if s.Final > s.StatusQuo {
			sq++
		}
		if s.Final > passive[i].Scores[a].Final {
			pw++
		}
	}
	return SeatStat{Stat: meanCI(xs), BeatStatusQuo: wilson(sq, len(rs)), BeatPassiveWorld: wilson(pw, len(rs))}
}

// typePredict is, per actor and headline issue, the share of games whose
// final option is the one most common among games where the actor had the
// same true type: how well its type alone predicts the outcome.
func typePredict(sc *game.Scenario, rs []Result, headline []int) [][]float64 {
	out := make([][]float64, len(sc.Actors))
	for a, ad := range sc.Actors {
		out[a] = make([]float64, len(headline))
		for k, i := range headline {
			count := make([][]int, len(ad.Types))
			for t := range count {
				count[t] = make([]int, len(sc.Issues[i].Options))
			}
			for _, g := range rs {
				count[g.Types[a]][g.Options[i]]++
			}
			hit := 0
			for t := range count {
				best := 0
				for _, c := range count[t] {
					best = max(best, c)
				}
				hit += best
			}
			out[a][k] = float64(hit) / float64(max(len(rs), 1))
		}
	}
	return out
}

// DecidedTurns are the turns after which decidedness is measured.
func DecidedTurns() [3]int { return [3]int{5, 10, 20} }

// decided is, per headline issue, the share of games whose option after
// turns 5, 10 and 20 is already the final one (a game over by then counts
// as decided).
func decided(rs []Result, headline []int) [][3]float64 {
	out := make([][3]float64, len(headline))
	for k, i := range headline {
		for n, t := range DecidedTurns() {
			hit := 0
			for _, g := range rs {
				at := g.Options[i]
				if t <= len(g.Trail) {
					at = g.Trail[t-1][i]
				}
				if at == g.Options[i] {
					hit++
				}
			}
			out[k][n] = float64(hit) / float64(max(len(rs), 1))
		}
	}
	return out
}

// behaviour sums up the fates of agreed terms and the AI's linkage,
// statements and dilemma answers in the reference world.
func (r *Report) behaviour(rs []Result) {
	var tc TermCounts
	var link [3]int
	broken, dil, def := 0, 0, 0
	for _, g := range rs {
		t := g.Terms
		tc.Total += t.Total
		tc.CarriedOut += t.CarriedOut
		tc.Reneged += t.Reneged
		tc.Expired += t.Expired
		tc.Released += t.Released
		tc.Failed += t.Failed
		tc.Reverted += t.Reverted
		tc.Disputed += t.Disputed
		for l := range link {
			link[l] += g.Linkage[l]
		}
		if g.StatementsBroken > 0 {
			broken++
		}
		dil += g.Dilemmas
		r.VagueOffers += g.VagueOffers
		def += g.DilemmaDefaults
	}
	frac := func(k, n int) float64 { return float64(k) / float64(max(n, 1)) }
	r.Agreements = AgreementStats{Terms: tc.Total, CarriedOut: frac(tc.CarriedOut, tc.Total), Reneged: frac(tc.Reneged, tc.Total),
		Expired: frac(tc.Expired, tc.Total), Released: frac(tc.Released, tc.Total), Failed: frac(tc.Failed, tc.Total), Reverted: frac(tc.Reverted, tc.CarriedOut), Disputed: frac(tc.Disputed, tc.CarriedOut)}
	r.LinkageOffers = link[0] + link[1] + link[2]
	for l := range link {
		r.Linkage[l] = frac(link[l], r.LinkageOffers)
	}
	r.StatementsBrokenShare = frac(broken, len(rs))
	r.Dilemmas, r.DilemmaDefaultShare = dil, frac(def, dil)
}

// JointOutcomes lists the most common combinations of final options of
// the given issues, most common first (ties: the first seen first), at
// most top of them.
func JointOutcomes(rs []Result, issues []int, top int) []Joint {
	var order []string
	count := map[string]int{}
	opts := map[string][]int{}
	for _, g := range rs {
		key := make([]string, len(issues))
		o := make([]int, len(g.Options))
		for i := range o {
			o[i] = -1
		}
		for k, i := range issues {
			key[k] = string(rune('a' + g.Options[i]))
			o[i] = g.Options[i]
		}
		s := strings.Join(key, "")
		if count[s] == 0 {
			order = append(order, s)
			opts[s] = o
		}
		count[s]++
	}
	sort.SliceStable(order, func(x, y int) bool { return count[order[x]] > count[order[y]] })
	var out []Joint
	for _, s := range order[:min(top, len(order))] {
		out = append(out, Joint{Options: opts[s], Share: float64(count[s]) / float64(len(rs))})
	}
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
