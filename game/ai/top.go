package ai

import (
	"math"

	"backchannel/game"
)

// top is the most type k of actor a can hope for from a deal among the
// parties: the best settlement of the issues they control (where they can
// give the consent needed) that still leaves every other party above its
// floor, as far as a can tell. For the seat itself the others are judged
// by its beliefs; for a counterpart the seat models, by the public priors,
// since it cannot see that counterpart's beliefs. Without the others'
// floors the top would be a fantasy that no one concedes toward.
func (c *ctx) top(a, k int, parties uint64) float64 {
	key := topKey{a, k, parties}
	if t, ok := c.tops[key]; ok {
		return t
	}
	t := &c.m.types[a][k]
	sc := &c.scratch
	sc.others = sc.others[:0]
	sc.slack = sc.slack[:0]
	sc.exp = sc.exp[:0]
	for b := range c.m.sc.Actors {
		if b != a && parties&bit(b) != 0 {
			sc.others = append(sc.others, b)
			e := c.expected(b, a != c.me)
			sc.exp = append(sc.exp, e)
			slack := e.slack
			if a == c.me && c.pushover(b) > 0.5 {
				slack = math.Inf(1) // it takes whatever it is offered
			}
			sc.slack = append(sc.slack, slack)
		}
	}
	// The top of an earlier decision stands if nothing it was worked out
	// from has moved (see topRecall).
	r := c.recall[key]
	if r != nil && r.same(c, a, parties) {
		u := clampU(c.rawNow(a, k) + r.best)
		c.tops[key] = u
		return u
	}
	// Per issue, each allowed option's gain for a and expected gain for
	// each other party, counted with the odds that the move happens: the
	// vote, and the controller keeping its word if it is someone else.
	sc.gain, sc.oth, sc.start = sc.gain[:0], sc.oth[:0], sc.start[:0]
	pOther := pFulfil(50, game.LinkImplicit, false)
	for i := range c.now {
		x := c.v.Controller[i]
		if parties&bit(x) == 0 {
			continue
		}
		sc.start = append(sc.start, len(sc.gain))
		cur := c.now[i]
		pfx := 1.0 // the controller keeping its word, the same for every option
		if x != a {
			pfx = pFulfil(c.topTrust(a, x), game.LinkImplicit, false)
		}
		sc.rows = resize(sc.rows, len(sc.others))
		for o := range sc.others {
			sc.rows[o] = c.gains(sc.exp[o], i)
		}
		for j := range c.m.sc.Issues[i].Options {
			if j != cur && !c.consentIn(i, j, parties) {
				continue
			}
			pr := c.pr[i][j]
			pa := pr
			if x != a {
				pa *= pfx
			}
			sc.gain = append(sc.gain, pa*t.delta(i, cur, j))
			for o, b := range sc.others {
				pb := pr
				if x != b {
					pb *= pOther
				}
				sc.oth = append(sc.oth, pb*sc.rows[o][j])
			}
		}
	}
	sc.start = append(sc.start, len(sc.gain))
	// The settlement search is a pure function of these tables, and they
	// are often the same as in an earlier decision (nothing moved among
	// the parties): a remembered result is used then.
	e, ok := sc.memo.find(sc)
	best := e.best
	if !ok {
		best = sc.settle()
		e.best = best
	}
	u := clampU(c.rawNow(a, k) + best)
	c.tops[key] = u
	if r == nil {
		r = &topRecall{}
		c.recall[key] = r
	}
	r.keep(c, a, parties, best)
	return u
}

// topRecall is the best settlement top found at an earlier decision, with
// everything the search depends on beyond the scenario, a, k and the
// parties: the issues the parties control, with the versions of their
// options, controllers and vote odds (issueVer: the other issues do not
// enter the search), and for each other party the weights on its types
// (their version), its slack, and a's trust in it.
type topRecall struct {
	issues []int
	iver   []uint64
	vers   []uint64
	slack  []float64
	trusts []float64
	best   float64
}

