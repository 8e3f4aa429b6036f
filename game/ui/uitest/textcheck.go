package uitest

import (
	"fmt"
	"image"
	"regexp"

	"backchannel/game/ui"
)

// TextProblem is one thing wrong with the text of a frame.
type TextProblem struct {
	Kind string // "cut", "overlap", "id" or "grammar"
	Text string
	Note string
}

func (p TextProblem) String() string { return fmt.Sprintf("%s: %q %s", p.Kind, p.Text, p.Note) }

// internalID matches engine ids that must never reach a player: offers
// ("o12"), agreements ("a3"), intelligence reports ("i1"), dilemmas
// ("d2"), on their own as words.
var internalID = regexp.MustCompile(`(^|[^\w'’-])([oaid][0-9]+)($|[^\w'’-])`)

// brokenGrammar lists phrasings a careless sprintf produces.
var brokenGrammar = []*regexp.Regexp{
	regexp.MustCompile(`(^|[^0-9.,])1 (points|turns|letters|items|terms|days|votes|governments|matters|offers)\b`),
	regexp.MustCompile(`(^|[^0-9.,])1 (need|await|wait)\b`),
	regexp.MustCompile(`(^|[^0-9.,])([02-9]|[0-9]{2,}) (point|turn|letter|item|term|day|government|matter|offer) (awaits|needs)\b`),
	regexp.MustCompile(`\bPlayed by [A-Z]{2,5}\b`),
	regexp.MustCompile(`\b(Fulfil|Renege on|Insist on|Rule out) (None|a term)\b`),
	regexp.MustCompile(`\b[0-9]+\.[0-9]*0%`), // "57.50%"
	regexp.MustCompile(`%!`),                 // a fmt error
	regexp.MustCompile(`\b(a|an) (a|an|the)\b`),
}

// CheckText lists what is wrong with the visible text of rec's last frame:
// cut text, texts whose ink overlaps, internal ids and broken grammar.
func CheckText(rec *ui.TextRecord) []TextProblem {
	var out []TextProblem
	vis := rec.Visible()
	for i, a := range vis {
		if a.Cut {
			out = append(out, TextProblem{"cut", a.Text, fmt.Sprintf("ink %v in box %v, clip %v", a.Ink, a.Box, a.Clip)})
		}
		if m := internalID.FindStringSubmatch(a.Text); m != nil {
			out = append(out, TextProblem{"id", a.Text, "shows " + m[2]})
		}
		for _, g := range brokenGrammar {
			if m := g.FindString(a.Text); m != "" {
				out = append(out, TextProblem{"grammar", a.Text, "reads " + m})
			}
		}
		for _, b := range vis[i+1:] {
			if overlap(a.Ink, b.Ink) {
				out = append(out, TextProblem{"overlap", a.Text, fmt.Sprintf("at %v over %q at %v", a.Ink, b.Text, b.Ink)})
			}
		}
	}
	return out
}

// overlap reports ink boxes sharing more than a sliver: line boxes hold
// the font's whole ascent and descent, so neighbours in a tight list may
// touch by a pixel or two without any glyph meeting another.
func overlap(a, b image.Rectangle) bool {
	in := a.Intersect(b)
	if in.Empty() {
		return false
	}
	minH := min(a.Dy(), b.Dy())
	return in.Dx() > 2 && in.Dy() > minH/3
}
