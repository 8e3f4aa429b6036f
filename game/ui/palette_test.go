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
