package textwrap

import "testing"

// TestSpans: every character stays on a line, in order; lines break after a
// space, at a newline, or inside a word too wide; none is wider than the
// width but for trailing spaces.
func TestSpans(t *testing.T) {
	mono := func(s string) float64 { return float64(len([]rune(s))) }
	for _, c := range []struct {
		text  string
		width float64
		want  []string
	}{
		{"", 10, []string{""}},
		{"Dear Sir, we accept", 10, []string{"Dear Sir, ", "we accept"}},
		{"one\n\ntwo", 10, []string{"one", "", "two"}},
		{"abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"ab    cd", 3, []string{"ab    ", "cd"}},
		{"end\n", 10, []string{"end", ""}},
	} {
		text := []rune(c.text)
		spans := Spans(text, c.width, mono)
		var got []string
		next := 0
		for _, s := range spans {
			got = append(got, string(text[s.Start:s.End]))
			if s.Start != next && !(s.Start == next+1 && text[next] == '\n') {
				t.Errorf("%q: span %v does not follow offset %d", c.text, s, next)
			}
			next = s.End
		}
		if next != len(text) {
			t.Errorf("%q: the spans end at %d of %d", c.text, next, len(text))
		}
		if len(got) != len(c.want) {
			t.Errorf("%q at %v: %q, want %q", c.text, c.width, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q at %v: %q, want %q", c.text, c.width, got, c.want)
				break
			}
		}
	}
}
