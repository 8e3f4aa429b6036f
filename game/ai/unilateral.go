package ai

import (
	"math"
	"slices"

	"backchannel/game"
)

// moves sets issues the seat controls when that raises its utility and
// needs nobody's consent. A move that needs a vote counts with the odds of
// passing it, and one that breaks the seat's own public statement with the
// audience cost.
func (c *ctx) moves() {
	type move struct {
		i, j  int
		value float64
	}
	var ms []move
	for i := range c.now {
		// An irreversible option cannot be left: the engine refuses the move.
		if c.v.Controller[i] != c.me || c.busy[i] >= 0 || c.offered(i) || c.v.Scenario.Irreversible(i, c.now[i]) {
			continue
		}
		best := move{i: i, j: -1, value: 1}
		for j := range c.m.sc.Issues[i].Options {
			if j == c.now[i] || len(c.m.consent[i][j].actors) > 0 || c.undoes(i, j) {
				continue
			}
			val := c.pr[i][j] * c.own.delta(i, c.now[i], j)
			if c.chip(i, j, val) {
				continue
			}
			for _, st := range c.said[c.me] {
				if c.breaks(st, []term{{actor: c.me, issue: i, option: j}}) {
					val -= c.audienceCost(c.own.prefs)
				}
			}
			if val > best.value {
				best.j, best.value = j, val
			}
		}
		if best.j >= 0 {
			ms = append(ms, best)
		}
	}
	slices.SortStableFunc(ms, func(a, b move) int { return cmpF(b.value, a.value) })
	for _, mv := range ms {
		is := &c.m.sc.Issues[mv.i]
		n := c.add(game.Order{Kind: game.OrderMove, Issue: is.ID, Option: is.Options[mv.j].ID})
		if n < 0 {
			continue
		}
		c.busy[mv.i] = mv.j
		e := c.note(n, "", "%s moves %s from %s to %s on its own authority: it gains about %.0f points and needs nobody's consent.",
			c.name(c.me), c.issueName(mv.i), c.optionName(mv.i, c.now[mv.i]), c.optionName(mv.i, mv.j), mv.value)
		if _, ok := c.goesBack([]term{{actor: c.me, issue: mv.i, option: mv.j}}); ok {
			e.Text += " That goes back on its public word, and the gain outweighs what that costs it at home."
		}
	}
}

// offered reports whether an open offer of the seat's own puts issue i on
// the table: moving it meanwhile would pre-empt the seat's own proposal.
func (c *ctx) offered(i int) bool {
	// The search asks for every issue of the seat's, every search.
	if c.offers[i] == 0 {
		c.offers[i] = 1
		if c.offeredNow(i) {
			c.offers[i] = 2
		}
	}
	return c.offers[i] == 2
}

func (c *ctx) offeredNow(i int) bool {
	id := c.m.sc.Issues[i].ID
	for _, n := range c.mine {
		o := &c.v.Offers[n]
		if o.Status != game.OfferOpen || o.Expires < c.v.Turn {
			continue
		}
		for _, t := range o.Terms {
			if t.Issue == id && t.Actor == c.v.Actor {
				return true
			}
		}
	}
	return false
}

// chip reports whether a move the seat wants is worth much more to the
// others than to itself: then it is a bargaining chip to trade in a
// package rather than give away, until late in the game. An easy seat
// does not see it.
func (c *ctx) chip(i, j int, val float64) bool {
	if c.d == Easy || c.tau >= 0.75 || val <= 0 {
		return false
	}
	return c.chipFor(c.me, i, j, val)
}

// chipFor reports whether moving issue i to j is worth much more to the
// others than the val it is worth to actor a.
func (c *ctx) chipFor(a, i, j int, val float64) bool {
	if a != c.me {
		return c.othersWant(a, i, j) > 2*val+2
	}
	// The search asks of the seat's own moves again and again in a
	// decision, whose beliefs and options stay put meanwhile.
	w := c.wantMe[i]
	if len(w) == 0 {
		w = resize(w, len(c.m.sc.Issues[i].Options))
		for k := range w {
			w[k] = math.NaN()
		}
		c.wantMe[i] = w
	}
	if w[j] != w[j] { // NaN: not yet asked
		w[j] = c.othersWant(a, i, j)
	}
	return w[j] > 2*val+2
}

// othersWant is what moving issue i to j is worth to everyone but actor a,
// summed: by the seat's beliefs (the engine's, unrefined) about the
// others, and by the public priors about the seat itself, as the others
// would see it.
func (c *ctx) othersWant(a, i, j int) float64 {
	sum, cur := 0.0, c.now[i]
	for b, ts := range c.m.types {
		if b == a {
			continue
		}
		w := c.m.priors[b]
		if b != c.me {
			w = c.rawBeliefs(b)
		}
		for k, wk := range w {
			row := ts[k].val[i] // delta(i, cur, j), read once per type
			sum += wk * (row[j] - row[cur])
		}
	}
	return sum
}

