package ui

import (
	"image/color"
	"math"
	"slices"
	"testing"
)

// luminance is WCAG's relative luminance.
func luminance(c color.RGBA) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

func contrast(a, b color.RGBA) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestPaletteContrast checks the WCAG ratios that keep text readable:
// 7:1 for body text, 4.5:1 for secondary text and for text on brass.
func TestPaletteContrast(t *testing.T) {
	for _, p := range []Palette{StandardPalette(), ColourBlindPalette()} {
		checks := []struct {
			what   string
			fg, bg color.RGBA
			min    float64
		}{
			{"text on background", p.Text, p.Background, 7},
			{"text on raised surface", p.Text, p.SurfaceRaised, 7},
			{"muted text on surface", p.TextMuted, p.Surface, 4.5},
			{"ink on paper", p.Ink, p.Paper, 7},
			{"text on accent", p.OnAccent, p.Accent, 4.5},
			{"focus ring on background", p.Focus, p.Background, 4.5},
			{"accent on surface", p.Accent, p.Surface, 4.5},
		}
		for _, c := range checks {
			if r := contrast(c.fg, c.bg); r < c.min {
				t.Errorf("%s: %s contrast %.2f < %.1f", p.Name, c.what, r, c.min)
			}
		}
	}
}

func TestColourBlindPaletteUsesOkabeIto(t *testing.T) {
	okabe := []color.RGBA{OkabeOrange, OkabeSkyBlue, OkabeBluishGreen, OkabeYellow, OkabeBlue, OkabeVermillion, OkabeReddishPurple}
	p := ColourBlindPalette()
	for name, c := range map[string]color.RGBA{"Accent": p.Accent, "Focus": p.Focus, "Danger": p.Danger,
		"Success": p.Success, "Warning": p.Warning, "Info": p.Info} {
		if !slices.Contains(okabe, c) {
			t.Errorf("%s %v is not an Okabe–Ito colour", name, c)
		}
	}
	seen := map[color.RGBA]bool{}
	for _, c := range p.Actors {
		if !slices.Contains(okabe, c) || seen[c] {
			t.Errorf("actor colour %v is not a distinct Okabe–Ito colour", c)
		}
		seen[c] = true
	}
	if p.Danger == p.Success {
		t.Error("danger and success must differ")
	}
	if s := StandardPalette(); s.Background != p.Background || s.Text != p.Text {
		t.Error("the neutrals should stay the same in both palettes")
	}
}

func TestMixAndFade(t *testing.T) {
	a, b := color.RGBA{0, 0, 0, 255}, color.RGBA{200, 100, 50, 255}
	if got := Mix(a, b, 0.5); got != (color.RGBA{100, 50, 25, 255}) {
		t.Errorf("Mix = %v", got)
	}
	if got := Fade(b, 0.5); got != (color.RGBA{100, 50, 25, 128}) {
		t.Errorf("Fade = %v", got)
	}
}

func TestClampScale(t *testing.T) {
	for in, want := range map[float64]float64{0: 1, 0.9: 1, 1.1: 1, 1.2: 1.25, 1.5: 1.5, 1.9: 2, 3: 2} {
		if got := ClampScale(in); got != want {
			t.Errorf("ClampScale(%v) = %v, want %v", in, got, want)
		}
	}
	if (Settings{ColourBlind: true}).Palette().Name != ColourBlindPalette().Name {
		t.Error("colour-blind setting should pick the Okabe–Ito palette")
	}
}

// TestColourBlindActorsDistinct: the first five actors' colours stay far
// apart for normal sight (no two of one hue, as Russia's vermillion and
// Iran's orange were) and under simulated deuteranopia and protanopia.
func TestColourBlindActorsDistinct(t *testing.T) {
	// Machado, Oliveira & Fernandes (2009), severity 1, on linear RGB.
	sims := map[string]*[3][3]float64{
		"normal sight": nil,
		"deuteranopia": {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
		"protanopia":   {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
	}
	least := map[string]float64{"normal sight": 40, "deuteranopia": 15, "protanopia": 15}
	actors := ColourBlindPalette().Actors[:5]
	for name, m := range sims {
		for i, a := range actors {
			for _, b := range actors[i+1:] {
				if d := deltaE(simulate(a, m), simulate(b, m)); d < least[name] {
					t.Errorf("%s: actor colours %v and %v are %.1f apart (ΔE), under %.0f", name, a, b, d, least[name])
				}
			}
		}
	}
}

// simulate returns c's linear RGB as seen through m (nil: as it is).
func simulate(c color.RGBA, m *[3][3]float64) [3]float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	l := [3]float64{lin(c.R), lin(c.G), lin(c.B)}
	if m == nil {
		return l
	}
	var out [3]float64
	for i := range out {
		for j := range l {
			out[i] += m[i][j] * l[j]
		}
		out[i] = min(max(out[i], 0), 1)
	}
	return out
}

// deltaE is the CIE76 distance of two linear RGB colours in CIELAB (D65).
func deltaE(a, b [3]float64) float64 {
	lab := func(c [3]float64) [3]float64 {
		x := (0.4124*c[0] + 0.3576*c[1] + 0.1805*c[2]) / 0.95047
		y := 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
		z := (0.0193*c[0] + 0.1192*c[1] + 0.9505*c[2]) / 1.08883
		f := func(t float64) float64 {
			if t > 0.008856 {
				return math.Cbrt(t)
			}
			return 7.787*t + 16.0/116
		}
		return [3]float64{116*f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))}
	}
	p, q := lab(a), lab(b)
	return math.Sqrt((p[0]-q[0])*(p[0]-q[0]) + (p[1]-q[1])*(p[1]-q[1]) + (p[2]-q[2])*(p[2]-q[2]))
}
