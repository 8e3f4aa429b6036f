package ai

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"

	"backchannel/game"
)

// ctx is one decision in progress: the view, derived facts, the orders so
// far and the capital left.
type ctx struct {
	s    *Seat
	v    *game.View
	m    *model
	d    Difficulty
	me   int
	own  *typeTable
	prof game.Profile
	tau  float64 // share of the calendar gone, 0 at the first turn, 1 at the last
	// conc is curve(prof, concTau), remembered (see conceded).
	conc, concTau float64
	concOK        bool
	now           []int
	u0            float64 // own raw utility now

	trustIn             []float64   // others' trust in this actor, as the log shows it
	said                [][]stance2 // each actor's standing public statements
	budget              int
	busy                []int // per issue: the option an order of this turn sets, or -1
	rng                 *rand.Rand
	tops                map[topKey]float64
	recall              map[topKey]*topRecall // tops of earlier decisions, with what they were worked out from
	issueVer            []uint64              // per issue: counts the decisions at which its option, controller or vote odds moved
	nowAt, ctrlAt       []int                 // the options and controllers of the latest decision
	supportAt           []float64             // the support figures pr was worked out from
	leaky               []leakPlan
	refined             [][]float64 // beliefs with the seat's own refinements, per actor
	refinedBuf          [][]float64 // storage for refined
	judged              map[uint64]judgeSet
	pr                  [][]float64 // [issue][option]: chance the votes a move needs pass
	scratch             topScratch
	refused             []pkg   // the seat's packages that were turned down
	refusedAt           []int   // the turns they were sent
	bar                 float64 // the best value the current search has found
	expBelief, expPrior []*expectation
	asps                map[uint64]stance
	gives, asks         []scored // candidates' working lists
	cands               []term
	trusting            bool        // what-if: every partner's promise counts as at full trust
	quiet               bool        // orders only: no explanations are written (see Seat.Orders)
	mute                Explanation // what note gives back when quiet
	answering           bool        // the search looks for a counter-offer, not a probe

	records []knownRecord // per actor: its record, once read
	raws    [][]float64   // [actor][type]: raw utility now, NaN until asked (see rawNow)
	rawsAt  []int         // the options raws were worked out for
	offers  []int8        // [issue]: offered, 0 not yet asked, 1 no, 2 yes
	// readStmts and readAs are the view's statements as last read and
	// what they resolved to (see newCtx).
	readStmts []game.Statement
	readAs    []stance3
	exposures []knownExposure // packages' exposures worked out so far
	mine      []int           // indexes in the view's offers of the seat's own, in order
	undone    [][]int8        // [issue][option]: undoes, 0 not yet asked, 1 no, 2 yes
	wantMe    [][]float64     // [issue][option]: othersWant(me, ...), NaN until asked (see chipFor)

	editBuf   [2][]edit // wouldAccept's lists of edits, one per depth
	editTerms []term    // the terms of edited packages (see editClone)

	dec Decision
}

// stance2 is a standing public statement: the actor insists on (or, with
// oppose, rules out) an option of an issue.
type stance2 struct {
	issue, option int
	oppose        bool
	turn          int
}

type topKey struct {
	a, k    int
	parties uint64
}

