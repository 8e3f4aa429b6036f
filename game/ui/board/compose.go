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

// composeNoteLines is how many lines of the covering note are in view; a
// longer note scrolls.
const composeNoteLines = 2

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
	// whoIDs are the parties: the player, then the recipients.
	whoIDs []string
	// find lists the terms the parties can deliver, with a search box;
	// choices are its rows' terms. No one can promise what another
	// controls, so only the parties' own issues are listed.
	find    *widget.SearchList
	choices []termChoice
	flags   *chipSet // loosely worded, secret
	add     *button
	linkage *picker
	channel *picker
	note    *widget.TextInput
	links   []game.Linkage
	chans   []game.Channel

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

	c.termList = newRowList("terms", b.paint, "No terms yet.")
	c.termList.NoClickActivate = true
	c.termList.Tip = "The package. Enter or Delete removes the selected term; so does its ×."
	c.termList.Count = func() int { return len(c.terms) }
	c.termList.version = func() int { return c.ver }
	c.termList.RowH = func(th *ui.Theme, i, w int) int { return th.Pxi(termRowH) }
	c.termList.DrawRow = c.drawTerm
	c.termList.RowTip = func(i int) string { return termText(v, c.terms[i]) + ". Enter, Delete or × removes it." }
	c.termList.OnActivate = func(ctx *ui.Context, i int) { c.removeTerm(i) }
	c.termList.OnClick = func(ctx *ui.Context, i int, at image.Point) bool {
		if at.X >= c.termList.Rect.Max.X-ctx.Theme.Pxi(termRemoveW) {
			c.removeTerm(i)
			return true
		}
		return false
	}

	c.find = c.newTermFinder()
	c.flags = &chipSet{p: b.paint, size: 12, chips: []chip{{label: "Loosely worded",
		tip: "A vague term leaves wiggle room: easier to agree, but its fulfilment is verified later and may be disputed."},
		{label: "Secret", tip: "Only the governments in the offer learn this term, even if the offer is public. It can still leak, and its coming out may cost someone face."}}}
	c.add = &button{p: b.paint, text: "+ Add term", onClick: func(*ui.Context) { c.addTerm(c.find.Selected()) }}
	c.add.Tip = "Add the chosen term to the package (replacing any term on the same issue for the same government)."

	c.linkage = &picker{p: b.paint, onChange: func(*ui.Context, int) { c.validate() }}
	var ln []string
	for _, l := range c.links {
		ln = append(ln, linkageTitle(l))
	}
	c.linkage.set(ln, 1)
	c.linkage.Tip = "How openly the terms are tied together. Explicit is clear but costly if it leaks; implicit is deniable."
	c.channel = &picker{p: b.paint, onChange: func(*ui.Context, int) { c.validate() }}
	var cn []string
	for _, ch := range c.chans {
		cn = append(cn, channelTitle(ch))
	}
	c.channel.set(cn, 0)
	for _, f := range v.Forums {
		if f < len(v.Scenario.Forums) && contains(v.Scenario.Forums[f].Attendees, v.Actor) {
			// A summit the player attends is open: face to face, the
			// offer is answered this turn, so it is the first choice.
			c.channel.set(cn, 1)
		}
	}
	c.channel.Tip = "How it travels: a private letter (arrives next turn), a meeting at an open summit (arrives at once, answered before the turn ends), or in public."
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
	c.note = widget.NewTextInput(widget.TextInputConfig{Placeholder: "In your own words (optional)", MaxLen: 280,
		Lines: composeNoteLines, Tooltip: "Words that go with the terms. The other side reads them; the press may too. Enter starts a new line; Ctrl+Enter adds the offer to your orders."})

	c.confirm.text = "Add to this turn's orders"
	c.confirm.onClick = func(ctx *ui.Context) { c.submit(ctx) }
	c.confirm.Tip = "Put this offer among this turn's orders. Nothing is sent until you end the turn."
	c.form.Add(c.to, c.termList, c.find, c.flags, c.add, c.linkage, c.channel, c.note, c.cancel, c.confirm)
	c.arrange = c.place
	c.paint = c.drawExtras
	c.recipientsChanged()
	if len(c.recipients()) > 0 {
		// The recipient is known: the next thing to do is find a term,
		// so the search box has the keyboard.
		c.form.Focus(c.find)
	}
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
	if c.to.Height(th) <= 2*th.Pxi(composeToRowH)+th.Pxi(ui.SpaceSmall) {
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

// recipientsChanged lists again the terms the player and the recipients
// can deliver.
func (c *compose) recipientsChanged() {
	c.whoIDs = append([]string{c.b.snap.v.Actor}, c.recipients()...)
	c.listTerms()
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
	c.msg = fmt.Sprintf("Ready. It costs %s; %d of %d left this turn after it. Worth %.0f to you if carried out, against %.0f now (you need %.0f).",
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
		return fmt.Sprintf("To %s, as you read it: about %+.0f.", name, mean)
	}
	return fmt.Sprintf("To %s, as you read it: about %+.0f (%+.0f to %+.0f).", name, mean, lo, hi)
}
