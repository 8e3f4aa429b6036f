// Package textwrap breaks text into lines that fit a width and shortens
// text that does not fit. It is pure: widths come from a Measure function, so
// it is tested without a window and works for any font and any script.
package textwrap

import (
	"math"
	"strings"
	"unicode"
)

// Ellipsis is appended to text that was cut short.
const Ellipsis = "…"

// Measure returns the width of s when drawn on one line.
type Measure func(s string) float64

// Wrap breaks s into lines no wider than width. Explicit newlines always
// start a new line (an empty paragraph gives an empty line); runs of spaces
// between words collapse to one; a word wider than width is broken between
// characters. Every line holds at least one character, so Wrap never loops
// even when width is smaller than a single glyph.
func Wrap(s string, width float64, measure Measure) []string {
	return wrap(s, width, measure, math.MaxInt)
}

// wrap is Wrap that stops once it has limit lines: Fit keeps only a few
// lines of what may be a long text, and the lines after them need no
// measuring (greedy wrapping never changes a line for what follows it).
func wrap(s string, width float64, measure Measure, limit int) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		if len(lines) >= limit {
			break
		}
		lines = append(lines, wrapParagraph(para, width, measure, limit-len(lines))...)
	}
	return lines
}

// wrapParagraph wraps one paragraph greedily, in at most limit lines. It
// adds up the widths of a line's words, each measured once with the space
// before it, instead of measuring the whole line again for every word it
// tries: that made wrapping quadratic in a line's length, and shaping every
// candidate line of a briefing held the browser for seconds (issue 13).
// The sum is the line's width for fonts that do not kern across a space, as
// the game's do not (TestSumOfWordsIsLineWidth in package ui); each line of
// more than one word is still measured whole once, and should one be too
// wide the paragraph is wrapped again measuring whole lines.
func wrapParagraph(para string, width float64, measure Measure, limit int) []string {
	lines, ok := wrapWords(para, width, measure, limit, false)
	if !ok {
		lines, _ = wrapWords(para, width, measure, limit, true)
	}
	return lines
}

// wrapWords is wrapParagraph's greedy loop: whole lines are measured when
// exact, else word widths are added up and ok reports whether every line
// so built fits.
func wrapWords(para string, width float64, measure Measure, limit int, exact bool) (lines []string, ok bool) {
	words := strings.Fields(para)
	if len(words) == 0 {
		return []string{""}, true
	}
	line, lineW, joined := "", 0.0, false
	// end closes the line; it reports false when a summed line is too wide.
	end := func() bool {
		lines = append(lines, line)
		return exact || !joined || measure(line) <= width
	}
	for _, w := range words {
		if line != "" {
			candidate := line + " " + w
			var cw float64
			if exact {
				cw = measure(candidate)
			} else {
				cw = lineW + measure(" "+w)
			}
			if cw <= width {
				line, lineW, joined = candidate, cw, true
				continue
			}
			if !end() {
				return nil, false
			}
			if len(lines) >= limit {
				return lines, true
			}
		}
		// w starts a line; break it while it is too wide on its own.
		ww := measure(w)
		for ww > width {
			head, tail := splitToFit(w, width, measure)
			if tail == "" {
				break
			}
			lines = append(lines, head)
			if len(lines) >= limit {
				return lines, true
			}
			w, ww = tail, measure(tail)
		}
		line, lineW, joined = w, ww, false
	}
	return lines, end()
}

// splitToFit returns the longest prefix of s that fits width (at least one
// character, plus any combining marks after it) and the rest. Prefixes are
// measured by binary search, as width grows with length.
func splitToFit(s string, width float64, measure Measure) (head, tail string) {
	cuts := breakPoints(s)
	lo, hi := 0, len(cuts)-1 // cuts[lo] always fits or is the minimum
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(s[:cuts[mid]]) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return s[:cuts[lo]], s[cuts[lo]:]
}

// breakPoints lists the byte offsets after each character at which s may be
// broken, never before a combining mark (so "é" written as e + U+0301 stays
// whole). The first entry is the end of the first character.
func breakPoints(s string) []int {
	var cuts []int
	for i, r := range s {
		if i > 0 && !unicode.Is(unicode.Mn, r) {
			cuts = append(cuts, i)
		}
	}
	cuts = append(cuts, len(s))
	return cuts
}

// Ellipsize returns s when it fits width, or else the longest prefix of s
// that fits together with an Ellipsis. When not even the Ellipsis fits it
// returns "".
func Ellipsize(s string, width float64, measure Measure) string {
	if measure(s) <= width {
		return s
	}
	if measure(Ellipsis) > width {
		return ""
	}
	cuts := append([]int{0}, breakPoints(s)...)
	lo, hi := 0, len(cuts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if measure(strings.TrimRight(s[:cuts[mid]], " ")+Ellipsis) <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(s[:cuts[lo]], " ") + Ellipsis
}

// Fit wraps s to width and keeps at most maxLines lines; when lines were
// dropped the last kept line ends with an Ellipsis. truncated reports whether
// anything was left out. maxLines <= 0 keeps nothing.
func Fit(s string, width float64, maxLines int, measure Measure) (lines []string, truncated bool) {
	all := wrap(s, width, measure, max(maxLines, 0)+1)
	if len(all) <= maxLines {
		return all, false
	}
	if maxLines <= 0 {
		return nil, true
	}
	lines = all[:maxLines:maxLines]
	lines[maxLines-1] = ellipsizeForced(lines[maxLines-1], width, measure)
	return lines, true
}

// ellipsizeForced ends s with an Ellipsis, shortening s as needed to fit
// width, even when s alone would fit.
func ellipsizeForced(s string, width float64, measure Measure) string {
	if measure(s+Ellipsis) <= width {
		return s + Ellipsis
	}
	// s+Ellipsis does not fit, so Ellipsize keeps a strict prefix of s.
	return Ellipsize(s+Ellipsis, width, measure)
}
