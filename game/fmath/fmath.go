// Package fmath holds the few transcendental functions the engine and the
// AI need, written with plain arithmetic only. The standard library's Exp
// and Log use assembly on amd64 and pure Go on wasm, and may differ in the
// last bit; a game that must replay byte for byte on both cannot use them.
package fmath

import "math"

// Exp returns e**x, computed identically on every platform.
func Exp(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > 709:
		return math.Inf(1)
	case x < -745:
		return 0
	}
	// x = k*ln2 + r with |r| <= ln2/2, then e**r by its Taylor series.
	const ln2 = 0.6931471805599453
	k := math.Floor(x/ln2 + 0.5)
	r := float64(x - float64(k*ln2))
	sum, term := 1.0, 1.0
	for i := 1; i <= 20; i++ {
		term = float64(term * r / float64(i))
		sum = float64(sum + term)
	}
	return math.Ldexp(sum, int(k))
}

// Log returns the natural logarithm of x, computed identically everywhere.
func Log(x float64) float64 {
	switch {
	case x != x || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	}
	// x = m * 2**e with m in [0.5, 1); ln m = 2 atanh((m-1)/(m+1)).
	m, e := math.Frexp(x)
	if m < 0.7071067811865476 {
		m *= 2
		e--
	}
	s := float64((m - 1) / (m + 1))
	s2 := float64(s * s)
	sum, term := 0.0, s
	for i := 1; i <= 41; i += 2 {
		sum = float64(sum + term/float64(i))
		term = float64(term * s2)
	}
	const ln2 = 0.6931471805599453
	return float64(2*sum) + float64(float64(e)*ln2)
}

// Pow returns x**y for x >= 0, computed identically everywhere.
func Pow(x, y float64) float64 {
	switch {
	case y == 0:
		return 1
	case x == 0:
		if y > 0 {
			return 0
		}
		return math.Inf(1)
	case x < 0:
		return math.NaN()
	}
	return Exp(float64(y * Log(x)))
}

// Sigmoid maps any number to (0, 1): 1/(1+e**-x).
func Sigmoid(x float64) float64 { return 1 / (1 + Exp(-x)) }

// Clamp bounds v to [lo, hi].
func Clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Round4 rounds to four decimals, the precision the game log records.
func Round4(v float64) float64 { return math.Round(v*10000) / 10000 }
