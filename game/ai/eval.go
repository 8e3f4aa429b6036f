package ai

import (
	"math"

	"backchannel/game"
	"backchannel/game/fmath"
)

// judge is one point of view on a package: the seat's own, or one possible
// type of a counterpart as the seat models it.
type judge struct {
	a, k    int
	t       *typeTable
	u0      float64 // raw utility now
	own     bool    // the seat itself: trust is its own
	trustMe float64 // a modelled counterpart's trust in the seat
	gamma   float64 // risk attitude: chances are raised to this power
	careful bool    // weighs ratification, fulfilment and costs
	weight  float64 // belief in this type
}

// worth is a package's value to one judge.
type worth struct {
	eu      float64 // expected utility, costs included
	full    float64 // utility if every term were carried out, before costs
	crosses bool    // a term sets an option on one of the judge's red lines
	cost    float64 // linkage, publicity and audience costs
}

func (c *ctx) self() judge {
	return judge{a: c.me, k: c.v.Type, t: c.own, u0: c.u0, own: true, gamma: gammaOf(c.prof.Risk), careful: true, weight: 1}
}

// pow is fmath.Pow, remembered: evaluate raises the same few chances to
// the same power thousands of times a game.
func (c *ctx) pow(x, y float64) float64 {
	if c.s.pows == nil {
		c.s.pows = new(powMemo)
	}
	return c.s.pows.pow(x, y)
}

// powMemo is a direct-mapped cache of fmath.Pow. An empty slot never
// matches: it holds y = 0, which no risk attitude gives.
type powMemo [256]struct{ x, y, r float64 }

func (m *powMemo) pow(x, y float64) float64 {
	h := (math.Float64bits(x) ^ math.Float64bits(y)*0x9e3779b97f4a7c15) * 0x9e3779b97f4a7c15
	e := &m[h>>56]
	if e.x != x || e.y != y || y == 0 {
		e.x, e.y, e.r = x, y, fmath.Pow(x, y)
	}
	return e.r
}

// gammaOf turns a risk attitude (-1 averse .. 1 seeking) into the power
// applied to chances: a risk-averse seat discounts uncertain terms more.
func gammaOf(risk float64) float64 { return fmath.Clamp(1-0.5*risk, 0.5, 1.5) }

func (c *ctx) trust(j *judge, x int) float64 {
	if j.own {
		return c.reliance(x)
	}
	if x == c.me {
		return j.trustMe
	}
	return 50
}

// pFulfil is how likely a counterpart is to carry out its term: about 0.1
// at zero trust and 0.95 at full, since a promise from someone one does
// not trust is worth little. The curve is concave (0.74 at the usual
// starting trust of 50): the first doubts cost most. A stated quid pro quo
// is an enforceable bundle whose breach is an open scandal, so it binds
// more (callers pass LinkNone for a one-sided package); a loosely worded
// term is kept less.
func pFulfil(trust float64, lk game.Linkage, vague bool) float64 {
	x := 1 - fmath.Clamp(trust, 0, 100)/100
	p := 0.1 + 0.85*(1-x*x)
	switch lk {
	case game.LinkExplicit:
		p += (1 - p) * 0.5
	case game.LinkImplicit:
		p += (1 - p) * 0.1
	}
	if vague {
		p *= 0.9
	}
	return fmath.Clamp(p, 0.05, 0.98)
}

// pPay is how likely the judge ends up paying its own concessions, when
// the others keep theirs with chance kept: unlinked terms stand alone, so
// it pays whatever the others do; a linked bundle releases it if a partner
// defects first. Only a stated bundle also snaps back what the judge has
// already carried out (the engine's rule): under a hint, a concession it
// made before the partner defected stays made, about a third of the time.
func pPay(lk game.Linkage, kept float64) float64 {
	switch lk {
	case game.LinkNone:
		return 1
	case game.LinkImplicit:
		return kept + (1-kept)*paidFirst
	}
	return kept
}

// paidFirst is the share of a hinted bundle's concessions the seat reckons
// it has made before a partner who defects does so.
const paidFirst = 0.3

// evaluate values a package for a judge.
func (c *ctx) evaluate(j *judge, p *pkg) worth {
	expose := 0.0 // only the careful count costs
	if j.careful {
		expose = c.exposure(p)
	}
	return c.evaluateExposed(j, p, expose)
}

