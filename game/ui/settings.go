package ui

import "math"

// UI scale bounds and step, as fractions (1 is 100%).
const (
	MinScale  = 1.0
	MaxScale  = 2.0
	ScaleStep = 0.25
)

// Settings are the player's display preferences.
type Settings struct {
	Scale       float64 // UI scale, MinScale to MaxScale
	ColourBlind bool    // use the Okabe–Ito palette
	Fullscreen  bool
}

// DefaultSettings returns 100% scale, standard palette, windowed.
func DefaultSettings() Settings { return Settings{Scale: 1} }

// ClampScale keeps s within MinScale and MaxScale, snapped to ScaleStep.
func ClampScale(s float64) float64 {
	s = math.Round(s/ScaleStep) * ScaleStep
	return math.Min(MaxScale, math.Max(MinScale, s))
}

// Normalized returns s with its scale clamped.
func (s Settings) Normalized() Settings {
	s.Scale = ClampScale(s.Scale)
	return s
}

// Palette returns the palette the settings ask for.
func (s Settings) Palette() Palette {
	if s.ColourBlind {
		return ColourBlindPalette()
	}
	return StandardPalette()
}
