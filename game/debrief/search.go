package debrief

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

// enumerate evaluates every deal; deal k is k written in the mixed radix
// of the option counts, first issue fastest.
func enumerate(ev *evaluator, n int) *pool {
	na := len(ev.actors)
	p := &pool{na: na, us: make([]float64, 0, n*na), count: n}
	p.deal = func(k int) []int {
		deal := make([]int, ev.nIssue)
		for i, c := range ev.counts {
			deal[i] = k % c
			k /= c
		}
		return deal
	}
	deal := make([]int, ev.nIssue)
	for k := 0; k < n; k++ {
		for a := range na {
			p.us = append(p.us, ev.utility(a, deal))
		}
		for i := range deal { // next deal
			deal[i]++
			if deal[i] < ev.counts[i] {
				break
			}
			deal[i] = 0
		}
	}
	return p
}

// search is the heuristic for scenarios too large to enumerate (see the
// package doc). Its random source is fixed, so a report is reproducible.
func search(ev *evaluator, samples int, seeds [][]int) *pool {
	na := len(ev.actors)
	rng := rand.New(rand.NewPCG(0x6465627269656600, uint64(samples))) // "debrief"
	seen := map[string]bool{}
	var deals [][]int
	p := &pool{na: na}
	add := func(deal []int) {
		k := key(deal)
		if seen[k] {
			return
		}
		seen[k] = true
		deals = append(deals, slices.Clone(deal))
		for a := range na {
			p.us = append(p.us, ev.utility(a, deal))
		}
	}
	w := make([]float64, na)
	climb := func(start []int) {
		deal := slices.Clone(start)
		score := func() float64 {
			s := 0.0
			for a := range na {
				s += w[a] * ev.utility(a, deal)
			}
			return s
		}
		best := score()
		for round := 0; round < 50; round++ {
			improved := false
			for i, c := range ev.counts {
				keep := deal[i]
				for j := range c {
					deal[i] = j
					if s := score(); s > best+eps {
						best, keep, improved = s, j, true
					}
				}
				deal[i] = keep
			}
			if !improved {
				break
			}
		}
		add(deal)
	}
	starts := slices.Clone(seeds)
	for range samples {
		deal := make([]int, ev.nIssue)
		for i, c := range ev.counts {
			deal[i] = rng.IntN(c)
		}
		starts = append(starts, deal)
	}
	for n, start := range starts {
		add(start)
		for a := range w {
			w[a] = rng.Float64() + 1e-3
			if n < na { // the first climbs find each actor's best deal
				w[a] = 1e-3
			}
		}
		if n < na {
			w[n] = 1
		}
		climb(start)
	}
	p.deal = func(k int) []int { return deals[k] }
	// Pareto local search: the neighbours (one issue changed) of frontier
	// deals find the frontier deals that no weighted sum reaches.
	done := map[string]bool{}
	for round := 0; round < 20; round++ {
		p.count = len(deals)
		grew := false
		for _, k := range frontier(p) {
			if done[key(deals[k])] {
				continue
			}
			done[key(deals[k])] = true
			deal := slices.Clone(deals[k])
			for i, c := range ev.counts {
				keep := deal[i]
				for j := range c {
					deal[i] = j
					if !seen[key(deal)] {
						add(deal)
						grew = true
					}
				}
				deal[i] = keep
			}
		}
		if !grew {
			break
		}
	}
	p.count = len(deals)
	return p
}

func key(deal []int) string {
	var b strings.Builder
	for _, j := range deal {
		b.WriteString(strconv.Itoa(j))
		b.WriteByte(',')
	}
	return b.String()
}
