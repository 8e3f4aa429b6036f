package ai

import (
	"fmt"

	"backchannel/game"
)

// verdict is the seat's judgement of an offer made to it.
type verdict struct {
	w      worth
	st     stance
	exact  float64 // the engine's utility if every effective term were carried out
	accept bool
	bound  int    // the term a deal already carried out holds the seat from, or -1
	since  string // an offer just accepted that this one beats on every issue
	ahead  string // why a look-ahead turned a refusal into a yes, if it did
}

// dominated returns the id of an offer the seat accepted this turn or the
// last whose outcome this package matches or beats on every issue, by the
// seat's own values, with the same parties, or "".
func (c *ctx) dominated(p *pkg) string {
	for n := range c.v.Offers {
		o := &c.v.Offers[n]
		k := indexStr(o.To, c.v.Actor)
		if k < 0 || k >= len(o.Replies) || o.Replies[k].Kind != game.OrderAccept || o.Replies[k].Turn < c.v.Turn-1 {
			continue
		}
		q := c.fromOffer(o)
		if q.parties == p.parties && c.atLeastAsGood(p, &q) {
			return o.ID
		}
	}
	return ""
}

// atLeastAsGood reports whether carrying out p leaves every issue at an
// option the seat values at least as much as carrying out q would.
func (c *ctx) atLeastAsGood(p, q *pkg) bool {
	pa := c.outcome(p)
	qa := c.outcome(q)
	for i := range pa {
		if c.own.delta(i, qa[i], pa[i]) < 0 {
			return false
		}
	}
	return true
}

func (c *ctx) outcome(p *pkg) []int {
	out := append([]int(nil), c.now...)
	for n := range p.terms {
		if c.effective(p, n) {
			out[p.terms[n].issue] = p.terms[n].option
		}
	}
	return out
}

// weigh decides whether the seat would accept a package: its expected
// utility must reach the aspiration toward the parties, carrying out every
// term must leave the seat at or above its reservation, and no term may
// cross one of its red lines.
func (c *ctx) weigh(p *pkg) verdict {
	j := c.self()
	vd := verdict{w: c.evaluate(&j, p), st: c.aspiration(p.parties), bound: -1}
	vd.exact = vd.w.full
	if !vd.w.crosses && vd.w.eu >= vd.st.asp {
		// About to say yes: confirm with the engine's own utility.
		vd.exact = c.v.Scenario.Utility(c.me, c.v.Type, c.v.Scenario.Apply(c.now, c.gameTerms(c.effectiveTerms(p))))
	}
	if !vd.w.crosses && vd.w.eu < vd.st.asp {
		if id := c.dominated(p); id != "" && vd.exact >= c.v.Reservation && !c.clashes(p) {
			// Having just said yes to less, saying no to more would make
			// no sense to anyone watching.
			vd.accept, vd.since = true, id
			return vd
		}
	}
	vd.bound = c.boundTerm(p)
	vd.accept = vd.bound < 0 && !vd.w.crosses && !(vd.exact < c.v.Reservation) && !(vd.w.eu < vd.st.asp)
	return vd
}

// why words the main reason for a refusal. Only an explanation needs it,
// and most verdicts are weighed inside searches and never said, so weigh
// leaves the words to this.
func (c *ctx) why(p *pkg, vd verdict) string {
	switch {
	case vd.bound >= 0:
		t := p.terms[vd.bound]
		return fmt.Sprintf("%s has already carried out a deal on %s that holds it at %s, and moving it would be reneging", c.name(c.me), c.issueName(t.issue), c.optionName(t.issue, c.now[t.issue]))
	case vd.w.crosses:
		return "it crosses one of " + c.name(c.me) + "'s red lines"
	case vd.exact < c.v.Reservation:
		got, need := scores(vd.exact, c.v.Reservation)
		return fmt.Sprintf("even carried out in full it would leave %s at %s, below the %s it must have", c.name(c.me), got, need)
	case vd.w.eu < vd.st.asp:
		got, need := scores(vd.w.eu, vd.st.asp)
		why := fmt.Sprintf("it is worth %s to %s, short of the %s it holds out for now", got, c.name(c.me), need)
		if vd.st.embarrassed >= 0 {
			why += fmt.Sprintf(" (raised because %s embarrassed it)", c.name(vd.st.embarrassed))
		}
		return why
	}
	return ""
}

func (c *ctx) effectiveTerms(p *pkg) []term {
	var out []term
	for n := range p.terms {
		if c.effective(p, n) {
			out = append(out, p.terms[n])
		}
	}
	return out
}

// pending lists the offers the seat can answer this turn, in view order:
// addressed to it, arrived, open, unexpired, and not yet answered (a
// stalled offer may still be answered).
func (c *ctx) pending() []*game.Offer {
	var out []*game.Offer
	for n := range c.v.Offers {
		o := &c.v.Offers[n]
		k := indexStr(o.To, c.v.Actor)
		if k < 0 || o.Arrives > c.v.Turn || o.Status != game.OfferOpen || o.Expires < c.v.Turn {
			continue
		}
		if k < len(o.Replies) && o.Replies[k].Kind != "" && o.Replies[k].Kind != game.OrderStall {
			continue
		}
		out = append(out, o)
	}
	return out
}

func (c *ctx) stalled(o *game.Offer) bool {
	k := indexStr(o.To, c.v.Actor)
	return k >= 0 && k < len(o.Replies) && o.Replies[k].Kind == game.OrderStall
}

func indexStr(list []string, s string) int {
	for n, v := range list {
		if v == s {
			return n
		}
	}
	return -1
}

// boundTerm is the index of a term of the seat's own that would move an
// issue off a term it has carried out in an earlier agreement, or -1.
func (c *ctx) boundTerm(p *pkg) int {
	for n, t := range p.terms {
		if t.actor == c.me && c.v.Controller[t.issue] == c.me && t.option != c.now[t.issue] && c.undoes(t.issue, t.option) {
			return n
		}
	}
	return -1
}
