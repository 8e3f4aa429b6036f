package board

import (
	"image/color"
	"strconv"
	"strings"

	"backchannel/game/ui"
)

// parseHex reads "#rrggbb"; ok is false for anything else.
func parseHex(s string) (color.RGBA, bool) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "#")
	if len(s) != 6 {
		return color.RGBA{}, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return color.RGBA{}, false
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}

// actorColour is the colour an actor is drawn in. The scenario's own colour
// is used with the standard palette; the colour-blind palette replaces it
// with the palette's categorical colours, because an instructor's choice of
// red and green would defeat the setting.
func actorColour(p ui.Palette, hex string, i int) color.RGBA {
	if p.Name != ui.ColourBlindPalette().Name {
		if c, ok := parseHex(hex); ok {
			return c
		}
	}
	if len(p.Actors) == 0 {
		return p.Accent
	}
	return p.Actors[i%len(p.Actors)]
}

// trustColour shades trust from Danger (0) through Warning (50) to
// Success (100). Lines also change thickness and dashing with trust, so the
// colour is never the only cue.
func trustColour(p ui.Palette, trust float64) color.RGBA {
	t := clamp01(trust / 100)
	if t < 0.5 {
		return ui.Mix(p.Danger, p.Warning, t*2)
	}
	return ui.Mix(p.Warning, p.Success, (t-0.5)*2)
}

// trustWord names a trust level for tooltips and the analyst.
func trustWord(trust float64) string {
	switch {
	case trust >= 75:
		return "high"
	case trust >= 58:
		return "fair"
	case trust >= 42:
		return "guarded"
	case trust >= 25:
		return "low"
	}
	return "very low"
}

// luminance is a rough perceived brightness in [0, 1], to pick dark or
// light text on a coloured token.
func luminance(c color.RGBA) float64 {
	return (0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)) / 255
}

func clamp01(v float64) float64 { return max(0, min(1, v)) }