// newCtx readies the seat's working context for a decision. The context
// is reused from turn to turn, with its tables and caches emptied, so that
// a decision allocates little: in a simulation, garbage is most of the cost.
func newCtx(s *Seat, v *game.View) *ctx {
	m := s.m
	c := &s.work
	old := *c
	na, ni := len(m.sc.Actors), len(m.sc.Issues)
	*c = ctx{s: s, v: v, m: m, d: s.Difficulty.level(), me: v.Me, now: v.Options, budget: v.Capital,
		tops: old.tops, recall: old.recall, issueVer: resize(old.issueVer, ni), nowAt: old.nowAt, ctrlAt: old.ctrlAt, supportAt: old.supportAt, judged: old.judged, asps: old.asps, scratch: old.scratch, gives: old.gives, asks: old.asks, cands: old.cands,
		editBuf: old.editBuf, editTerms: old.editTerms,
		busy: resize(old.busy, ni), refined: resize(old.refined, na), refinedBuf: resize(old.refinedBuf, na),
		expBelief: resize(old.expBelief, na), expPrior: resize(old.expPrior, na), pr: resize(old.pr, ni), said: resize(old.said, na),
		records: resize(old.records, na), raws: resize(old.raws, na), rawsAt: old.rawsAt,
		offers: resize(old.offers, ni), readStmts: old.readStmts, readAs: old.readAs, exposures: old.exposures[:0], undone: resize(old.undone, ni), mine: old.mine[:0], wantMe: resize(old.wantMe, ni)}
	for i := range c.undone {
		c.undone[i] = c.undone[i][:0] // worked out again when first asked
		c.wantMe[i] = c.wantMe[i][:0]
	}
	clear(c.records)
	clear(c.offers)
	for n := range v.Offers {
		// Several questions are about the seat's own offers only: one
		// pass finds them for all.
		if v.Offers[n].From == v.Actor {
			c.mine = append(c.mine, n)
		}
	}
	if old.m != m || !slices.Equal(c.rawsAt, v.Options) {
		// Raw utilities depend on the options alone: they stand until
		// an issue moves.
		c.rawsAt = append(c.rawsAt[:0], v.Options...)
		for a := range c.raws {
			c.raws[a] = resize(c.raws[a], len(m.types[a]))
			for k := range c.raws[a] {
				c.raws[a][k] = math.NaN()
			}
		}
	}
	if c.tops == nil {
		c.tops, c.judged, c.asps = map[topKey]float64{}, map[uint64]judgeSet{}, map[uint64]stance{}
	}
	for i := range c.issueVer {
		if old.m != m || c.nowAt[i] != v.Options[i] || c.ctrlAt[i] != v.Controller[i] {
			c.issueVer[i]++
		}
	}
	c.nowAt, c.ctrlAt = append(c.nowAt[:0], v.Options...), append(c.ctrlAt[:0], v.Controller...)
	if old.m != m || c.recall == nil {
		c.recall = map[topKey]*topRecall{}
	}
	clear(c.tops)
	clear(c.judged)
	clear(c.asps)
	for b := range c.refined {
		c.refined[b] = nil
		for _, e := range []*expectation{c.expBelief[b], c.expPrior[b]} {
			if e != nil {
				e.ok = false
				if old.m != m {
					e.from = e.from[:0] // gains of another model's types: worked out again
				}
			}
		}
	}
	if old.m != m {
		// A move no vote decides is certain (the rest are set below).
		for i := range c.pr {
			c.pr[i] = resize(c.pr[i], len(m.sc.Issues[i].Options))
			for j := range c.pr[i] {
				c.pr[i][j] = 1
			}
		}
	}
	if old.m != m || !sameBits(c.supportAt, v.Support) {
		// The odds of the votes depend on the support figures alone.
		c.supportAt = append(c.supportAt[:0], v.Support...)
		for _, ij := range m.voted {
			p := c.pRatify(ij.i, ij.j)
			if math.Float64bits(p) != math.Float64bits(c.pr[ij.i][ij.j]) {
				c.issueVer[ij.i]++
			}
			c.pr[ij.i][ij.j] = p
		}
	}
	for i := range c.busy {
		c.busy[i] = -1
	}
	c.own = &m.types[c.me][v.Type]
	c.prof = m.sc.Actors[c.me].AI
	if v.Turns > 1 {
		c.tau = clamp01(float64(v.Turn-1) / float64(v.Turns-1))
	}
	c.u0 = c.own.raw(c.now)
	for a := range c.said {
		c.said[a] = c.said[a][:0]
	}
	if old.m != m {
		c.readStmts = c.readStmts[:0]
	}
	for n, st := range v.Statements {
		// Statements only accumulate: those read at an earlier decision
		// resolve as they did then.
		if n >= len(c.readStmts) || c.readStmts[n] != st {
			c.readStmts = append(c.readStmts[:n], st)
			c.readAs = append(c.readAs[:min(n, len(c.readAs))], c.resolve(st))
		}
		if r := c.readAs[n]; r.actor >= 0 {
			c.said[r.actor] = append(c.said[r.actor], r.stance2)
		}
	}
	c.trustIn = s.mem.trustIn
	return c
}

