package lab

import "math"

// z95 is the normal quantile of a two-sided 95% interval.
const z95 = 1.96

// Stat is a mean with the half-width of its 95% interval,
// mean ± 1.96·sd/√n.
type Stat struct {
	Mean float64 `json:"mean"`
	CI95 float64 `json:"ci95"`
}

// meanCI summarises a sample; sums run in sample order, so the figures
// are the same however the games were spread over workers.
func meanCI(xs []float64) Stat {
	n := float64(len(xs))
	if n == 0 {
		return Stat{}
	}
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	mean := sum / n
	if n < 2 {
		return Stat{Mean: mean}
	}
	ss := 0.0
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return Stat{Mean: mean, CI95: z95 * math.Sqrt(ss/(n-1)) / math.Sqrt(n)}
}

// Share is a proportion with its 95% Wilson interval, which stays inside
// 0-1 and behaves at shares near 0 or 1, where mean ± 1.96·sd does not.
type Share struct {
	P, Lo, Hi float64
	N         int
}

// wilson summarises k successes in n trials.
func wilson(k, n int) Share {
	if n == 0 {
		return Share{}
	}
	nf, p := float64(n), float64(k)/float64(n)
	z2 := z95 * z95
	den := 1 + z2/nf
	mid := (p + z2/(2*nf)) / den
	half := z95 * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf)) / den
	return Share{P: p, Lo: math.Max(0, mid-half), Hi: math.Min(1, mid+half), N: n}
}

// round2 and round4 round figures for print, so that JSON shows no
// spurious digits.
func round2(v float64) float64 { return math.Round(v*100) / 100 }
func round4(v float64) float64 { return math.Round(v*10000) / 10000 }