// same reports whether r was worked out from what top's scratch (filled
// for a among the parties) and the decision now hold, bit for bit.
func (r *topRecall) same(c *ctx, a int, parties uint64) bool {
	sc := &c.scratch
	if len(r.vers) != len(sc.others) {
		return false
	}
	n := 0
	for i, x := range c.v.Controller {
		if parties&bit(x) == 0 {
			continue
		}
		if n >= len(r.issues) || r.issues[n] != i || r.iver[n] != c.issueVer[i] {
			return false
		}
		n++
	}
	if n != len(r.issues) {
		return false
	}
	for o, b := range sc.others {
		if r.vers[o] != sc.exp[o].ver || math.Float64bits(r.slack[o]) != math.Float64bits(sc.slack[o]) ||
			math.Float64bits(r.trusts[o]) != math.Float64bits(c.topTrust(a, b)) {
			return false
		}
	}
	return true
}

// keep records in r the best settlement worked out now.
func (r *topRecall) keep(c *ctx, a int, parties uint64, best float64) {
	sc := &c.scratch
	r.best = best
	r.issues, r.iver = r.issues[:0], r.iver[:0]
	for i, x := range c.v.Controller {
		if parties&bit(x) != 0 {
			r.issues, r.iver = append(r.issues, i), append(r.iver, c.issueVer[i])
		}
	}
	r.vers, r.slack, r.trusts = r.vers[:0], append(r.slack[:0], sc.slack...), r.trusts[:0]
	for o, b := range sc.others {
		r.vers = append(r.vers, sc.exp[o].ver)
		r.trusts = append(r.trusts, c.topTrust(a, b))
	}
}

// settle walks the settlements of the tables in sc (see top) and returns
// the most the actor can gain from one that leaves every other party
// above its floor.
func (sc *topScratch) settle() float64 {
	ni, no := len(sc.start)-1, len(sc.others)
	// Walk each issue's best options for a first, so that a good
	// settlement is found early and bounds the rest of the walk.
	for n := 0; n < ni; n++ {
		lo, hi := sc.start[n], sc.start[n+1]
		for q := lo + 1; q < hi; q++ {
			for r := q; r > lo && sc.gain[r] > sc.gain[r-1]; r-- {
				sc.gain[r], sc.gain[r-1] = sc.gain[r-1], sc.gain[r]
				for o := 0; o < no; o++ {
					sc.oth[r*no+o], sc.oth[(r-1)*no+o] = sc.oth[(r-1)*no+o], sc.oth[r*no+o]
				}
			}
		}
	}
	// bound[n] is the most a could still gain from issue n on.
	sc.bound = resize(sc.bound, ni+1)
	sc.bound[ni] = 0
	for n := ni - 1; n >= 0; n-- {
		best := 0.0
		for q := sc.start[n]; q < sc.start[n+1]; q++ {
			best = max(best, sc.gain[q])
		}
		sc.bound[n] = sc.bound[n+1] + best
	}
	// obound[n*no+o] is the most other o could still gain from issue n on:
	// a branch that cannot lift some party to its floor is cut.
	sc.obound = resize(sc.obound, (ni+1)*no)
	clear(sc.obound[ni*no:])
	for n := ni - 1; n >= 0; n-- {
		for o := 0; o < no; o++ {
			best := 0.0
			for q := sc.start[n]; q < sc.start[n+1]; q++ {
				best = max(best, sc.oth[q*no+o])
			}
			sc.obound[n*no+o] = sc.obound[(n+1)*no+o] + best
		}
	}
	sc.sums = resize(sc.sums, no)
	clear(sc.sums)
	sc.best, sc.found, sc.leaves = 0, false, 0
	sc.walk(0, 0)
	return sc.best
}

