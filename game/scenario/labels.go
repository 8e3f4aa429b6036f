package scenario

import (
	"fmt"
	"unicode/utf8"
)

// The board at 100% scale in a 1280×720 window, as game/ui/board lays it
// out: an issue row 320 pixels wide; the name beside a 22-pixel token; the
// options share the row less 22 pixels of margins and 3-pixel gaps, each
// button keeps 3 pixels of padding a side, and buttons narrower than 46
// pixels carry no text at all. Text averages about 7.5 pixels a character
// for issue names (14 px) and 6 for option buttons (10.5 px, the size the
// board falls back to before it cuts). A label longer than these budgets
// will be cut with an ellipsis.
const (
	boardRowWidth   = 320
	boardIssueChars = (boardRowWidth - 22 - 22 - 8) * 2 / 15
	boardOptionChar = 6.0
)

// optionChars is how many characters fit on each of n option buttons, or 0
// when the buttons are too narrow to carry text.
func optionChars(n int) int {
	seg := (boardRowWidth - 22 - 3*(n-1)) / n
	if seg < 46 {
		return 0
	}
	return int(float64(seg-6) / boardOptionChar)
}

// lintLabels warns about labels the board would cut: a label is meant to
// fit, so a cut one defeats its purpose.
func (c *checker) lintLabels() {
	const where = "at 100% scale in a 1280×720 window"
	for i, is := range c.f.Issues {
		p := joinIndex("issues", i)
		if n := utf8.RuneCountInString(is.Label); n > boardIssueChars {
			c.r.warnVal(joinKey(p, "label"), fmt.Sprintf("keep it to %d characters", boardIssueChars),
				"the label of issue %s (%d characters) will be cut on the board %s", is.ID, n, where)
		}
		fit := optionChars(len(is.Options))
		for k, o := range is.Options {
			if n := utf8.RuneCountInString(o.Label); n > fit && fit > 0 {
				c.r.warnVal(joinKey(joinIndex(joinKey(p, "options"), k), "label"),
					fmt.Sprintf("with %d options, keep it to %d characters", len(is.Options), fit),
					"the label of option %s (%d characters) will be cut on the board %s", o.ID, n, where)
			}
		}
	}
}
