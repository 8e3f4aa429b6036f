package ui

import (
	"bytes"
	"fmt"
	"math"
	"sync"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/gofont/gosmallcaps"
)

// FontStyle names one embedded font. The Go fonts are used because they
// ship as Go packages and cover Latin (Polish and Czech letters included),
// Greek and Cyrillic.
type FontStyle int

// Font styles. Smallcaps gives headings their engraved, official look; Mono
// is the typed text of a dossier.
const (
	FontRegular FontStyle = iota
	FontMedium
	FontBold
	FontItalic
	FontSmallcaps
	FontMono
	fontStyleCount
)

// fontTTF holds the TTF bytes of each style, indexed by FontStyle.
var fontTTF = [fontStyleCount][]byte{
	FontRegular:   goregular.TTF,
	FontMedium:    gomedium.TTF,
	FontBold:      gobold.TTF,
	FontItalic:    goitalic.TTF,
	FontSmallcaps: gosmallcaps.TTF,
	FontMono:      gomono.TTF,
}

// FontTTF returns the raw TTF bytes of a style, for glyph coverage checks.
func FontTTF(s FontStyle) []byte { return fontTTF[s] }

// Fonts holds one face source per font and one face per size, so glyph
// caches are shared and faces are never rebuilt per frame. It is safe for
// concurrent use.
type Fonts struct {
	sources [fontStyleCount]*text.GoTextFaceSource

	mu    sync.Mutex
	faces map[faceKey]*text.GoTextFace
}

type faceKey struct {
	style FontStyle
	size  float64
}

// NewFonts parses the embedded fonts.
func NewFonts() (*Fonts, error) {
	f, steps := FontSteps()
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// FontSteps returns Fonts whose embedded fonts are parsed by the steps,
// one font each, which must all run before the Fonts are used. NewFonts
// runs them at once; the browser's start runs one a frame, since parsing
// all six holds the page for over a second there.
func FontSteps() (*Fonts, []func() error) {
	f := &Fonts{faces: map[faceKey]*text.GoTextFace{}}
	steps := make([]func() error, len(fontTTF))
	for i, ttf := range fontTTF {
		steps[i] = func() error {
			src, err := text.NewGoTextFaceSource(bytes.NewReader(ttf))
			if err != nil {
				return fmt.Errorf("ui: font %d: %w", i, err)
			}
			// The first text shaped in a font builds its shaping plan
			// (its OpenType features for the script and language), a
			// cost that otherwise falls on the first screen's layout,
			// the briefing's: shape a word here, in this font's step.
			text.Advance("Backchannel", &text.GoTextFace{Source: src, Size: 16})
			f.sources[i] = src
			return nil
		}
	}
	return f, steps
}

// Face returns the face of style at size pixels. Sizes are rounded to
// whole pixels so that scaled metrics share faces and glyph caches.
func (f *Fonts) Face(style FontStyle, size float64) *text.GoTextFace {
	key := faceKey{style, math.Max(1, math.Round(size))}
	f.mu.Lock()
	defer f.mu.Unlock()
	face, ok := f.faces[key]
	if !ok {
		face = &text.GoTextFace{Source: f.sources[style], Size: key.size}
		f.faces[key] = face
	}
	return face
}
