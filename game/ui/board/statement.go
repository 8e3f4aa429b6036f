package board

import (
	"fmt"
	"image"
	"slices"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/widget"

	"github.com/hajimehoshi/ebiten/v2"
)

// statement is the statement dialog: take a public position on an issue
// (insist on an option, or rule one out), or, on an issue the player
// controls, move it now.
type statement struct {
	*modal
	// find lists every option of every issue, "The radar → Delay", with
	// a search box; choices are its rows' issue and option.
	find    *widget.SearchList
	choices []issueOption
	issue   int // the issue of the selected row, whose stances are offered
	stance  *chipSet
	kinds   []stanceKind

	msg                     string
	msgBad                  bool
	capFind, capStance, txt image.Rectangle
	msgBox                  image.Rectangle
}

// issueOption is one row of the statement dialog: an issue and one of its
// options, by index.
type issueOption struct{ issue, option int }

// stanceKind is what the statement dialog orders.
type stanceKind int

const (
	stanceInsist stanceKind = iota
	stanceRuleOut
	stanceMove
)

var stanceWords = map[stanceKind]struct{ label, text string }{
	stanceInsist:  {"Insist on", "Say in public that you will hold out for this option. Others read your priorities from it; backing down later costs support at home and face — an audience cost."},
	stanceRuleOut: {"Rule out", "Say in public that you will never accept this option. It strengthens your hand, and ties it: accepting it later costs support at home and face."},
	stanceMove:    {"Move it now", "You control this issue: set it yourself, this turn, without asking anyone. Some options need others' consent or a vote first."},
}

// openStatement opens the statement dialog on issue i.
func (b *Board) openStatement(ctx *ui.Context, i int) {
	if b.snap == nil || b.snap.v == nil || len(b.snap.v.Scenario.Issues) == 0 {
		return
	}
	ctx.Push(b.newStatement(i))
}

func (b *Board) newStatement(i int) *statement {
	v := b.snap.v
	s := &statement{modal: newModal(b, "Take a position", 640, 492), issue: -1}
	s.find = widget.NewSearchList(widget.SearchListConfig{Name: "positions", Placeholder: "Type to search",
		Empty:    "No issue or option holds those words.",
		Tooltip:  "The issue you speak about and the option: type words of either to find it; Up and Down choose; Enter goes on to what you do.",
		OnSelect: func(*ui.Context, int) { s.issueChanged() },
		OnChoose: func(*ui.Context, int) { s.form.Focus(s.stance) }})
	s.find.List.Text = b.paint.text
	s.find.List.RowH = func(th *ui.Theme, i, w int) int { return th.Pxi(termRowH) }
	var rows []string
	for k, is := range v.Scenario.Issues {
		for j, o := range is.Options {
			row := is.Name + " → " + o.Name
			if k < len(v.Options) && j == v.Options[k] {
				row += " (as now)"
			}
			s.choices = append(s.choices, issueOption{k, j})
			rows = append(rows, row)
		}
	}
	s.find.SetItems(rows)
	i = max(0, i)
	s.find.Select(slices.Index(s.choices, issueOption{i, v.Options[i]}))
	s.stance = &chipSet{p: b.paint, single: true, size: 13, onToggle: func(*ui.Context, int) { s.validate() }}
	s.stance.Tip = "What you say, or do."
	s.confirm.text = "Add to this turn's orders"
	s.confirm.onClick = func(ctx *ui.Context) { s.submit(ctx) }
	s.confirm.Tip = "Put it among this turn's orders. Nothing happens until you end the turn."
	s.form.Add(s.find, s.stance, s.cancel, s.confirm)
	s.arrange = s.place
	s.paint = s.drawExtras
	s.issueChanged()
	return s
}

// chosen is the selected row's issue and option.
func (s *statement) chosen() (issueOption, bool) {
	if i := s.find.Selected(); i >= 0 && i < len(s.choices) {
		return s.choices[i], true
	}
	return issueOption{}, false
}

// issueChanged offers the stances the selected row's issue allows, when
// the selection moved to another issue, and checks the order.
func (s *statement) issueChanged() {
	v := s.b.snap.v
	ch, ok := s.chosen()
	if !ok || ch.issue == s.issue {
		s.validate()
		return
	}
	s.issue = ch.issue
	prev := stanceInsist
	if k := s.selectedStance(); k >= 0 {
		prev = s.kinds[k]
	}
	s.kinds = []stanceKind{stanceInsist, stanceRuleOut}
	if v.Controller[ch.issue] == v.Me {
		s.kinds = append(s.kinds, stanceMove)
	}
	var chips []chip
	for _, k := range s.kinds {
		chips = append(chips, chip{label: stanceWords[k].label, tip: stanceWords[k].text, on: k == prev})
	}
	if prev == stanceMove && len(s.kinds) < 3 {
		chips[0].on = true
	}
	s.stance.chips = chips
	s.relayout()
	s.validate()
}

