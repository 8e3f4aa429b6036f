package debrief

import (
	"math"
	"slices"
)

// nashPoint finds the Nash bargaining point over the pool, with the status
// quo utilities base as the disagreement point (see the package doc).
func nashPoint(p *pool, base []float64) (gainers []bool, best int, method string) {
	gainers = make([]bool, p.na)
	sqK := -1
	for k := range p.count {
		u := p.u(k)
		if !individuallyRational(u, base) {
			continue
		}
		if sqK < 0 && distance(u, base) < eps {
			sqK = k
		}
		for a := range u {
			if u[a] > base[a]+eps {
				gainers[a] = true
			}
		}
	}
	if !slices.Contains(gainers, true) {
		return gainers, max(sqK, 0), "nobody can do better than the status quo"
	}
	best, bestProd := -1, 0.0
	for k := range p.count {
		u := p.u(k)
		if individuallyRational(u, base) {
			if prod := nashProduct(u, base, gainers); prod > bestProd {
				best, bestProd = k, prod
			}
		}
	}
	if best >= 0 {
		return gainers, best, "largest product of gains over the status quo"
	}
	bestSum := math.Inf(-1)
	for k := range p.count {
		u := p.u(k)
		if individuallyRational(u, base) {
			if s := sum(u) - sum(base); s > bestSum+eps {
				best, bestSum = k, s
			}
		}
	}
	return gainers, best, "no deal gives every actor who can gain a gain at once: largest sum of gains instead"
}

func individuallyRational(u, base []float64) bool {
	for a := range u {
		if u[a] < base[a]-eps {
			return false
		}
	}
	return true
}

// nashProduct is the product of the gainers' gains: zero unless all of
// them gain and nobody loses, since a deal that leaves an actor worse off
// than the status quo is one it would refuse.
func nashProduct(u, base []float64, gainers []bool) float64 {
	prod := 1.0
	for a := range u {
		if u[a] < base[a]-eps {
			return 0
		}
		if !gainers[a] {
			continue
		}
		gain := u[a] - base[a]
		if gain <= eps {
			return 0
		}
		prod *= gain
	}
	return prod
}

// frontier returns the pool's Pareto-optimal deals, one per distinct
// utility vector. Deals are taken in decreasing order of total utility: a
// deal can only be dominated by one with a larger total, already seen, and
// if that one is dominated in turn, so is the deal, by a frontier member.
func frontier(p *pool) []int {
	order := make([]int, p.count)
	for k := range order {
		order[k] = k
	}
	sums := make([]float64, p.count)
	for k := range sums {
		sums[k] = sum(p.u(k))
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmpDesc(sums[a], sums[b]) })
	var front []int
next:
	for _, k := range order {
		u := p.u(k)
		for _, f := range front {
			if v := p.u(f); dominates(v, u) || distance(v, u) < eps {
				continue next
			}
		}
		front = append(front, k)
	}
	return front
}

// dominates reports whether u is at least as good as v for everyone and
// better for someone.
func dominates(u, v []float64) bool {
	better := false
	for a := range u {
		if u[a] < v[a]-eps {
			return false
		}
		if u[a] > v[a]+eps {
			better = true
		}
	}
	return better
}

func minGain(u, v []float64) float64 {
	m := math.Inf(1)
	for a := range u {
		m = min(m, u[a]-v[a])
	}
	return m
}

func distance(u, v []float64) float64 {
	s := 0.0
	for a := range u {
		s += (u[a] - v[a]) * (u[a] - v[a])
	}
	return math.Sqrt(s)
}

func sum(u []float64) float64 {
	s := 0.0
	for _, x := range u {
		s += x
	}
	return s
}

func cmpDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}
