package lab

import (
	"sort"
	"strings"

	"backchannel/game"
)

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
