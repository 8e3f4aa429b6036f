package board

import (
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// termRowH is the height of a term's row, in the package and on offer.
const termRowH = 28

// termChoice is a term the offer builder can add: a government, one of
// the issues it decides, and an option of it.
type termChoice struct {
	actor         string
	issue, option int
}

// newTermFinder returns the offer builder's list of terms with its search
// box: every option of every issue that the player or a recipient
// decides, found by typing part of its words.
func (c *compose) newTermFinder() *widget.SearchList {
	s := widget.NewSearchList(widget.SearchListConfig{Name: "terms", Placeholder: "Type to find a term: “sanctions support”",
		Empty:    "No term holds those words: the issues listed are those you or a recipient decide.",
		Tooltip:  "The terms you can offer: type words of an issue or an option to find one; Up and Down choose; Enter or a second click adds it. Only issues that you or a recipient decide are listed: a term can promise only what its government controls.",
		OnChoose: func(ctx *ui.Context, i int) { c.addTerm(i) }})
	s.List.Text = c.b.paint.text
	s.List.RowH = func(th *ui.Theme, i, w int) int { return th.Pxi(termRowH) }
	s.DrawRow = c.drawChoice
	return s
}

// listTerms offers the terms the parties can deliver, grouped by who
// decides them (the player first), keeping the chosen one when it stays;
// at first, the issue selected on the board with an option other than
// the current one.
func (c *compose) listTerms() {
	v := c.b.snap.v
	var keep *termChoice
	if i := c.find.Selected(); i >= 0 && i < len(c.choices) {
		k := c.choices[i]
		keep = &k
	}
	c.choices = c.choices[:0]
	var rows []string
	for _, id := range c.whoIDs {
		a := actorIndex(v, id)
		for i, is := range v.Scenario.Issues {
			if i >= len(v.Controller) || v.Controller[i] != a || v.Scenario.Irreversible(i, v.Options[i]) {
				continue // another's to promise, or settled for good
			}
			for j, o := range is.Options {
				row := shortName(v, id) + ": " + is.Name + " → " + o.Name
				if j == v.Options[i] {
					row += " (as now)"
				}
				c.choices = append(c.choices, termChoice{actor: id, issue: i, option: j})
				rows = append(rows, row)
			}
		}
	}
	c.find.SetItems(rows)
	for k, ch := range c.choices {
		if keep != nil && ch == *keep || keep == nil && ch.issue == c.b.issues.Selected && ch.option != v.Options[ch.issue] {
			c.find.Select(k)
			break
		}
	}
	c.validate()
}

// addTerm adds choice i to the package, replacing any term on the same
// issue for the same government, and empties the search for the next.
func (c *compose) addTerm(i int) {
	if i < 0 || i >= len(c.choices) {
		return
	}
	v := c.b.snap.v
	ch := c.choices[i]
	is := v.Scenario.Issues[ch.issue]
	t := game.Term{Actor: ch.actor, Issue: is.ID, Option: is.Options[ch.option].ID,
		Vague: c.flags.chips[0].on, Secret: c.flags.chips[1].on}
	c.find.Clear()
	for k, x := range c.terms {
		if x.Actor == t.Actor && x.Issue == t.Issue {
			c.terms[k] = t
			c.termList.Selected = k
			c.validate()
			return
		}
	}
	c.terms = append(c.terms, t)
	c.termList.Selected = len(c.terms) - 1
	c.validate()
}

// drawChoice draws one term on offer: the colour of the government it
// binds, then its words.
func (c *compose) drawChoice(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs widget.RowState) {
	pal := th.Palette
	drawRowBack(dst, th, r, rs)
	clr := pal.Text
	if rs.Selected {
		clr = pal.AccentBright
	}
	tb := image.Rect(c.termDisc(dst, th, r, c.choices[i].actor), r.Min.Y, r.Max.X-th.Pxi(ui.SpaceLine), r.Max.Y)
	// A long name gives way to the government's code, then to an
	// ellipsis: the row's tooltip says it in full.
	face := th.FaceOf(ui.FontRegular, 13)
	full := c.find.Items[i]
	short := tokenCode(c.choices[i].actor) + full[strings.Index(full, ": "):]
	c.b.paint.text(dst, ui.FirstFit(face, float64(tb.Dx()), full, short), tb,
		ui.TextOptions{Face: face, Color: clr, VAlign: ui.AlignCenter, Abridged: true})
}
