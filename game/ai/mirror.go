package ai

import (
	"slices"

	"backchannel/game"
)

// Mirror: a hard seat puts its own proposal to the recipient's real rule
// before it sends it. Every seat it faces in a game against the computer
// answers by the normal rule, which is this package's own code; what the
// hard seat does not know is the recipient's type and private state. So
// for each type the recipient may be (weighted by the seat's beliefs), it
// builds the game from its own view (game.FromView: nothing it cannot
// see), delivers the package and a few tougher or cheaper variants of it
// as the recipient would get them, and asks an imagined normal seat of
// that type what it answers. The variant with the best gain times the
// share of yeses (less what a refused letter costs if it leaks, as the
// search prices it) is sent. The search's model of a partner is a smooth
// guess around an estimated threshold, and so hands out surplus to raise
// a chance the real rule does not give by degrees.
const (
	// mirrorBudget is how many proposals a hard seat mirrors per game.
	mirrorBudget = 24
	// mirrorVariants is how many packages (the search's and its variants,
	// the best by the search's own reckoning) are put to the recipient.
	mirrorVariants = 6
	// mirrorFloor leaves out a recipient type the seat gives less weight.
	mirrorFloor = 0.05
)

// mirrored puts the search's plan and its variants to imagined normal
// seats of the recipients and returns the plan to send. A plan none of
// them would take is still sent: leaving such letters unsent cost a hard
// Tehran 1.0 point and Prague 0.4 in letter-2009 (seeds 1-200).
func (c *ctx) mirrored(pl plan, to []int) plan {
	if c.d != Hard {
		return pl
	}
	l := c.s.store(c.v)
	if l == nil || l.mirrors >= mirrorBudget {
		return pl
	}
	cands := c.variants(pl, to)
	if len(cands) < 2 {
		return pl
	}
	l.mirrors++
	y, ok := c.imaginedYes(l, to, cands)
	if !ok {
		return pl
	}
	best, bestV := c.bestMirrored(cands, y)
	out := cands[best]
	out.pacc, out.value = y[best], bestV
	return out
}

// bestMirrored is the plan with the best value at its imagined share of
// yeses, and that value; the first of equals, so the search's own plan
// when nothing beats it.
func (c *ctx) bestMirrored(cands []plan, y []float64) (int, float64) {
	best, bestV := 0, 0.0
	for n := range cands {
		v := c.mirrorValue(&cands[n], y[n])
		if n == 0 || v > bestV {
			best, bestV = n, v
		}
	}
	return best, bestV
}

// mirrorValue is the search's value of a plan with the imagined share of
// yeses in place of its modelled chance.
func (c *ctx) mirrorValue(pl *plan, y float64) float64 {
	v := (pl.eu - clampU(c.u0)) * y * c.repeatPenalty(&pl.p)
	return v - (1-y)*c.leakLoss(c.own.prefs, &pl.p, c.exposure(&pl.p))
}

// variants are the search's plan first, then packages one edit away from
// it that the seat would itself propose (dropping a term, adding or
// swapping in one of the search's candidates, another linkage), the best
// by the search's own reckoning.
func (c *ctx) variants(pl plan, to []int) []plan {
	st := c.aspiration(pl.p.parties)
	cands := slices.Clone(c.candidates(pl.p.parties, to))
	out := []plan{pl}
	seen := func(q *pkg) bool {
		for n := range out {
			if out[n].p.linkage == q.linkage && sameTerms(out[n].p.terms, q.terms) {
				return true
			}
		}
		return false
	}
	var more []plan
	try := func(terms []term) {
		if len(terms) == 0 || !c.involvesAll(terms, to) {
			return
		}
		q := pl.p.clone()
		q.terms = terms
		c.fix(&q)
		var buf [3]game.Linkage
		for _, lk := range c.linkages(&q, &buf) {
			q.linkage = lk
			if seen(&q) {
				continue
			}
			c.bar = 0
			r, ok := c.assess(&q, to, st.asp)
			if !ok || c.v.Scenario.Utility(c.me, c.v.Type, c.v.Scenario.Apply(c.now, c.gameTerms(c.effectiveTerms(&q)))) < c.v.Reservation {
				continue
			}
			more = append(more, plan{p: q.clone(), forum: pl.forum, reckoning: r})
		}
	}
	ts := pl.p.terms
	try(slices.Clone(ts)) // the same terms in other linkages
	for n := range ts {
		try(slices.Delete(slices.Clone(ts), n, n+1))
	}
	for _, t := range cands {
		if hasIssue(ts, t.issue) {
			continue
		}
		if len(ts) < c.maxTerms() {
			try(append(slices.Clone(ts), t))
		}
		for n := range ts {
			q := slices.Clone(ts)
			q[n] = t
			try(q)
		}
	}
	slices.SortStableFunc(more, func(a, b plan) int { return cmpF(b.value, a.value) })
	for _, q := range more {
		if len(out) == mirrorVariants {
			break
		}
		if !seen(&q.p) {
			out = append(out, q)
		}
	}
	return out
}

