package ai

import (
	"fmt"
	"slices"

	"backchannel/game"
)

// order writes a plan as a propose or counter order.
func (pl plan) order(c *ctx, kind game.OrderKind, offer string) game.Order {
	o := game.Order{Kind: kind, Offer: offer, To: c.ids(pl.p.to), Terms: c.gameTerms(pl.p.terms),
		Linkage: pl.p.linkage, Channel: pl.p.channel, Forum: pl.forum,
		Text: fmt.Sprintf("%s proposes: %s.", c.name(c.me), c.sayTerms(pl.p.terms))}
	if o.Channel == game.ChannelPublic {
		c.keepSecret(o.Terms, pl.p.terms)
	}
	return o
}

// keepSecret marks secret, in a public package, each term promising an
// option whose coming out the scenario says would cost someone
// (if_revealed): a promise like that is kept between the parties, as the
// Sèvres protocol kept London's. At least one term stays open, since a
// public offer must say something in public.
func (c *ctx) keepSecret(out []game.Term, ts []term) {
	n := 0
	for k, t := range ts {
		if len(c.m.sc.Issues[t.issue].Options[t.option].IfRevealed) > 0 && n < len(ts)-1 {
			out[k].Secret = true
			n++
		}
	}
}

// planWhy gives a plan's reckoning in words.
func (c *ctx) planWhy(pl plan) string {
	return fmt.Sprintf("worth %s to %s against %s now, and it puts the chance that %s agree at %.0f%%",
		score(pl.eu), c.name(c.me), score(clampU(c.u0)), c.names(pl.p.to), pl.pacc*100)
}

// counter looks for a counter-offer to a refused offer, addressed as the
// engine will address it (the sender and the other recipients); the
// seat's own "would accept if" edit is one of the packages it weighs.
func (c *ctx) counter(o *game.Offer, p *pkg, wa *Counterfactual) (plan, bool) {
	if !c.mayCounter(o, p) {
		return plan{}, false
	}
	to := []int{p.from}
	for _, b := range p.to {
		if b != c.me {
			to = append(to, b)
		}
	}
	var seeds []pkg
	if wa != nil {
		s := pkg{linkage: wa.Linkage}
		parties := bit(c.me)
		for _, b := range to {
			parties |= bit(b)
		}
		for _, t := range wa.Terms {
			// The engine refuses a term whose actor does not decide the
			// issue or whose consent lies outside the counter's parties.
			if tm, ok := c.termOf(t); ok && c.v.Controller[tm.issue] == tm.actor && c.consentIn(tm.issue, tm.option, parties) {
				s.terms = append(s.terms, tm)
			}
		}
		seeds = append(seeds, s)
	}
	// A counter answers the offer with a deal the seat would take: a
	// one-sided request made on the chance that the sender takes anything
	// is a probe, for a letter of its own.
	c.answering = true
	pl, ok := c.search(to, seeds)
	c.answering = false
	if !ok || !c.afford(pl.order(c, game.OrderCounter, o.ID)) {
		return plan{}, false
	}
	return pl, true
}

// mayCounter reports whether the seat counters the offer at all: an easy
// seat never does; a normal one does not counter a counter-offer, and a
// hard one goes one round further: past that an exchange of counters is
// going nowhere.
func (c *ctx) mayCounter(o *game.Offer, p *pkg) bool {
	return p.from >= 0 && c.d != Easy && c.chain(o) < int(c.d)-1
}

// chain is how many counter-offers led up to this offer.
func (c *ctx) chain(o *game.Offer) int {
	n := 0
	for o != nil && o.CounterTo != "" && n < 10 {
		n++
		o = c.v.Offer(o.CounterTo)
	}
	return n
}