// walk tries each option of issue n on, with gain so far: a branch is cut
// when it cannot beat the best settlement found or lift some other party
// to its floor, and the walk stops after maxLeaves settlements.
func (sc *topScratch) walk(n int, gain float64) {
	ni, no := len(sc.start)-1, len(sc.others)
	if (sc.found && gain+sc.bound[n] <= sc.best) || sc.leaves > maxLeaves {
		return
	}
	for o := 0; o < no; o++ {
		if sc.slack[o]+sc.sums[o]+sc.obound[n*no+o] < 0 {
			return
		}
	}
	if n == ni {
		sc.leaves++
		for o := range sc.sums {
			if sc.slack[o]+sc.sums[o] < 0 {
				return
			}
		}
		sc.best, sc.found = gain, true
		return
	}
	for q := sc.start[n]; q < sc.start[n+1]; q++ {
		for o := 0; o < no; o++ {
			sc.sums[o] += sc.oth[q*no+o]
		}
		sc.walk(n+1, gain+sc.gain[q])
		for o := 0; o < no; o++ {
			sc.sums[o] -= sc.oth[q*no+o]
		}
	}
}

// maxLeaves bounds the settlements top weighs in a large party set.
const maxLeaves = 4096

// topScratch holds top's working slices between calls.
type topScratch struct {
	others              []int
	exp                 []*expectation // per other: what the seat expects of it
	slack, gain, oth    []float64
	bound, sums, obound []float64
	start               []int
	rows                [][]float64 // per other: its gains on the issue at hand
	memo                settleMemo
	best                float64 // the walk's best settlement so far
	found               bool
	leaves              int
}

// expectation is what the seat expects of actor b: the gain of each issue
// move from where things stand, and how far b is above its floor now,
// averaged over b's types by the seat's beliefs or by the public priors.
// The gains outlive the decision: they are a function of the weights and
// of where each issue stands, which mostly stay put from turn to turn, so
// they are kept until either changes.
type expectation struct {
	b     int         // the actor expected of
	w     []float64   // the weights the gains were worked out with
	ver   uint64      // counts the changes of w
	delta [][]float64 // [issue][option], filled in as issues come up
	from  []int       // [issue]: the option delta[issue] starts from, -1 if not worked out
	slack float64
	ok    bool // slack is worked out for this decision
}

func (c *ctx) expected(b int, priors bool) *expectation {
	cache := c.expBelief
	if priors {
		cache = c.expPrior
	}
	e := cache[b]
	if e != nil && e.ok {
		return e
	}
	if e == nil {
		e = &expectation{b: b}
		cache[b] = e
	}
	w := c.expWeights(b, priors)
	if len(e.from) != len(c.now) || !sameBits(e.w, w) {
		e.ver++
		e.w = append(e.w[:0], w...)
		e.delta, e.from = resize(e.delta, len(c.now)), resize(e.from, len(c.now))
		for i := range e.from {
			e.from[i] = -1
		}
	}
	e.slack, e.ok = 0, true
	for k, wk := range w {
		if wk != 0 {
			u := clampU(c.rawNow(b, k))
			e.slack += wk * (u - max(c.reservation(b, k), u+minGain))
		}
	}
	return e
}

// sameBits reports whether two lists of numbers are the same, bit for bit.
func sameBits(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for n := range a {
		if math.Float64bits(a[n]) != math.Float64bits(b[n]) {
			return false
		}
	}
	return true
}

func (c *ctx) expWeights(b int, priors bool) []float64 {
	if priors {
		return c.m.priors[b]
	}
	return c.beliefs(b)
}

// gains are the expected gains to b of moving issue i to each option,
// worked out for an issue the first time it is asked for from where it
// stands (with e's weights, see expected).
func (c *ctx) gains(e *expectation, i int) []float64 {
	if cur := c.now[i]; e.from[i] != cur {
		e.from[i] = cur
		d := resize(e.delta[i], len(c.m.sc.Issues[i].Options))
		clear(d)
		for k, wk := range e.w {
			if wk != 0 {
				t := &c.m.types[e.b][k]
				for jj := range d {
					d[jj] += wk * t.delta(i, cur, jj)
				}
			}
		}
		e.delta[i] = d
	}
	return e.delta[i]
}

// topTrust is a's trust in x as the seat knows or guesses it.
func (c *ctx) topTrust(a, x int) float64 {
	switch {
	case a == c.me:
		return c.reliance(x)
	case x == c.me && c.d == Hard:
		return c.trustIn[a]
	}
	return 50
}
