package fmath

import (
	"math"
	"testing"
)

func TestExpLogPowMatchStdlib(t *testing.T) {
	for _, x := range []float64{-30, -5, -1, -0.3, 0, 1e-9, 0.5, 1, 2.5, 10, 50, 300} {
		if got, want := Exp(x), math.Exp(x); math.Abs(got-want) > 1e-13*math.Max(1, want) {
			t.Errorf("Exp(%v) = %v, want %v", x, got, want)
		}
	}
	for _, x := range []float64{1e-300, 1e-9, 0.1, 0.5, 1, 2, 3.7, 1000, 1e300} {
		if got, want := Log(x), math.Log(x); math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
			t.Errorf("Log(%v) = %v, want %v", x, got, want)
		}
	}
	if got := Pow(0.25, 0.5); math.Abs(got-0.5) > 1e-14 {
		t.Errorf("Pow(0.25, 0.5) = %v", got)
	}
	if Pow(0, 2) != 0 || Pow(3, 0) != 1 || !math.IsNaN(Pow(-1, 0.5)) {
		t.Error("Pow edge cases")
	}
	if !math.IsNaN(Log(-1)) || !math.IsInf(Log(0), -1) || Exp(-1000) != 0 || !math.IsInf(Exp(1000), 1) {
		t.Error("edge cases")
	}
	if s := Sigmoid(0); s != 0.5 {
		t.Errorf("Sigmoid(0) = %v", s)
	}
}