// proposals sends the best packages to actors the seat is not already
// talking to, once its patience allows; patience never makes it sit out
// a summit it attends. A hard seat also tries three-way
// packages.
func (c *ctx) proposals() {
	wait := int(clamp01(c.prof.Patience)*0.25*float64(c.v.Turns) + 0.5)
	if c.v.Turn <= wait && !c.atSummit() {
		c.note(-1, "", "%s is patient and makes no proposal before turn %d.", c.name(c.me), wait+1)
		return
	}
	probe := game.Order{Kind: game.OrderPropose, Channel: game.ChannelPrivate}
	if !c.afford(probe) {
		return
	}
	var plans []plan
	free := []int{}
	n := len(c.m.sc.Actors)
	for r := 0; r < n && len(free) < c.reach(); r++ {
		// Round-robin from a turn-dependent start: a government reviews a
		// few relationships each turn, not every one every turn.
		b := (c.me + 1 + r + c.v.Turn*c.reach()) % n
		if b == c.me || c.engaged(b) || c.recent(b) {
			continue
		}
		free = append(free, b)
		if pl, ok := c.search([]int{b}, nil); ok {
			plans = append(plans, c.mirrored(pl, []int{b}))
		}
	}
	if c.d == Hard && len(free) >= 2 {
		// One three-way package a turn: the first two counterparts in
		// this turn's round.
		if pl, ok := c.search([]int{free[0], free[1]}, nil); ok {
			plans = append(plans, c.mirrored(pl, []int{free[0], free[1]}))
		}
	}
	slices.SortStableFunc(plans, func(a, b plan) int { return cmpF(b.value, a.value) })
	limit := 2
	if c.d == Easy {
		limit = 1
	}
	sent, used := 0, uint64(0)
	for _, pl := range plans {
		if sent == limit {
			break
		}
		if pl.p.parties&used&^bit(c.me) != 0 || c.clashes(&pl.p) {
			continue
		}
		i := c.add(pl.order(c, game.OrderPropose, ""))
		if i < 0 {
			continue
		}
		sent++
		used |= pl.p.parties
		c.claim(&pl.p)
		if c.quiet {
			continue
		}
		c.note(i, "", "%s proposes to %s: %s (%s, %s). It is %s.%s", c.name(c.me), c.names(pl.p.to), c.sayTerms(pl.p.terms),
			sayLinkage(pl.p.linkage), sayChannel(pl.p.channel, c.forumName(pl.forum)), c.planWhy(pl), c.sayLinkageWhy(pl)+c.sayWording(&pl.p)+c.sayPartners(pl.p.to)+c.sayReadings(pl.p.to))
	}
	if sent == 0 && len(free) > 0 && !c.quiet { // the words need a settlement search (its aspiration)
		c.note(-1, "", "%s finds no package that both beats the %s it holds out for and stands a fair chance with %s, so it proposes nothing.",
			c.name(c.me), score(c.aspiration(0).asp), c.names(free))
	}
}

// reach is how many counterparts the seat considers writing to per turn.
func (c *ctx) reach() int {
	switch c.d {
	case Easy:
		return 1
	case Hard:
		return 3
	}
	return 2
}

// recent reports whether the seat wrote to b in the last two turns: it
// gives each capital a little time before pressing again.
func (c *ctx) recent(b int) bool {
	if c.pushover(b) > 0.5 {
		return false // a partner that takes everything is pressed every turn
	}
	id := c.m.sc.Actors[b].ID
	for n := len(c.v.Offers) - 1; n >= 0; n-- {
		o := &c.v.Offers[n]
		if o.Sent < c.v.Turn-2 {
			break
		}
		if o.From == c.v.Actor && containsStr(o.To, id) {
			return true
		}
	}
	return false
}

// engaged reports whether an offer between the seat and b is still open:
// the seat waits for (or is answering) it rather than send another.
func (c *ctx) engaged(b int) bool {
	id := c.m.sc.Actors[b].ID
	for n := range c.v.Offers {
		o := &c.v.Offers[n]
		if o.Status != game.OfferOpen || o.Expires < c.v.Turn {
			continue
		}
		if (o.From == c.v.Actor && containsStr(o.To, id)) || (o.From == id && containsStr(o.To, c.v.Actor)) {
			return true
		}
	}
	return false
}

func (c *ctx) forumName(id string) string {
	for _, f := range c.m.sc.Forums {
		if f.ID == id {
			if f.Name != "" {
				return f.Name
			}
			return f.ID
		}
	}
	return id
}

// atSummit reports whether a forum the seat attends is open this turn.
func (c *ctx) atSummit() bool {
	for _, f := range c.v.Forums {
		if f >= 0 && f < len(c.m.sc.Forums) && containsStr(c.m.sc.Forums[f].Attendees, c.v.Actor) {
			return true
		}
	}
	return false
}