// evaluateExposed is evaluate for a package whose exposure the caller has
// worked out: assess weighs one package for the seat and every modelled
// type of each recipient, and the exposure is the same for them all.
func (c *ctx) evaluateExposed(j *judge, p *pkg, expose float64) worth {
	w, concession := c.termsWorth(j, p)
	if j.careful {
		w.cost = c.costs(j, p, concession, expose)
		w.eu -= w.cost
	}
	return w
}

// termsWorth is evaluate before costs, and what the judge concedes in the
// package, which the costs depend on.
func (c *ctx) termsWorth(j *judge, p *pkg) (worth, float64) {
	var w worth
	eu, full, concession, owed := 0.0, 0.0, 0.0, 0.0
	lk := p.linkage
	if p.distinctActors() < 2 {
		lk = game.LinkNone
	}
	kept := 1.0 // the chance the least reliable other party keeps its terms
	for n := range p.terms {
		if p.known {
			if p.eff&(1<<uint(n)) == 0 {
				continue
			}
		} else if !c.effective(p, n) {
			continue
		}
		t := p.terms[n]
		cur := c.now[t.issue]
		var d float64
		if t.vague {
			d = c.termDelta(j, t, cur)
		} else {
			d = j.t.delta(t.issue, cur, t.option) // termDelta's precise case, inlined
		}
		full += d
		if j.t.hasRed && j.t.red[t.issue][t.option] > j.t.red[t.issue][cur] {
			w.crosses = true
		}
		if !j.careful {
			eu += d
			continue
		}
		prob := c.pr[t.issue][t.option] // pRatify, worked out for the decision
		if t.actor != j.a {
			pf := pFulfil(c.trust(j, t.actor), lk, t.vague)
			kept = min(kept, pf)
			prob *= pf
		} else if d < 0 {
			// The judge's own concession: weighed below, once it is
			// known how far the linkage lets it walk away.
			concession -= d
			owed += prob * d
			continue
		}
		if j.gamma != 1 && prob < 1 {
			prob = c.pow(prob, j.gamma)
		}
		eu += prob * d
	}
	eu += pPay(lk, kept) * owed
	w.full = clampU(j.u0 + full)
	w.eu = clampU(j.u0 + eu)
	return w, concession
}

// costsNonNegative reports whether the seat's costs of a package can
// never be negative: each is a product of its aversions, the audience
// cost, chances and concessions, none of them below zero unless a
// preference or rule is. The search then drops a package its terms alone
// rule out without working out its costs.
func (c *ctx) costsNonNegative() bool {
	pr := c.own.prefs
	return pr.LinkageAversion >= 0 && pr.PublicityAversion >= 0 && c.v.Rules.AudienceCost >= 0
}

// linkCost is how much of a type's linkage aversion each level costs: a
// deniable hint costs far less than a stated trade.
func linkCost(lk game.Linkage) float64 {
	switch lk {
	case game.LinkExplicit:
		return 1
	case game.LinkImplicit:
		return 0.2
	}
	return 0
}

// leakWeight is the engine's weight of a leaked offer's linkage.
func leakWeight(lk game.Linkage) float64 {
	switch lk {
	case game.LinkExplicit:
		return 1
	case game.LinkImplicit:
		return 0.5
	}
	return 0.25
}

// costs are what a package costs a judge beyond its terms: explicit
// linkage it minds, being seen to concede, a leak's damage at home for the
// sender, and the audience cost of going back on its public statements.
// expose is the package's exposure.
func (c *ctx) costs(j *judge, p *pkg, concession, expose float64) float64 {
	pr := j.t.prefs
	cost := 0.0
	if p.distinctActors() > 1 {
		// Being seen to trade embarrasses in proportion to what the judge
		// gives up in the trade, and mostly once it is in the papers.
		cost += pr.LinkageAversion * linkCost(p.linkage) * (1 + 0.5*concession) * (0.25 + 0.75*expose)
	}
	cost += pr.PublicityAversion * (2 + 0.5*concession) * expose
	by := -1 // whose terms can break the judge's words: anyone's
	if j.a == p.from {
		cost += c.leakLoss(pr, p, expose)
		// The engine holds a sender to its words by its public offer once
		// agreed, and by carrying out its own terms of a private one.
		if !p.public && p.channel != game.ChannelPublic {
			by = j.a
		}
	}
	for _, st := range c.said[j.a] {
		if c.breaksBy(st, p.terms, by) {
			cost += c.audienceCost(pr)
		}
	}
	return cost
}