// stance3 is a statement resolved to indexes: actor is -1 for one the
// seat leaves out (broken, or naming unknown ids).
type stance3 struct {
	stance2
	actor int
}

func (c *ctx) resolve(st game.Statement) stance3 {
	a, ok := c.m.actor[st.Actor]
	if !ok || st.Broken {
		return stance3{actor: -1}
	}
	if i, ok := c.m.issue[st.Issue]; ok {
		if j, ok := c.m.option[i][st.Option]; ok {
			return stance3{stance2{issue: i, option: j, oppose: st.Oppose, turn: st.Turn}, a}
		}
	}
	return stance3{actor: -1}
}

// rawNow is type k of actor a's raw utility of the options now, worked
// out once a decision: the search asks for it of every type it models.
func (c *ctx) rawNow(a, k int) float64 {
	if u := c.raws[a][k]; u == u { // NaN until worked out
		return u
	}
	return c.rawFirst(a, k)
}

// rawFirst works rawNow out, apart so that rawNow inlines.
func (c *ctx) rawFirst(a, k int) float64 {
	u := c.m.types[a][k].raw(c.now)
	c.raws[a][k] = u
	return u
}

// random is the seat's own source, seeded by seed, turn and actor, made
// only when a bluff or a leak needs it.
func (c *ctx) random() *rand.Rand {
	if c.rng == nil {
		h := fnv.New64a()
		h.Write([]byte(c.v.Actor))
		c.rng = rand.New(rand.NewPCG(c.s.Seed^h.Sum64(), uint64(c.v.Turn)*0x9e3779b97f4a7c15+1))
	}
	return c.rng
}

// add appends an order if the capital allows; it returns its index or -1.
func (c *ctx) add(o game.Order) int {
	cost := o.Cost(c.v.Rules)
	if cost > c.budget || len(c.dec.Orders) >= game.MaxOrders || (c.v.Summit && !c.summitAnswer(o)) {
		return -1
	}
	c.budget -= cost
	c.dec.Orders = append(c.dec.Orders, o)
	return len(c.dec.Orders) - 1
}

// summitAnswer reports whether an order counts in a summit session: an
// answer to an offer made face to face this turn (see game.Resolve).
func (c *ctx) summitAnswer(o game.Order) bool {
	switch o.Kind {
	case game.OrderAccept, game.OrderReject, game.OrderStall:
		off := c.v.Offer(o.Offer)
		return off != nil && off.Channel == game.ChannelForum && off.Sent == c.v.Turn
	}
	return false
}

// afford reports whether an order of this kind and channel fits the budget.
func (c *ctx) afford(o game.Order) bool {
	return o.Cost(c.v.Rules) <= c.budget && len(c.dec.Orders) < game.MaxOrders
}

// note writes the explanation of an order (or of none, for order -1) and
// returns it for the caller to add to; a quiet decision writes none.
func (c *ctx) note(order int, offer, format string, args ...any) *Explanation {
	if c.quiet {
		c.mute = Explanation{}
		return &c.mute
	}
	c.dec.Explanations = append(c.dec.Explanations, Explanation{Order: order, Offer: offer, Text: fmt.Sprintf(format, args...)})
	return &c.dec.Explanations[len(c.dec.Explanations)-1]
}

// bit is an actor's place in a set of parties.
func bit(a int) uint64 {
	if a < 0 || a >= 64 {
		return 0
	}
	return 1 << uint(a)
}

