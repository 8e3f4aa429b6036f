package textwrap

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// cells measures text as a terminal would: one unit per character, zero for
// combining marks, two for wide (Han, Hiragana) characters.
func cells(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r):
			w += 2
		default:
			w++
		}
	}
	return w
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width float64
		want  []string
	}{
		{"fits", "audience costs", 20, []string{"audience costs"}},
		{"greedy", "the quick brown fox jumps", 10, []string{"the quick", "brown fox", "jumps"}},
		{"exact width", "abcde fghij", 5, []string{"abcde", "fghij"}},
		{"spaces collapse", "  two   words  ", 20, []string{"two words"}},
		{"newlines", "one\ntwo\r\nthree", 20, []string{"one", "two", "three"}},
		{"blank paragraph", "a\n\nb", 20, []string{"a", "", "b"}},
		{"empty", "", 10, []string{""}},
		{"long word broken", "ratification", 5, []string{"ratif", "icati", "on"}},
		{"long word after short", "a Boulwarestrategy", 6, []string{"a", "Boulwa", "restra", "tegy"}},
		{"narrower than a glyph", "abc", 0.5, []string{"a", "b", "c"}},
		{"polish", "Rząd w Warszawie źle przyjął", 10, []string{"Rząd w", "Warszawie", "źle", "przyjął"}},
		{"czech", "Řekněte, že Česko", 8, []string{"Řekněte,", "že Česko"}},
		{"cyrillic", "Москва публично отвергла", 8, []string{"Москва", "публично", "отвергла"}},
		{"han without spaces", "外交谈判游戏", 5, []string{"外交", "谈判", "游戏"}},
		{"combining mark kept", "cafe\u0301s", 4, []string{"cafe\u0301", "s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.in, tt.width, cells)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Wrap(%q, %v) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

// TestWrapKeepsTextAndWidth checks, over many widths, that no line is wider
// than asked (unless it is one character) and that no character is lost.
func TestWrapKeepsTextAndWidth(t *testing.T) {
	text := "Two-level games: a negotiator bargains abroad while a parliament at home must ratify. " +
		"Maneuvre‐space, Übereinkunft, Договор, Porozumění — 合意。"
	for width := 1.0; width <= 40; width++ {
		lines := Wrap(text, width, cells)
		for _, l := range lines {
			if cells(l) > width && len([]rune(l)) > 1 {
				t.Fatalf("width %v: line %q is %v wide", width, l, cells(l))
			}
		}
		if got, want := strings.Join(strings.Fields(strings.Join(lines, "")), ""), strings.Join(strings.Fields(text), ""); got != want {
			t.Fatalf("width %v: text changed:\n got %q\nwant %q", width, got, want)
		}
	}
}

func TestEllipsize(t *testing.T) {
	tests := []struct {
		in    string
		width float64
		want  string
	}{
		{"short", 10, "short"},
		{"reservation value", 10, "reservati…"},
		{"two words", 5, "two…"}, // the space before the ellipsis is dropped
		{"Переговоры", 5, "Пере…"},
		{"abc", 1, "…"},
		{"abc", 0.5, ""},
	}
	for _, tt := range tests {
		if got := Ellipsize(tt.in, tt.width, cells); got != tt.want {
			t.Errorf("Ellipsize(%q, %v) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
		if got := Ellipsize(tt.in, tt.width, cells); cells(got) > tt.width {
			t.Errorf("Ellipsize(%q, %v) = %q is too wide", tt.in, tt.width, got)
		}
	}
}

func TestFit(t *testing.T) {
	lines, cut := Fit("one two three four five", 9, 2, cells)
	if want := []string{"one two", "three…"}; !cut || !reflect.DeepEqual(lines, want) {
		t.Errorf("Fit = %q, %v; want %q, true", lines, cut, want)
	}
	lines, cut = Fit("one two three", 9, 2, cells)
	if want := []string{"one two", "three"}; cut || !reflect.DeepEqual(lines, want) {
		t.Errorf("Fit = %q, %v; want %q, false", lines, cut, want)
	}
	lines, cut = Fit("aaaaaaaaa bbbbbbbbb", 9, 1, cells)
	if want := []string{"aaaaaaaa…"}; !cut || !reflect.DeepEqual(lines, want) {
		t.Errorf("Fit = %q, %v; want %q, true", lines, cut, want)
	}
	if lines, cut = Fit("x", 9, 0, cells); lines != nil || !cut {
		t.Errorf("Fit with no lines = %q, %v", lines, cut)
	}
}

// kerned is cells with a pair kerned across a space: "o " followed by "w"
// is one cell narrower than its parts, so the width of a line is not the sum
// of its words' widths.
func kerned(s string) float64 {
	return cells(s) - float64(strings.Count(s, "o w"))
}

// wrapWhole is the plain greedy wrap that measures each candidate line whole.
func wrapWhole(s string, width float64, measure Measure) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		l, _ := wrapWords(para, width, measure, 1<<30, true)
		lines = append(lines, l...)
	}
	return lines
}

// TestWrapAddsWordWidths checks that Wrap gives the lines of the plain
// greedy wrap, measuring each word about once rather than every line again
// for each word (which made a briefing's layout quadratic), and that with
// a measure that kerns across spaces it still gives lines that fit.
func TestWrapAddsWordWidths(t *testing.T) {
	text := strings.Repeat("the quick brown fox jumps over two lazy dogs ", 40)
	for _, measure := range []struct {
		name string
		m    Measure
	}{{"cells", cells}, {"kerned", kerned}} {
		for width := 1.0; width <= 60; width++ {
			measured := 0
			counting := func(s string) float64 { measured += len(s); return measure.m(s) }
			got := Wrap(text, width, counting)
			if want := wrapWhole(text, width, measure.m); !reflect.DeepEqual(got, want) && measure.name == "cells" {
				t.Fatalf("%s, width %v: Wrap = %q, want %q", measure.name, width, got, want)
			}
			for _, l := range got {
				if measure.m(l) > width && len([]rune(l)) > 1 {
					t.Fatalf("%s, width %v: line %q is %v wide", measure.name, width, l, measure.m(l))
				}
			}
			// Each word with its space, each line of more than one word
			// once more, and a word too long for the line its prefixes.
			if limit := 4*len(text) + 200; measure.name == "cells" && width >= 5 && measured > limit {
				t.Errorf("width %v: measured %d bytes of text to wrap %d, want at most %d", width, measured, len(text), limit)
			}
		}
	}
}

// TestFitMeasuresOnlyWhatItKeeps checks that Fit stops measuring once it
// has the lines it keeps.
func TestFitMeasuresOnlyWhatItKeeps(t *testing.T) {
	text := "first line here " + strings.Repeat("and then a great deal more ", 200)
	var seen []string
	lines, cut := Fit(text, 16, 1, func(s string) float64 { seen = append(seen, s); return cells(s) })
	if want := []string{"first line here…"}; !cut || !reflect.DeepEqual(lines, want) {
		t.Errorf("Fit = %q, %v; want %q, true", lines, cut, want)
	}
	if len(seen) > 20 {
		t.Errorf("Fit measured %d strings for one line of a long text: %q…", len(seen), seen[:20])
	}
}