// leakLoss is what a private letter's leaking costs its sender, as the
// chance of the leak times the support it loses at home by the engine's
// rule, valued as room to manoeuvre and as standing at home. A letter
// leaks whatever the answer to it.
func (c *ctx) leakLoss(pr *game.Preferences, p *pkg, expose float64) float64 {
	if p.public || p.channel == game.ChannelPublic {
		return 0
	}
	r := &c.v.Rules
	lost := r.AudienceCost * leakWeight(p.linkage) * (0.5 + pr.PublicityAversion)
	return expose * lost * (0.5*(0.5+pr.PublicityAversion) + homeValue(*r, pr))
}

// breaks reports whether accepting terms goes back on a statement, by the
// engine's rule: any term on the issue that contradicts it.
func (c *ctx) breaks(st stance2, ts []term) bool { return c.breaksBy(st, ts, -1) }

// breaksBy is breaks counting only actor a's terms (any actor's for -1).
func (c *ctx) breaksBy(st stance2, ts []term, a int) bool {
	for _, t := range ts {
		if (a < 0 || t.actor == a) && t.issue == st.issue && ((st.oppose && t.option == st.option) || (!st.oppose && t.option != st.option)) {
			return true
		}
	}
	return false
}

// exposure is the chance that the package becomes public: certain for a
// public offer, else the engine's leak odds over the turns a message
// stays at risk (they rise with the holders' leakiness and an explicit
// quid pro quo, and fall at a forum or for an unlinked note).
func (c *ctx) exposure(p *pkg) float64 {
	if p.public || p.channel == game.ChannelPublic {
		return 1
	}
	from := c.v.Actor
	if p.from >= 0 {
		from = c.m.sc.Actors[p.from].ID
	}
	lk := p.linkage
	if p.distinctActors() < 2 {
		lk = game.LinkNone
	}
	ch := p.channel
	if ch == "" {
		ch = game.ChannelPrivate
	}
	// The odds depend only on who holds the message and how it is sent,
	// and the search weighs the same few combinations many times: the key
	// packs them into two words, so that looking one up is cheap.
	cc, lc := channelCode(ch), linkCode(lk)
	key := exposureKey{from: int32(p.from), how: int32(cc<<8 | lc)}
	for _, b := range p.to {
		key.to |= bit(b)
	}
	cached := cc >= 0 && lc >= 0 // an unknown channel or linkage is worked out each time
	if cached {
		for _, e := range c.exposures {
			if e.key == key {
				return e.odds
			}
		}
	}
	var to []string
	if len(p.to) == 1 {
		to = c.m.alone[p.to[0]]
	} else {
		to = c.ids(p.to)
	}
	odds := game.LeakOddsOverLife(game.LeakOdds(c.m.sc, c.v.Rules, c.v.LeakBoost, from, to, ch, lk))
	if cached {
		c.exposures = append(c.exposures, knownExposure{key, odds})
	}
	return odds
}

// exposureKey is what a package's exposure depends on: the sender, the
// recipients as a set, and the channel and linkage as small codes.
type exposureKey struct {
	to        uint64
	from, how int32
}

// channelCode numbers the channels a package travels by; -1 for any other.
func channelCode(ch game.Channel) int {
	switch ch {
	case game.ChannelPrivate:
		return 0
	case game.ChannelForum:
		return 1
	case game.ChannelPublic:
		return 2
	}
	return -1
}

// linkCode numbers the linkage levels; -1 for any other.
func linkCode(lk game.Linkage) int {
	switch lk {
	case game.LinkNone:
		return 0
	case game.LinkImplicit:
		return 1
	case game.LinkExplicit:
		return 2
	}
	return -1
}

// knownExposure is an exposure worked out in this decision.
type knownExposure struct {
	key  exposureKey
	odds float64
}

// audienceCost is what breaking one of its public statements costs a type,
// in utility: the support it loses at home, as the room to manoeuvre that
// support buys (the engine raises a reservation by half a point, more for
// a publicity-averse type, per point of support lost).
func (c *ctx) audienceCost(pr *game.Preferences) float64 {
	if c.v.Rules.Off.AudienceCosts {
		return 0
	}
	ac := c.v.Rules.BrokenWordCost(pr)
	return ac*(0.5+pr.PublicityAversion)*0.5 + homeValue(c.v.Rules, pr)*(ac+ac/2)
}

// homeValue is what a point of support or face is worth to a type, in
// points of policy utility, under two-level scoring: its score counts
// standing at home (the mean of support and face) with the type's home
// weight w, and policy with 1-w.
func homeValue(r game.Rules, pr *game.Preferences) float64 {
	w := pr.HomeWeight
	if w <= 0 {
		w = r.HomeWeight
	}
	if w <= 0 || w >= 1 {
		return 0
	}
	return w / (2 * (1 - w))
}
