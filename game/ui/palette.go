package ui

import "image/color"

// Palette is the set of colours every screen draws with. Screens name
// colours by role (Text, Accent, Danger…), never by value, so the
// colour-blind-safe palette applies everywhere at once.
type Palette struct {
	Name string

	Background    color.RGBA // the desk: deep navy
	BackgroundTop color.RGBA // top of the background gradient
	Surface       color.RGBA // panels and controls
	SurfaceRaised color.RGBA // hovered controls, headers
	Border        color.RGBA
	BorderStrong  color.RGBA
	Paper         color.RGBA // parchment pages for long reading
	Ink           color.RGBA // text on Paper

	Text         color.RGBA // parchment text on navy
	TextMuted    color.RGBA
	TextDisabled color.RGBA

	Accent       color.RGBA // brass: primary actions, rules, selection
	AccentBright color.RGBA
	OnAccent     color.RGBA // text on Accent
	Focus        color.RGBA // the keyboard focus ring

	Danger  color.RGBA
	Success color.RGBA
	Warning color.RGBA
	Info    color.RGBA

	Shadow color.RGBA   // drop shadows and modal dim, with alpha
	Actors []color.RGBA // categorical colours for actors and chart series
}

func rgb(v uint32) color.RGBA {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// StandardPalette is the dossier look: navy desk, parchment text, brass.
func StandardPalette() Palette {
	return Palette{
		Name:          "Dossier",
		Background:    rgb(0x0a1320),
		BackgroundTop: rgb(0x15263d),
		Surface:       rgb(0x13213a),
		SurfaceRaised: rgb(0x1d3152),
		Border:        rgb(0x2c4263),
		BorderStrong:  rgb(0x4b6388),
		Paper:         rgb(0xefe6d2),
		Ink:           rgb(0x2a2118),
		Text:          rgb(0xede4cf),
		TextMuted:     rgb(0xaaa28f),
		TextDisabled:  rgb(0x687284),
		Accent:        rgb(0xc9a45c),
		AccentBright:  rgb(0xe8c77e),
		OnAccent:      rgb(0x1a1408),
		Focus:         rgb(0xf4d58d),
		Danger:        rgb(0xc8503f),
		Success:       rgb(0x6aa77a),
		Warning:       rgb(0xdba445),
		Info:          rgb(0x6b9bd1),
		Shadow:        color.RGBA{0, 0, 0, 0x8c},
		Actors: []color.RGBA{rgb(0x4f81bd), rgb(0xc0504d), rgb(0x9bbb59), rgb(0x8064a2),
			rgb(0xf79646), rgb(0x4bacc6), rgb(0xd4b16a)},
	}
}

// Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008), which
// stay distinct under the common forms of colour blindness.
var (
	OkabeOrange        = rgb(0xe69f00)
	OkabeSkyBlue       = rgb(0x56b4e9)
	OkabeBluishGreen   = rgb(0x009e73)
	OkabeYellow        = rgb(0xf0e442)
	OkabeBlue          = rgb(0x0072b2)
	OkabeVermillion    = rgb(0xd55e00)
	OkabeReddishPurple = rgb(0xcc79a7)
)

// ColourBlindPalette keeps the navy and parchment neutrals, whose contrast
// is in lightness only, and takes every hue that carries meaning from the
// Okabe–Ito set.
func ColourBlindPalette() Palette {
	p := StandardPalette()
	p.Name = "Colour-blind safe"
	p.Accent = OkabeOrange
	p.AccentBright = rgb(0xf5b93a) // a lighter orange for hover, same hue
	p.Focus = OkabeYellow
	p.Danger = OkabeVermillion
	p.Success = OkabeBluishGreen
	p.Warning = OkabeOrange
	p.Info = OkabeSkyBlue
	// Five actors (letter-2009 has five) get five hues with different
	// names, blue, vermillion, green, pink and yellow: orange came fifth,
	// and Iran's orange beside Russia's vermillion read as one colour.
	p.Actors = []color.RGBA{OkabeSkyBlue, OkabeVermillion, OkabeBluishGreen, OkabeReddishPurple,
		OkabeYellow, OkabeOrange, OkabeBlue}
	return p
}

// Mix blends a towards b by t in [0, 1], alpha included.
func Mix(a, b color.RGBA, t float64) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8(float64(x) + (float64(y)-float64(x))*t + 0.5) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), m(a.A, b.A)}
}

// Fade returns c with its opacity multiplied by alpha, premultiplied as
// image/color expects.
func Fade(c color.RGBA, alpha float64) color.RGBA {
	f := func(x uint8) uint8 { return uint8(float64(x)*alpha + 0.5) }
	return color.RGBA{f(c.R), f(c.G), f(c.B), f(c.A)}
}
