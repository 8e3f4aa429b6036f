package ui

import (
	"slices"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// commonText is what most screens draw: letters, digits, and the
// punctuation the scenarios' texts use.
const commonText = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"’‘“”()-–—/%&·…"

// displayText is what the display role draws: the game's name, in small
// capitals.
const displayText = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// glyphChunk is how many characters one part of GlyphParts rasterises.
const glyphChunk = 12

// GlyphParts returns the rasterising of the common characters of every
// text role's face at the theme's scale, and of the extra faces, in small
// parts. Ebiten rasterises a glyph the first time it is drawn, once for
// each sub-pixel offset, so the first screen full of text paid for
// hundreds of them in one frame: in the browser a task of seconds (issue
// 13: no task over 200 ms). The browser's start runs these parts over the
// frames before the first screen; the glyphs stay in ebiten's cache,
// which keeps more glyphs of a face than these. Only the faces of the
// first screens are worth it: each glyph takes a place in ebiten's
// texture atlas, whose every later allocation searches all the places
// taken (a page profile showed the search as much of a board's first
// frame).
func (t *Theme) GlyphParts(extra ...text.Face) []func() {
	var parts []func()
	seen := map[text.Face]bool{}
	add := func(face text.Face, chars string) {
		if seen[face] {
			return
		}
		seen[face] = true
		for chunk := range slices.Chunk([]rune(chars), glyphChunk) {
			str := string(chunk)
			parts = append(parts, func() { text.CacheGlyphs(str, face) })
		}
	}
	for r := range textRoleCount {
		s := textSpec[r]
		chars := commonText
		if r == TextDisplay {
			chars = displayText
		}
		add(t.fonts.Face(s.style, s.size*t.Scale), chars)
	}
	for _, face := range extra {
		add(face, commonText)
	}
	return parts
}
