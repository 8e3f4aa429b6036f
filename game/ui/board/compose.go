package board

import (
	"fmt"
	"image"
	"math"
	"slices"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// compose is the compose-offer dialog: recipients, a package of terms,
// the linkage and the channel, checked against the rules as it is written.
// As a counter-offer it answers one offer, to that offer's other parties.
type compose struct {
	*modal
	counterTo string
	fixedTo   []string

	to       *chipSet
	toIDs    []string
	termList *rowList
	terms    []game.Term
	who      *picker
	whoIDs   []string
	issue    *picker
	// issueIdx maps the issue picker's entries to the scenario's issues:
	// only the issues that the player or a recipient decides, grouped by
	// who decides them, since no one can promise what another controls.
	issueIdx []int
	option   *picker
	flags    *chipSet // loosely worded, secret
	add      *button
	linkage  *picker
	channel  *picker
	note     *widget.TextInput
	links    []game.Linkage
	chans    []game.Channel

	msg    string
	msgBad bool
	ver    int // counts changes to the terms, for the list's picture
	// Laid-out areas of the captions and texts the dialog draws itself.
	capTo, capTerms, capAdd, capLink, capChan, capNote image.Rectangle
	linkText, chanText, msgBox                         image.Rectangle
}

// openCompose opens the compose dialog; counterTo names the offer it
// answers, or is "" for a new offer.
func (b *Board) openCompose(ctx *ui.Context, counterTo string) {
	if b.snap == nil || b.snap.v == nil {
		return
	}
	ctx.Push(b.newCompose(counterTo))
}

func (b *Board) newCompose(counterTo string) *compose {
	v := b.snap.v
	c := &compose{modal: newModal(b, "Write an offer", 900, 560), counterTo: counterTo}
	c.links = []game.Linkage{game.LinkNone, game.LinkImplicit, game.LinkExplicit}
	c.chans = []game.Channel{game.ChannelPrivate}
	if len(v.Forums) > 0 {
		c.chans = append(c.chans, game.ChannelForum)
	}
	c.chans = append(c.chans, game.ChannelPublic)

	// Recipients: everyone else; for a counter, the other parties, fixed.
	var orig *game.Offer
	if counterTo != "" {
		orig = v.Offer(counterTo)
	}
	var chips []chip
	for i, a := range v.Scenario.Actors {
		if i == v.Me {
			continue
		}
		c.toIDs = append(c.toIDs, a.ID)
		chips = append(chips, chip{label: shortName(v, a.ID), colour: actorColour(b.palette(), a.Colour, i),
			tip: fmt.Sprintf("Send it to %s. Terms may bind only you and the recipients.", a.Name)})
	}
	if orig != nil {
		c.title = "Counter-offer to " + shortName(v, orig.From)
		c.fixedTo = append([]string{orig.From}, without(orig.To, v.Actor)...)
		for k, id := range c.toIDs {
			chips[k].on = contains(c.fixedTo, id)
			chips[k].disabled = true
		}
		c.terms = append(c.terms, orig.Terms...)
	} else if b.selected >= 0 && b.selected != v.Me {
		for k, id := range c.toIDs {
			chips[k].on = id == v.Scenario.Actors[b.selected].ID
		}
	}
	c.to = &chipSet{p: b.paint, chips: chips, size: 13, onToggle: func(ctx *ui.Context, i int) { c.recipientsChanged() }}
	c.to.Tip = "Who receives it. Space or Enter adds or removes the highlighted government; click to do the same."

	c.termList = newRowList("terms", b.paint, "No terms yet: add what each side would do, below.")
	c.termList.NoClickActivate = true
	c.termList.Tip = "The package. Enter or Delete removes the selected term; so does its ×."
	c.termList.Count = func() int { return len(c.terms) }
	c.termList.version = func() int { return c.ver }
	c.termList.RowH = func(th *ui.Theme, i, w int) int { return th.Pxi(28) }
	c.termList.DrawRow = c.drawTerm
	c.termList.RowTip = func(i int) string { return termText(v, c.terms[i]) + ". Enter, Delete or × removes it." }
	c.termList.OnActivate = func(ctx *ui.Context, i int) { c.removeTerm(i) }
	c.termList.OnClick = func(ctx *ui.Context, i int, at image.Point) bool {
		if at.X >= c.termList.Rect.Max.X-ctx.Theme.Pxi(30) {
			c.removeTerm(i)
			return true
		}
		return false
	}

	c.who = &picker{p: b.paint, label: "Who", labelW: 66, onChange: func(*ui.Context, int) { c.validate() }}
	c.who.Tip = "Which government the term binds: whoever decides the issue. It follows the issue you choose."
	c.who.Disabled = true
	c.issue = &picker{p: b.paint, label: "Issue", labelW: 66, onChange: func(*ui.Context, int) { c.issueChanged() }}
	c.issue.Tip = "The issue the term settles. Only issues that you or a recipient decide are offered: a term can promise only what its government controls. Type part of a name to jump to it; ← → step."
	c.option = &picker{p: b.paint, label: "Option", labelW: 66}
	c.option.Tip = "The option it is set to. Type part of a name to jump to it; ← → step."
	c.flags = &chipSet{p: b.paint, size: 12, chips: []chip{{label: "Loosely worded",
		tip: "A vague term leaves wiggle room: easier to agree, but its fulfilment is verified later and may be disputed."},
		{label: "Secret", tip: "Only the governments in the offer learn this term, even if the offer is public. It can still leak, and its coming out may cost someone face."}}}
	c.add = &button{p: b.paint, text: "+ Add term", onClick: func(*ui.Context) { c.addTerm() }}
	c.add.Tip = "Add this term to the package (replacing any term on the same issue for the same government)."

	c.linkage = &picker{p: b.paint, labelW: 0, onChange: func(*ui.Context, int) { c.validate() }}
	var ln []string
	for _, l := range c.links {
		ln = append(ln, linkageTitle(l))
	}
	c.linkage.set(ln, 1)
	c.linkage.Tip = "How openly the terms are tied together. Explicit is clear but costly if it leaks; implicit is deniable."
	c.channel = &picker{p: b.paint, labelW: 0, onChange: func(*ui.Context, int) { c.validate() }}
	var cn []string
	for _, ch := range c.chans {
		cn = append(cn, channelTitle(ch))
	}
	c.channel.set(cn, 0)
	c.channel.Tip = "How it travels: a private letter (arrives next turn), a meeting at an open summit (arrives at once, answered next turn), or in public."
	if orig != nil {
		for k, l := range c.links {
			if l == orig.Linkage {
				c.linkage.sel = k
			}
		}
		for k, ch := range c.chans {
			if ch == orig.Channel {
				c.channel.sel = k
			}
		}
	}
	c.note = widget.NewTextInput(widget.TextInputConfig{Placeholder: "A covering note, in your own words (optional)", MaxLen: 280,
		Tooltip: "Words that go with the terms. The other side reads them; the press may too."})

	c.confirm.text = "Add to this turn's orders"
	c.confirm.onClick = func(ctx *ui.Context) { c.submit(ctx) }
	c.confirm.Tip = "Put this offer among this turn's orders. Nothing is sent until you end the turn."
	c.form.Add(c.to, c.termList, c.who, c.issue, c.option, c.flags, c.add, c.linkage, c.channel, c.note, c.cancel, c.confirm)
	c.arrange = c.place
	c.paint = c.drawExtras
	c.recipientsChanged()
	return c
}

// shortenRecipients labels the recipients by their codes when their names
// would take more than two lines: a dozen governments with long names
// would leave no room for the terms. The tooltips keep the full names.
func (c *compose) shortenRecipients(th *ui.Theme) {
	v := c.b.snap.v
	for k, id := range c.toIDs {
		c.to.chips[k].label = shortName(v, id)
	}
	if c.to.Height(th) <= 2*th.Pxi(28)+th.Pxi(ui.SpaceSmall) {
		return
	}
	for k, id := range c.toIDs {
		c.to.chips[k].label = tokenCode(id)
	}
}

func without(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// recipients are the chosen recipients' ids.
func (c *compose) recipients() []string {
	if c.counterTo != "" {
		return c.fixedTo
	}
	var out []string
	for k, ch := range c.to.chips {
		if ch.on {
			out = append(out, c.toIDs[k])
		}
	}
	return out
}

// recipientsChanged offers the player and the recipients as who a term
// binds.
func (c *compose) recipientsChanged() {
	v := c.b.snap.v
	prev := ""
	if c.who.sel >= 0 && c.who.sel < len(c.whoIDs) {
		prev = c.whoIDs[c.who.sel]
	}
	c.whoIDs = append([]string{v.Actor}, c.recipients()...)
	var opts []string
	sel := 0
	for k, id := range c.whoIDs {
		name := shortName(v, id)
		if id == v.Actor {
			name += " (you)"
		}
		opts = append(opts, name)
		if id == prev {
			sel = k
		}
	}
	c.who.set(opts, sel)
	c.listIssues()
}

// listIssues offers the issues the parties can deliver, grouped by who
// decides them (the player first), keeping the chosen one when it stays.
func (c *compose) listIssues() {
	v := c.b.snap.v
	keep := -1
	if c.issue.sel >= 0 && c.issue.sel < len(c.issueIdx) {
		keep = c.issueIdx[c.issue.sel]
	} else if c.b.issues.Selected >= 0 {
		keep = c.b.issues.Selected
	}
	c.issueIdx = c.issueIdx[:0]
	var names []string
	sel := 0
	for _, id := range c.whoIDs {
		a := actorIndex(v, id)
		for i, is := range v.Scenario.Issues {
			if i >= len(v.Controller) || v.Controller[i] != a || v.Scenario.Irreversible(i, v.Options[i]) {
				continue // another's to promise, or settled for good
			}
			if i == keep {
				sel = len(c.issueIdx)
			}
			c.issueIdx = append(c.issueIdx, i)
			names = append(names, shortName(v, id)+": "+is.Name)
		}
	}
	c.issue.set(names, sel)
	c.issueChanged()
}

// issueChanged lists the chosen issue's options, starting from one other
// than the current.
func (c *compose) issueChanged() {
	v := c.b.snap.v
	i := c.issueAt()
	if i < 0 {
		c.option.set(nil, 0)
		c.validate()
		return
	}
	// The term binds whoever decides the issue.
	for k, id := range c.whoIDs {
		if actorIndex(v, id) == v.Controller[i] {
			c.who.sel = k
		}
	}
	var opts []string
	for _, o := range v.Scenario.Issues[i].Options {
		opts = append(opts, o.Name)
	}
	sel := 0
	if len(opts) > 1 && v.Options[i] == 0 {
		sel = 1
	}
	c.option.set(opts, sel)
	c.validate()
}

// issueAt is the scenario index of the chosen issue, or -1.
func (c *compose) issueAt() int {
	if c.issue.sel < 0 || c.issue.sel >= len(c.issueIdx) {
		return -1
	}
	return c.issueIdx[c.issue.sel]
}

// addTerm adds the term the pickers describe.
func (c *compose) addTerm() {
	v := c.b.snap.v
	i := c.issueAt()
	if i < 0 || c.option.sel < 0 || c.who.sel >= len(c.whoIDs) {
		return
	}
	is := v.Scenario.Issues[i]
	t := game.Term{Actor: c.whoIDs[c.who.sel], Issue: is.ID, Option: is.Options[c.option.sel].ID,
		Vague: c.flags.chips[0].on, Secret: c.flags.chips[1].on}
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

func (c *compose) removeTerm(i int) {
	if i < 0 || i >= len(c.terms) {
		return
	}
	c.terms = append(c.terms[:i:i], c.terms[i+1:]...)
	c.termList.Selected = min(c.termList.Selected, max(0, len(c.terms)-1))
	c.validate()
}

// order is the order the dialog describes.
func (c *compose) order() game.Order {
	o := game.Order{Kind: game.OrderPropose, To: c.recipients(), Terms: append([]game.Term(nil), c.terms...),
		Linkage: c.links[c.linkage.sel], Channel: c.chans[c.channel.sel]}
	if c.note != nil {
		o.Text = c.note.Text()
	}
	if c.counterTo != "" {
		o.Kind, o.Offer = game.OrderCounter, c.counterTo
	}
	return o
}

// validate checks the order with this turn's others, as the engine will,
// and says what is wrong, or what it costs.
func (c *compose) validate() {
	c.ver++
	b := c.b
	v := b.snap.v
	o := c.order()
	orders, idx := b.orders.with(o)
	err := b.cfg.seat().Check(b.cfg.Actor, orders)
	c.msgBad = err != nil
	c.confirm.Disabled = err != nil
	if err != nil {
		c.msg = plainError(v, err, orders, idx)
		return
	}
	cost := o.Cost(v.Rules)
	spent := 0
	for _, x := range orders {
		spent += x.Cost(v.Rules)
	}
	after, now := b.snap.utilityIf(o.Terms)
	c.msg = fmt.Sprintf("Ready. It costs %s; %d of %d left this turn after it. If it is carried out it is worth %.0f to you, against %.0f now (you need %.0f).",
		plural(cost, "point", "points"), v.Capital-spent, v.Capital, after, now, v.Reservation)
	for _, id := range o.To {
		c.msg += " " + estimateWords(v, id, o.Terms)
	}
	if w := leakWords(v, o); w != "" {
		c.msg += " " + w
	}
}

// leakWords says the chance that the offer comes out while it is at risk,
// by the engine's own rule (View.LeakOdds), so that the player weighs a
// private channel as the game will draw it; "" when nothing can leak.
func leakWords(v *game.View, o game.Order) string {
	ch, what := o.Channel, "it leaks"
	if ch == game.ChannelPublic {
		// Only a public offer's secret terms can still come out, at a
		// private letter's odds.
		if !slices.ContainsFunc(o.Terms, func(t game.Term) bool { return t.Secret }) {
			return ""
		}
		ch, what = game.ChannelPrivate, "its secret terms come out"
	}
	odds := game.LeakOddsOverLife(v.LeakOdds(o.To, ch, o.Linkage))
	if odds <= 0 {
		return ""
	}
	return fmt.Sprintf("The chance %s within %s: %.0f%%.", what, plural(game.LeakTurns, "turn", "turns"), odds*100)
}

func (c *compose) submit(ctx *ui.Context) {
	c.validate()
	if c.msgBad {
		return
	}
	if c.b.addOrder(c.order()) {
		ctx.Pop()
	}
}

// estimateWords is the player's best guess of what the terms are worth to
// recipient id, from what the player believes of its hidden type: the
// expected change, and the range over the types it may be.
func estimateWords(v *game.View, id string, terms []game.Term) string {
	a := actorIndex(v, id)
	if a < 0 || a >= len(v.Beliefs) || len(v.Beliefs[a]) == 0 {
		return ""
	}
	after := v.Scenario.Apply(v.Options, terms)
	mean, lo, hi := 0.0, math.Inf(1), math.Inf(-1)
	for t, p := range v.Beliefs[a] {
		d := v.Scenario.Utility(a, t, after) - v.Scenario.Utility(a, t, v.Options)
		mean += p * d
		if p > 0.02 {
			lo, hi = min(lo, d), max(hi, d)
		}
	}
	name := shortName(v, id)
	if math.IsInf(lo, 0) || hi-lo < 1 {
		return fmt.Sprintf("To %s, by your reading of it, about %+.0f.", name, mean)
	}
	return fmt.Sprintf("To %s, by your reading of it, about %+.0f (%+.0f to %+.0f, as it may be).", name, mean, lo, hi)
}