// imaginedYes is, per plan, the share of the recipients' imagined normal
// seats that all accept it, weighted by the seat's beliefs about their
// types: one imagined world per combination of the recipients' types that
// the seat gives weight, the other actors' types drawn as a look-ahead
// draws them. ok is false if no world could be played.
func (c *ctx) imaginedYes(l *lookahead, to []int, plans []plan) ([]float64, bool) {
	y := make([]float64, len(plans))
	types := make([]int, len(to))
	wsum, world := 0.0, 0
	var each func(r int, w float64)
	each = func(r int, w float64) {
		if w < mirrorFloor {
			return
		}
		if r < len(to) {
			for k, wk := range c.beliefs(to[r]) {
				types[r] = k
				each(r+1, w*wk)
			}
			return
		}
		guess := c.guess(world)
		world++
		for n, b := range to {
			guess.Types[b] = types[n]
		}
		ans, ok := c.askImagined(l, guess, to, plans)
		if !ok {
			return
		}
		wsum += w
		for n := range y {
			y[n] += w * ans[n]
		}
	}
	each(0, 1)
	if wsum == 0 {
		return nil, false
	}
	for n := range y {
		y[n] /= wsum
	}
	return y, true
}

// askImagined plays the current turn of one imagined world once per plan,
// the seat's orders so far and the plan's proposal for its own, and asks
// the recipients' imagined normal seats, as they would be asked next,
// what they answer: 1 when they all say yes, 0 otherwise.
func (c *ctx) askImagined(l *lookahead, guess game.Guess, to []int, plans []plan) ([]float64, bool) {
	g0, err := game.FromView(l.sc, c.v, guess)
	if err != nil {
		return nil, false
	}
	l.reset(guess.Seed)
	orders := make(map[string][]game.Order, len(l.seats))
	for n, s := range l.seats {
		if n == c.me {
			continue
		}
		if err := g0.ViewInto(&s.view, s.Actor); err != nil {
			return nil, false
		}
		orders[s.Actor] = s.Orders(&s.view)
	}
	mine := c.dec.Orders
	out := make([]float64, len(plans))
	for n := range plans {
		g := g0.Clone()
		orders[c.v.Actor] = append(slices.Clone(mine), plans[n].order(c, game.OrderPropose, ""))
		if err := g.Resolve(orders); err != nil {
			return nil, false
		}
		id := sentBy(g, c.v.Actor, c.v.Turn)
		if id == "" || g.Over {
			continue
		}
		all := true
		for _, b := range to {
			r := l.seats[b]
			l.resetSeat(b, guess.Seed)
			if err := g.ViewInto(&r.view, r.Actor); err != nil {
				return nil, false
			}
			all = all && r.accepts(&r.view, id)
		}
		if all {
			out[n] = 1
		}
	}
	return out, true
}

// accepts is whether the seat's decision on the view accepts the offer.
// It decides as Decide does up to its answers and no further: what the
// seat would propose, say or leak after answering does not change its
// answers, and its proposals' search is most of a decision's cost.
func (s *Seat) accepts(v *game.View, offer string) bool {
	c := s.answered(v, true)
	for _, o := range c.dec.Orders {
		if o.Offer == offer && o.Kind == game.OrderAccept {
			return true
		}
	}
	return false
}

// sentBy is the id of the latest proposal (not a counter) the actor sent
// in the turn, or "".
func sentBy(g *game.Game, actor string, turn int) string {
	for n := len(g.Offers) - 1; n >= 0; n-- {
		o := g.Offers[n]
		if o.From == actor && o.Sent == turn && o.CounterTo == "" {
			return o.ID
		}
	}
	return ""
}
