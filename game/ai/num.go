package ai

import "backchannel/game/fmath"

// sigmoid comes from fmath so that browser and desktop agree bit for bit.
func sigmoid(x float64) float64 { return fmath.Sigmoid(x) }

func clampU(u float64) float64 { return fmath.Clamp(u, 0, 100) }

func clamp01(x float64) float64 { return fmath.Clamp(x, 0, 1) }
