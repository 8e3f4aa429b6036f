package lab

import (
	"math"
	"sort"

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
	// Partial says, in words, what a focused lab left out ("" if nothing).
	Partial string
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
	// Played is false where a focused lab left the strategy out.
	Played           bool
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
			if k >= 0 {
				row[s] = seatStat(res[k], passive, a)
			}
		}
		r.Seats = append(r.Seats, row)
	}
	for n, k := range p.ablations {
		ab := Ablations()[n]
		r.Ablations = append(r.Ablations, world(sc, ab.Name, ab.Label, res[k], ref, r.Headline))
	}
	r.Partial = c.Focus.words()
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
				if d := points(w.Issues[i][j] - base[i][j]); d > w.Shift {
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
	return SeatStat{Stat: meanCI(xs), Played: true, BeatStatusQuo: wilson(sq, len(rs)), BeatPassiveWorld: wilson(pw, len(rs))}
}

// points is a difference of two shares in points, rounded to a millionth
// of a point: shares are counts over the same number of games, so 10
// games in 200 are 5 points, where the float difference reads 4.9999…
// and would miss a bar of 5.
func points(d float64) float64 { return math.Round(100*abs(d)*1e6) / 1e6 }

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
