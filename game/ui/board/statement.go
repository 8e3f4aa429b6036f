package board

import (
	"fmt"
	"image"

	"backchannel/game"
	"backchannel/game/ui"

	"github.com/hajimehoshi/ebiten/v2"
)

// statement is the statement dialog: take a public position on an issue
// (insist on an option, or rule one out), or, on an issue the player
// controls, move it now.
type statement struct {
	*modal
	issue  *picker
	stance *chipSet
	option *picker
	kinds  []stanceKind

	msg                              string
	msgBad                           bool
	capIssue, capStance, capOpt, txt image.Rectangle
	msgBox                           image.Rectangle
}

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
	s := &statement{modal: newModal(b, "Take a position", 640, 470)}
	var issues []string
	for _, is := range v.Scenario.Issues {
		issues = append(issues, is.Name)
	}
	s.issue = &picker{p: b.paint, labelW: 0, onChange: func(*ui.Context, int) { s.issueChanged() }}
	s.issue.set(issues, max(0, i))
	s.issue.Tip = "The issue you speak about."
	s.stance = &chipSet{p: b.paint, single: true, size: 13, onToggle: func(*ui.Context, int) { s.validate() }}
	s.stance.Tip = "What you say, or do."
	s.option = &picker{p: b.paint, labelW: 0, onChange: func(*ui.Context, int) { s.validate() }}
	s.option.Tip = "The option you insist on, rule out, or move the issue to."
	s.confirm.text = "Add to this turn's orders"
	s.confirm.onClick = func(ctx *ui.Context) { s.submit(ctx) }
	s.confirm.Tip = "Put it among this turn's orders. Nothing happens until you end the turn."
	s.form.Add(s.issue, s.stance, s.option, s.cancel, s.confirm)
	s.arrange = s.place
	s.paint = s.drawExtras
	s.issueChanged()
	return s
}

// issueChanged offers the stances the issue allows and its options.
func (s *statement) issueChanged() {
	v := s.b.snap.v
	i := s.issue.sel
	prev := stanceInsist
	if k := s.selectedStance(); k >= 0 {
		prev = s.kinds[k]
	}
	s.kinds = []stanceKind{stanceInsist, stanceRuleOut}
	if v.Controller[i] == v.Me {
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
	var opts []string
	for _, o := range v.Scenario.Issues[i].Options {
		opts = append(opts, o.Name)
	}
	s.option.set(opts, v.Options[i])
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
	is := v.Scenario.Issues[s.issue.sel]
	opt := ""
	if s.option.sel >= 0 && s.option.sel < len(is.Options) {
		opt = is.Options[s.option.sel].ID
	}
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

func (s *statement) place(th *ui.Theme, body image.Rectangle) {
	capH, rowH := th.Pxi(ui.SpaceSection), th.Pxi(statementRowH)
	y := body.Min.Y
	s.capIssue = image.Rect(body.Min.X, y, body.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	s.issue.SetBounds(image.Rect(body.Min.X, y, body.Max.X, y+rowH))
	y += rowH + th.Pxi(ui.SpaceBlock)
	s.capStance = image.Rect(body.Min.X, y, body.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	s.stance.SetBounds(image.Rect(body.Min.X+th.Pxi(ui.SpaceLine), y, body.Max.X, y+th.Pxi(rowStackRowH)))
	y += s.stance.Height(th) + th.Pxi(ui.SpaceLine)
	s.txt = image.Rect(body.Min.X+th.Pxi(ui.SpaceLine), y, body.Max.X, y+int(3*th.LineHeight(ui.TextSmall)))
	y = s.txt.Max.Y + th.Pxi(ui.SpaceLine)
	s.capOpt = image.Rect(body.Min.X, y, body.Max.X, y+capH)
	y += capH + th.Pxi(ui.SpaceSnug)
	s.option.SetBounds(image.Rect(body.Min.X, y, body.Max.X, y+rowH))
	y += rowH + th.Pxi(ui.MetricPad)
	s.msgBox = image.Rect(body.Min.X, y, body.Max.X, body.Max.Y)
}

func (s *statement) drawExtras(dst *ebiten.Image, th *ui.Theme) {
	s.caption(dst, th, "Issue", s.capIssue)
	s.caption(dst, th, "What you do", s.capStance)
	s.caption(dst, th, "Option", s.capOpt)
	k := stanceInsist
	if i := s.selectedStance(); i >= 0 {
		k = s.kinds[i]
	}
	s.b.paint.text(dst, stanceWords[k].text, s.txt, ui.TextOptions{Face: th.FaceOf(ui.FontRegular, 13), Color: th.Palette.TextMuted, Wrap: true})
	drawVerdict(dst, th, s.b.paint, s.msgBox, s.msg, s.msgBad)
}
