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
