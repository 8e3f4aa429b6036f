package ai

import (
	"fmt"
	"math"
	"slices"

	"backchannel/game"
)

// leakPlan is a leak the seat would like to make once its other orders are
// paid for.
type leakPlan struct {
	offer string
	from  int
}

// replies answers every offer the seat can answer: the acceptable ones
// best first (skipping any that would clash with one already taken), and
// the rest by a stall, a counter-offer, or a private or public rejection.
func (c *ctx) replies() {
	offers := c.pending()
	type item struct {
		o  *game.Offer
		p  pkg
		vd verdict
	}
	items := make([]item, len(offers))
	bar := math.Inf(1) // the least worth of a close deal a look-ahead took
	for n, o := range offers {
		items[n] = item{o: o, p: c.fromOffer(o)}
		items[n].vd = c.weigh(&items[n].p)
		if vd := &items[n].vd; c.nearMiss(&items[n].p, *vd) {
			*vd = c.rethink(&items[n].p, o, *vd)
			if vd.accept {
				bar = min(bar, vd.w.eu)
			}
		}
	}
	// A seat that takes a close deal takes every closer one of the turn
	// too: saying no to more than it said yes to would make no sense.
	for n := range items {
		if vd := &items[n].vd; vd.w.eu >= bar && c.nearMiss(&items[n].p, *vd) {
			vd.accept = true
			vd.ahead = fmt.Sprintf(" It takes a deal worth %s this turn, and this one is worth more.", score(bar))
		}
	}
	order := make([]int, len(items))
	for n := range order {
		order[n] = n
	}
	// Best surplus first; the stable sort keeps view order among equals.
	slices.SortStableFunc(order, func(a, b int) int {
		sa, sb := items[a].vd.w.eu-items[a].vd.st.asp, items[b].vd.w.eu-items[b].vd.st.asp
		switch {
		case sa > sb:
			return -1
		case sa < sb:
			return 1
		}
		return 0
	})
	taken := make([]bool, len(items))
	for _, n := range order {
		it := &items[n]
		if !it.vd.accept || c.clashes(&it.p) {
			continue
		}
		taken[n] = true
		c.claim(&it.p)
		i := c.add(game.Order{Kind: game.OrderAccept, Offer: it.o.ID})
		var e *Explanation
		if it.vd.since != "" {
			e = c.note(i, it.o.ID, "%s accepts %s's offer (%s): it is at least as good on every issue as the offer %s it has just accepted.",
				c.name(c.me), c.name(it.p.from), c.sayTerms(it.p.terms), it.vd.since)
		} else {
			e = c.note(i, it.o.ID, "%s accepts %s's offer (%s): it is worth %s to %s, against the %s it holds out for now and the %s it must have.",
				c.name(c.me), c.name(it.p.from), c.sayTerms(it.p.terms), score(it.vd.w.eu), c.name(c.me), score(it.vd.st.asp), score(c.v.Reservation))
		}
		if st, ok := c.goesBack(it.p.terms); ok {
			if cost := c.audienceCost(c.own.prefs); cost > 0 {
				e.Text += fmt.Sprintf(" It goes back on its public word on %s: the deal is worth more to it than the %s points that costs at home.",
					c.issueName(st.issue), score(cost))
			} else {
				e.Text += fmt.Sprintf(" It goes back on its public word on %s, which costs nothing at home in this game.", c.issueName(st.issue))
			}
		}
		e.Text += it.vd.ahead
		e.Worth, e.Needs = it.vd.w.eu, it.vd.st.asp
	}
	for n := range items {
		if !taken[n] {
			c.refuse(items[n].o, &items[n].p, items[n].vd)
		}
	}
}

// clashes reports whether a package would set an issue to another option
// than an order of this turn already sets it to.
func (c *ctx) clashes(p *pkg) bool {
	for n := range p.terms {
		t := p.terms[n]
		if c.effective(p, n) && c.busy[t.issue] >= 0 && c.busy[t.issue] != t.option {
			return true
		}
	}
	return false
}

func (c *ctx) claim(p *pkg) {
	for n := range p.terms {
		if c.effective(p, n) {
			c.busy[p.terms[n].issue] = p.terms[n].option
		}
	}
}

