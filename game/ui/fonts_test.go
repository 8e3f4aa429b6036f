package ui

import (
	"testing"

	"golang.org/x/image/font/sfnt"
)

// TestFontCoverage checks that every embedded font has a glyph for the
// letters of the scenario's languages (Polish, Czech, Russian, and Greek
// for good measure) and for the symbols the interface draws.
func TestFontCoverage(t *testing.T) {
	samples := map[string]string{
		"Polish":  "ĄąĆćĘęŁłŃńÓóŚśŹźŻż",
		"Czech":   "ÁáČčĎďÉéĚěÍíŇňÓóŘřŠšŤťÚúŮůÝýŽž",
		"Russian": "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя",
		"Greek":   "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψω",
		"symbols": "…—–“”‘’·←↑→↓◄►°%€",
	}
	var buf sfnt.Buffer
	for style := FontStyle(0); style < fontStyleCount; style++ {
		f, err := sfnt.Parse(FontTTF(style))
		if err != nil {
			t.Fatal(err)
		}
		for lang, s := range samples {
			for _, r := range s {
				if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
					t.Errorf("font %d has no glyph for %q (%s)", style, r, lang)
				}
			}
		}
	}
}

func TestFacesAreCached(t *testing.T) {
	f, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	if f.Face(FontRegular, 17) != f.Face(FontRegular, 17.2) {
		t.Error("sizes that round to the same pixel should share a face")
	}
	if f.Face(FontRegular, 17) == f.Face(FontBold, 17) || f.Face(FontRegular, 17) == f.Face(FontRegular, 18) {
		t.Error("different styles and sizes need their own faces")
	}
	th := NewTheme(f, StandardPalette(), 2)
	if got := th.Face(TextBody).Metrics().HAscent; got < NewTheme(f, StandardPalette(), 1).Face(TextBody).Metrics().HAscent*1.9 {
		t.Errorf("scale 2 should double the body face, ascent %v", got)
	}
}
