package ui

import (
	"image"
	"math"
)

// UI scale bounds and step, as fractions (1 is 100%).
const (
	MinScale  = 1.0
	MaxScale  = 2.0
	ScaleStep = 0.25
)

// Settings are the player's display preferences.
type Settings struct {
	Scale float64 // UI scale, MinScale to MaxScale, unless AutoScale
	// AutoScale makes the scale follow the window (WindowScale), as it is
	// by default; choosing a scale turns it off.
	AutoScale   bool
	ColourBlind bool // use the Okabe–Ito palette
	Fullscreen  bool
}

// DefaultSettings returns a scale that follows the window, the standard
// palette, windowed.
func DefaultSettings() Settings { return Settings{Scale: 1, AutoScale: true} }

// The window, in device-independent pixels, that AutoScale shows at 100%:
// screens are designed for it.
const autoBaseW, autoBaseH = 1280, 720

// WindowScale is the scale AutoScale gives a window of size (in
// device-independent pixels): the largest step at which the window still
// holds 1280×720, from MinScale to MaxScale. 1920×1080 gives 150%,
// 2560×1440 200%.
func WindowScale(size image.Point) float64 {
	f := math.Min(float64(size.X)/autoBaseW, float64(size.Y)/autoBaseH)
	f = math.Floor(f/ScaleStep+1e-9) * ScaleStep
	return math.Min(MaxScale, math.Max(MinScale, f))
}

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