// refuse answers an offer the seat will not take now.
func (c *ctx) refuse(o *game.Offer, p *pkg, vd verdict) {
	if vd.accept {
		// Acceptable, but another deal of this turn settles the same issue
		// otherwise: keep it open if possible, else let it go.
		kind, verb := game.OrderStall, "stalls on"
		if c.stalled(o) {
			kind, verb = game.OrderReject, "rejects"
		}
		e := c.note(c.add(game.Order{Kind: kind, Offer: o.ID}), o.ID, "%s %s %s's offer (%s): it would take it, but a deal it makes this turn settles the same issue differently.",
			c.name(c.me), verb, c.name(p.from), c.sayTerms(p.terms))
		e.Worth, e.Needs = vd.w.eu, vd.st.asp
		return
	}
	stall := c.shouldStall(o, vd)
	// The smallest edit that would turn the offer into a yes is a reason
	// given, and the first package a counter weighs: a quiet decision
	// that will not counter has no use for it.
	var wa *Counterfactual
	if !c.quiet || (!stall && c.mayCounter(o, p)) {
		wa = c.wouldAccept(p)
	}
	var why, tail string
	if !c.quiet {
		why = c.why(p, vd)
		if wa != nil {
			tail = fmt.Sprintf(" %s would accept it if %s.", c.name(c.me), wa.Change)
		} else {
			tail = c.whyNot(p, vd)
		}
	}
	explain := func(i int, verb string, extra func() string) {
		if c.quiet {
			return
		}
		e := c.note(i, o.ID, "%s %s %s's offer (%s): %s.%s%s", c.name(c.me), verb, c.name(p.from), c.sayTerms(p.terms), why, tail, extra())
		e.Worth, e.Needs, e.WouldAccept = vd.w.eu, vd.st.asp, wa
	}
	if stall {
		explain(c.add(game.Order{Kind: game.OrderStall, Offer: o.ID}), "stalls on", func() string { return " It keeps the offer open while its own position softens." })
		return
	}
	if pl, ok := c.counter(o, p, wa); ok {
		i := c.add(pl.order(c, game.OrderCounter, o.ID))
		if i >= 0 {
			c.claim(&pl.p)
			explain(i, "counters", func() string {
				return fmt.Sprintf(" Instead it offers %s: %s (%s). That is %s.%s", c.names(pl.p.to), c.sayTerms(pl.p.terms), sayLinkage(pl.p.linkage), c.planWhy(pl), c.sayLinkageWhy(pl))
			})
			return
		}
	}
	rej := game.Order{Kind: game.OrderReject, Offer: o.ID, Public: c.rejectInPublic(o, p, vd)}
	if rej.Public && !c.afford(rej) {
		rej.Public = false
	}
	c.planLeak(o, p)
	verb := "rejects"
	if rej.Public {
		verb = "publicly rejects"
		why += "; saying so in public shows its people it will not be pushed"
	}
	explain(c.add(rej), verb, func() string { return "" })
}

// shouldStall keeps an offer open when the seat's own concession over the
// next turns will probably bring it within reach, and the seat is patient
// enough to wait. It stalls an offer once only.
func (c *ctx) shouldStall(o *game.Offer, vd verdict) bool {
	if vd.w.crosses || c.stalled(o) || vd.exact < c.v.Reservation || c.prof.Patience < 0.2 {
		return false
	}
	later := *c
	later.tau = clamp01(c.tau + 2/float64(max(c.v.Turns-1, 1)))
	return vd.w.eu >= later.aspirationOf(c.fromOffer(o).parties|bit(c.me)).asp
}

// rejectInPublic says no in the open to an offer the seat could never
// take, or to a stated trade its type minds being seen in, when it does
// not particularly trust the sender: a public refusal embarrasses the
// sender and shows the seat's people that it will not be bought, while it
// stays free to deal in private later. An easy seat never bothers.
func (c *ctx) rejectInPublic(o *game.Offer, p *pkg, vd verdict) bool {
	if c.d == Easy || p.from < 0 || c.v.Trust[p.from] >= 60 {
		return false
	}
	hopeless := vd.w.crosses || vd.exact < c.v.Reservation-10
	stated := o.Linkage == game.LinkExplicit && c.own.prefs.LinkageAversion >= 0.5
	return (hopeless && (o.Public || o.Linkage == game.LinkExplicit)) || stated
}

// planLeak considers publishing a rival's private offer that the seat
// will not take: the story costs the sender support at home and face,
// which serves a seat that distrusts the sender or was embarrassed by it.
// How often it does so depends on the profile's leakiness and a roll of
// the seat's own dice; an easy seat never leaks.
func (c *ctx) planLeak(o *game.Offer, p *pkg) {
	if c.d == Easy || o.Public || p.from < 0 || c.prof.Leakiness <= 0 {
		return
	}
	tr := c.v.Trust[p.from]
	grudge := p.from < len(c.v.Embarrassed) && c.v.Embarrassed[p.from] > 0
	if tr >= 45 && !grudge {
		return
	}
	chance := c.prof.Leakiness * (1 - tr/100) * (0.5 + 0.5*leakWeight(o.Linkage))
	if grudge {
		chance *= 2
	}
	if c.random().Float64() < chance {
		c.leaky = append(c.leaky, leakPlan{offer: o.ID, from: p.from})
	}
}

// leaks carries out the planned leaks the capital still allows.
func (c *ctx) leaks() {
	for _, l := range c.leaky {
		i := c.add(game.Order{Kind: game.OrderLeak, Offer: l.offer})
		if i < 0 {
			continue
		}
		c.note(i, l.offer, "%s leaks %s's offer to the press: it distrusts %s (trust %s) and will not take the offer, and the story will cost %s support at home.",
			c.name(c.me), c.name(l.from), c.name(l.from), score(c.v.Trust[l.from]), c.name(l.from))
	}
}

// goesBack returns the seat's own standing public statement that the terms
// contradict, if any.
func (c *ctx) goesBack(ts []term) (stance2, bool) {
	for _, st := range c.said[c.me] {
		if c.breaks(st, ts) {
			return st, true
		}
	}
	return stance2{}, false
}