func (s *statement) selectedStance() int {
	if s.stance == nil {
		return -1
	}
	for k, c := range s.stance.chips {
		if c.on {
			return k
		}
	}
	return -1
}

// order is the order the dialog describes.
func (s *statement) order() game.Order {
	v := s.b.snap.v
	ch, _ := s.chosen()
	is := v.Scenario.Issues[ch.issue]
	opt := is.Options[ch.option].ID
	k := stanceInsist
	if i := s.selectedStance(); i >= 0 {
		k = s.kinds[i]
	}
	switch k {
	case stanceMove:
		return game.Order{Kind: game.OrderMove, Issue: is.ID, Option: opt}
	case stanceRuleOut:
		return game.Order{Kind: game.OrderStatement, Issue: is.ID, Option: opt, Oppose: true}
	}
	return game.Order{Kind: game.OrderStatement, Issue: is.ID, Option: opt}
}

func (s *statement) validate() {
	b := s.b
	v := b.snap.v
	if _, ok := s.chosen(); !ok {
		s.msg, s.msgBad, s.confirm.Disabled = "Choose an issue and an option from the list.", true, true
		return
	}
	o := s.order()
	orders, idx := b.orders.with(o)
	err := b.cfg.seat().Check(b.cfg.Actor, orders)
	s.msgBad = err != nil
	s.confirm.Disabled = err != nil
	if err != nil {
		s.msg = plainError(v, err, orders, idx)
		return
	}
	spent := 0
	for _, x := range orders {
		spent += x.Cost(v.Rules)
	}
	s.msg = fmt.Sprintf("Ready: “%s”. It costs %s; %d of %d left this turn after it.",
		orderText(v, o), plural(o.Cost(v.Rules), "point", "points"), v.Capital-spent, v.Capital)
}

func (s *statement) submit(ctx *ui.Context) {
	s.validate()
	if s.msgBad {
		return
	}
	if s.b.addOrder(s.order()) {
		ctx.Pop()
	}
}

// place lays the dialog out: the list of issues and options takes what
// the stances, their words and the verdict leave, two to four rows under
// its search box (the dialog opens on the issue's row: the rest is found
// by typing).
func (s *statement) place(th *ui.Theme, body image.Rectangle) {
	capH, rowH := th.Pxi(ui.SpaceSection), th.Pxi(statementRowH)
	txtH := int(3 * th.LineHeight(ui.TextSmall))
	y := body.Min.Y
	s.capFind = image.Rect(body.Min.X, y, body.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	below := th.Pxi(ui.SpaceBlock) + capH + th.Pxi(ui.SpaceSnug) + th.Pxi(rowStackRowH) + th.Pxi(ui.SpaceLine) +
		txtH + th.Pxi(ui.MetricPad) + th.Pxi(statementVerdictH)
	termH := th.Pxi(termRowH)
	rows := min(4, max(2, (body.Max.Y-y-rowH-below)/termH))
	s.find.Place(image.Rect(body.Min.X, y, body.Max.X, y+rowH+rows*termH), rowH)
	y += rowH + rows*termH + th.Pxi(ui.SpaceBlock)
	s.capStance = image.Rect(body.Min.X, y, body.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	s.stance.SetBounds(image.Rect(body.Min.X+th.Pxi(ui.SpaceLine), y, body.Max.X, y+th.Pxi(rowStackRowH)))
	y += s.stance.Height(th) + th.Pxi(ui.SpaceLine)
	s.txt = image.Rect(body.Min.X+th.Pxi(ui.SpaceLine), y, body.Max.X, y+txtH)
	y = s.txt.Max.Y + th.Pxi(ui.MetricPad)
	s.msgBox = image.Rect(body.Min.X, y, body.Max.X, body.Max.Y)
}

func (s *statement) drawExtras(dst *ebiten.Image, th *ui.Theme) {
	s.caption(dst, th, "Issue and option", s.capFind)
	s.caption(dst, th, "What you do", s.capStance)
	k := stanceInsist
	if i := s.selectedStance(); i >= 0 {
		k = s.kinds[i]
	}
	s.b.paint.text(dst, stanceWords[k].text, s.txt, ui.TextOptions{Face: th.FaceOf(ui.FontRegular, 13), Color: th.Palette.TextMuted, Wrap: true})
	drawVerdict(dst, th, s.b.paint, s.msgBox, s.msg, s.msgBad)
}
