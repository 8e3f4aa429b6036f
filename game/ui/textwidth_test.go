package ui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// TestSumOfWordsIsLineWidth checks what package textwrap counts on to wrap
// in linear time: in the game's fonts a line is exactly as wide as its
// first part plus the rest with the space before it, for any letter before
// the space (no font kerns a letter against a space). Were it not so,
// textwrap would still fit every line, but measuring whole lines again.
func TestSumOfWordsIsLineWidth(t *testing.T) {
	fonts, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	var letters []rune
	for _, r := range []struct{ lo, hi rune }{
		{'!', '~'},             // ASCII
		{'À', 'ž'},             // Latin-1 and Extended-A: Polish, Czech
		{'А', 'я'},             // Cyrillic
		{'‐', '”'},             // dashes and quotes
		{'…', '…'}, {'€', '€'}, // ellipsis, euro
	} {
		for c := r.lo; c <= r.hi; c++ {
			letters = append(letters, c)
		}
	}
	for style := FontStyle(0); style < fontStyleCount; style++ {
		face := fonts.Face(style, 17)
		for _, c := range letters {
			for _, next := range []string{" Tov", " “yes”", " AV"} {
				whole := text.Advance(string(c)+next, face)
				if sum := text.Advance(string(c), face) + text.Advance(next, face); whole != sum {
					t.Errorf("font %d: %q is %v wide, but %q and %q add up to %v", style, string(c)+next, whole, string(c), next, sum)
				}
			}
		}
	}
}