// beliefs are the weights the seat puts on another actor's types: its
// engine-kept beliefs, or the public priors for an easy seat, which does
// not learn from what it sees.
func (c *ctx) beliefs(b int) []float64 {
	if c.d == Easy {
		return c.m.priors[b]
	}
	if c.refined[b] != nil {
		return c.refined[b]
	}
	c.refinedBuf[b] = c.inaction(b, c.rawBeliefs(b), c.refinedBuf[b])
	c.refined[b] = c.refinedBuf[b]
	return c.refined[b]
}

// likeliest is the index of the largest weight, the first of equals.
func likeliest(w []float64) int {
	k := 0
	for n := range w {
		if w[n] > w[k] {
			k = n
		}
	}
	return k
}

// rawBeliefs are the engine's beliefs about b as the view gives them.
func (c *ctx) rawBeliefs(b int) []float64 {
	if c.d != Easy && b < len(c.v.Beliefs) && len(c.v.Beliefs[b]) == len(c.m.priors[b]) {
		return c.v.Beliefs[b]
	}
	return c.m.priors[b]
}

// inaction refines the beliefs about b by what b has not done: a type
// that would gain from a move b could make alone, and has not made, is
// less likely, unless the move is a chip b may be keeping to trade. The
// engine's update does not read silences; a seat can.
func (c *ctx) inaction(b int, w, buf []float64) []float64 {
	out := append(buf[:0], w...)
	if c.v.Turn <= 1 {
		return out
	}
	tb := c.m.types[b]
	for i, cur := range c.now {
		if c.v.Controller[i] != b {
			continue
		}
		for j := range c.m.sc.Issues[i].Options {
			if j == cur || len(c.m.consent[i][j].actors) > 0 {
				continue
			}
			others, asked := 0.0, false // othersWant, asked only of a type that gains
			for k := range out {
				gain := c.pr[i][j] * tb[k].delta(i, cur, j)
				if gain <= 1 {
					continue
				}
				if !asked {
					others, asked = c.othersWant(b, i, j), true
				}
				if others <= 2*gain+2 {
					out[k] *= 0.4
				}
			}
		}
	}
	sum := 0.0
	for _, x := range out {
		sum += x
	}
	if sum <= 0 {
		return append(out[:0], w...)
	}
	for k := range out {
		out[k] /= sum
	}
	return out
}

// reservation estimates what type k of actor b needs from a deal now: the
// engine's rule (the type's reservation raised by lost support) applied to
// the public support figures.
func (c *ctx) reservation(b, k int) float64 {
	p := c.m.types[b][k].prefs
	if c.d == Easy {
		return p.Reservation
	}
	pressure := (c.m.sc.Actors[b].Support - c.v.Support[b]) * 0.5 * (0.5 + p.PublicityAversion)
	return clampU(p.Reservation + pressure)
}

// consentIn reports whether the parties include everyone whose consent
// moving issue i to option j needs.
func (c *ctx) consentIn(i, j int, parties uint64) bool {
	for _, a := range c.m.consent[i][j].actors {
		if parties&bit(a) == 0 {
			return false
		}
	}
	return true
}

// pRatify is the chance that the votes moving issue i to option j needs
// all pass, from the public support figures.
func (c *ctx) pRatify(i, j int) float64 {
	p := 1.0
	for _, r := range c.m.consent[i][j].rats {
		p *= sigmoid((c.v.Support[r.actor] - r.threshold) / r.spread)
	}
	return p
}

func (c *ctx) name(a int) string {
	ad := &c.m.sc.Actors[a]
	if ad.Short != "" {
		return ad.Short
	}
	if ad.Name != "" {
		return ad.Name
	}
	return ad.ID
}

// resize returns s with length n, reusing its storage when it can; the
// elements are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return append(s[:cap(s)], make([]T, n-cap(s))...)
}
