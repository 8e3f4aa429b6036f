package ui

import "testing"

// TestGlyphParts checks that the browser's glyph warm-up covers each text
// role's face once, and an extra face once however often it is given,
// in parts of a few characters each, and that the parts run.
func TestGlyphParts(t *testing.T) {
	f, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	th := NewTheme(f, StandardPalette(), 1)
	roles := len(th.GlyphParts())
	if roles < int(textRoleCount) {
		t.Fatalf("%d parts for %d roles", roles, textRoleCount)
	}
	extra := th.FaceOf(FontBold, 31)
	parts := th.GlyphParts(extra, th.Face(TextBody), extra)
	if want := roles + (len([]rune(commonText))+glyphChunk-1)/glyphChunk; len(parts) != want {
		t.Errorf("%d parts with one new face given twice and a role's, want %d", len(parts), want)
	}
	for _, p := range parts {
		p()
	}
}