// statements makes public commitments with spare capital early in the
// game. A seat rules out options on its red lines: a commitment it
// would keep anyway, and one that steers the others' beliefs toward the
// truth. A normal seat also bluffs now and then (a hard one never): it
// rules out an option it merely dislikes, if
// a tougher type of its own would refuse it, so that the others read it
// as tougher than it is; the audience cost of backing down later is then
// counted in every offer it weighs.
func (c *ctx) statements() {
	if c.d == Easy || c.tau > 0.5 {
		return
	}
	probe := game.Order{Kind: game.OrderStatement}
	if !c.afford(probe) || (c.budget < probe.Cost(c.v.Rules)+1 && c.v.Turn > 1) {
		return // keep a point in hand for replies after the first turn
	}
	for i := range c.now {
		for j := range c.m.sc.Issues[i].Options {
			if c.stated(i, j) {
				continue
			}
			if c.own.red[i][j] > 0 {
				c.state(i, j, "it is one of its red lines, and saying so costs it nothing it would ever accept")
				return
			}
		}
	}
	// A hard seat does not bluff: measured over 200 games a seat, a
	// statement made only to look tough lost every seat a little (it
	// binds the seat against deals it would later want).
	if c.bluffed() || c.d == Hard {
		return
	}
	odds := (0.35 + 0.25*c.prof.Risk) / 3 // a normal seat bluffs now and then
	i, j := c.bluff()
	if i >= 0 && c.random().Float64() < odds {
		c.state(i, j, "it dislikes it, and a firm public line makes the others read "+c.name(c.me)+" as harder to move than it is")
	}
}

// bluff picks the option to rule out: one the seat's true type likes less
// than the current option and that another of its possible types would
// hate, the one the seat dislikes least. That is the bluff that moves the
// others most (they read a type that would refuse it), and a real one: a
// deal or a turn of events may later make that option worth taking, and
// the seat must then weigh its gain against the audience cost of going
// back on its word.
func (c *ctx) bluff() (int, int) {
	bi, bj, bs := -1, -1, 0.0
	types := c.m.types[c.me]
	for i := range c.now {
		for j := range c.m.sc.Issues[i].Options {
			d := c.own.delta(i, c.now[i], j)
			// It skips what it could sell and what its own deals set this turn.
			if j == c.now[i] || c.stated(i, j) || d >= 0 || c.sellable(i, j) || c.busy[i] == j {
				continue
			}
			tough := false
			for k := range types {
				if k != c.v.Type && types[k].delta(i, c.now[i], j) < -5 {
					tough = true
				}
			}
			if tough && (bi < 0 || -d < bs) {
				bi, bj, bs = i, j, -d
			}
		}
	}
	return bi, bj
}

// sellable reports whether the seat could be asked to deliver option j of
// issue i, by its own move or its consent, and someone would pay for it:
// ruling that out in public is a word the seat expects to break (at its
// price, a deal for its consent is worth more than the bluff), or a chip
// it has thrown away: a seat that has ruled out what it alone can give
// must pay the audience cost to sell it.
func (c *ctx) sellable(i, j int) bool {
	if c.v.Controller[i] != c.me && !slices.Contains(c.m.consent[i][j].actors, c.me) {
		return false
	}
	return c.othersWant(c.me, i, j) > 0
}

func (c *ctx) stated(i, j int) bool {
	for _, st := range c.said[c.me] {
		if st.issue == i && (st.option == j || !st.oppose) {
			return true
		}
	}
	return false
}

// bluffed reports whether the seat has already made a statement that is
// not about one of its red lines: one bluff a game is enough.
func (c *ctx) bluffed() bool {
	for _, st := range c.said[c.me] {
		if c.own.red[st.issue][st.option] == 0 {
			return true
		}
	}
	for _, st := range c.v.Statements {
		if st.Actor == c.v.Actor && st.Broken {
			return true
		}
	}
	return false
}

func (c *ctx) state(i, j int, why string) {
	is := &c.m.sc.Issues[i]
	n := c.add(game.Order{Kind: game.OrderStatement, Issue: is.ID, Option: is.Options[j].ID, Oppose: true})
	if n >= 0 {
		c.note(n, "", "%s publicly rules out %s for %s: %s.", c.name(c.me), c.optionName(i, j), c.issueName(i), why)
	}
}
