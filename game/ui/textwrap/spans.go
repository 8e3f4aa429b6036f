package textwrap

// Span is one line of a text being edited, in rune offsets: the line shows
// text[Start:End]. A line that a newline ends stops before it.
type Span struct{ Start, End int }

// Spans breaks text into lines no wider than width, as Wrap does, for a
// text field: unlike Wrap it keeps every character where it is (spaces are
// not collapsed, a line's trailing spaces stay on it and may pass the
// width), so that a caret offset maps to a line and back. Explicit newlines
// start a new line; a word wider than width is broken between characters;
// every line that is not empty holds at least one character.
func Spans(text []rune, width float64, measure Measure) []Span {
	var out []Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			out = spanParagraph(out, text, start, i, width, measure)
			start = i + 1
		}
	}
	return out
}

// spanParagraph appends the lines of text[start:end], a paragraph, greedily.
// It measures each line once per character it tries: a field's text is
// short (a covering note is 280 characters at most).
func spanParagraph(out []Span, text []rune, start, end int, width float64, measure Measure) []Span {
	if start == end {
		return append(out, Span{start, end})
	}
	for s := start; s < end; {
		e := s + 1
		for e < end && (text[e] == ' ' || measure(string(text[s:e+1])) <= width) {
			e++
		}
		if e < end {
			// Break after the last space of the line, when it has one.
			for k := e; k > s+1; k-- {
				if text[k-1] == ' ' {
					e = k
					break
				}
			}
		}
		out = append(out, Span{s, e})
		s = e
	}
	return out
}
