package ai

import (
	"fmt"

	"backchannel/game"
)

// agreements carries out the seat's pending terms. It fulfils them as a
// rule. It reneges when a term would cross one of its red lines, when
// another party has already broken the same agreement and the term costs
// it something (not an easy seat, which is naive), or when the deal as it
// now stands is worth less than its reservation and it trusts the others
// too little for keeping its word to pay; how little is "too little"
// rises with the difficulty. Facing partners it does not yet trust, or
// who broke their word before, it lets them move first while its own
// deadline allows (an easy seat pays at once).
func (c *ctx) agreements() {
	defer c.reserve()
	for n := range c.v.Agreements {
		ag := &c.v.Agreements[n]
		if !containsStr(ag.Parties, c.v.Actor) {
			continue
		}
		for k := range ag.Terms {
			t := &ag.Terms[k]
			if t.Actor == c.v.Actor && t.Status == game.TermPending {
				c.keep(ag, k)
			}
		}
	}
}

// reserve marks the issues that pending terms of the seat's agreements
// will set, so that it takes no new deal that would undo them.
func (c *ctx) reserve() {
	for n := range c.v.Agreements {
		ag := &c.v.Agreements[n]
		if !containsStr(ag.Parties, c.v.Actor) {
			continue
		}
		for _, u := range ag.Terms {
			if t, ok := c.termOf(u.Term); ok && u.Status == game.TermPending && c.busy[t.issue] < 0 && c.v.Controller[t.issue] == t.actor {
				c.busy[t.issue] = t.option
			}
		}
	}
}

func (c *ctx) keep(ag *game.Agreement, k int) {
	gt := ag.Terms[k].Term
	t, ok := c.termOf(gt)
	fulfil := game.Order{Kind: game.OrderFulfil, Agreement: ag.ID, TermIndex: k}
	renege := game.Order{Kind: game.OrderRenege, Agreement: ag.ID, TermIndex: k}
	if !ok {
		c.note(c.add(fulfil), "", "%s carries out its promise in %s.", c.name(c.me), ag.ID)
		return
	}
	d := 0.0
	if c.v.Controller[t.issue] == c.me {
		d = c.own.delta(t.issue, c.now[t.issue], t.option) - c.wordCost(t.issue, t.option)
	}
	betrayed, waiting, minTrust := "", false, 100.0
	for _, p := range ag.Parties {
		if b, ok := c.m.actor[p]; ok && b != c.me {
			minTrust = min(minTrust, c.reliance(b))
		}
	}
	for _, u := range ag.Terms {
		if u.Actor == c.v.Actor {
			continue
		}
		switch u.Status {
		case game.TermReneged, game.TermExpired:
			betrayed = u.Actor
		case game.TermPending:
			waiting = true
		}
	}
	what := c.sayTerm(t)
	// A move the seat wants anyway but the others value more is still the
	// price of the deal: it is not handed over on credit either.
	stake := d < 0 || (d > 0 && c.v.Controller[t.issue] == c.me && c.chipFor(c.me, t.issue, t.option, d))
	// What the others gain by the term is what they signed for: a partner
	// it does not trust gets it only once it has delivered its own side,
	// even when the seat gains by it too (a linked bundle lets the seat
	// walk away if the partner defaults; an unlinked term stands alone).
	if !stake && ag.Linkage != game.LinkNone && c.v.Controller[t.issue] == c.me {
		for _, p := range ag.Parties {
			if b, ok := c.m.actor[p]; ok && b != c.me && c.othersGain([]int{b}, t.issue, c.now[t.issue], t.option) > 2 {
				stake = true
			}
		}
	}
	switch {
	case c.v.Controller[t.issue] == c.me && c.undoes(t.issue, t.option):
		c.note(c.add(renege), "", "%s reneges on its promise that %s: carrying it out would move %s off what it already carried out in an earlier agreement, and breaking that one would cost more.",
			c.name(c.me), what, c.issueName(t.issue))
	case d != 0 && c.own.red[t.issue][t.option] > c.own.red[t.issue][c.now[t.issue]]:
		c.note(c.add(renege), "", "%s reneges on its promise that %s: it would cross one of its red lines.", c.name(c.me), what)
	case betrayed != "" && d < 0 && -d > c.renegeCost(ag) && c.d > Easy:
		c.note(c.add(renege), "", "%s reneges on its promise that %s: %s broke its side of %s first.", c.name(c.me), what, c.name(c.m.actor[betrayed]), ag.ID)
	case d < 0 && -d > c.renegeCost(ag) && c.dealValue(ag) < c.v.Reservation && minTrust < c.renegeTrust(ag.Linkage):
		c.note(c.add(renege), "", "%s reneges on its promise that %s: the deal is now worth %s to it, below the %s it must have, and it trusts the other side too little (%s) to keep its word at a loss.",
			c.name(c.me), what, score(c.dealValue(ag)), score(c.v.Reservation), score(minTrust))
	case c.busy[t.issue] >= 0 && c.busy[t.issue] != t.option && ag.Terms[k].Deadline > c.v.Turn:
		c.note(-1, "", "%s puts off its promise that %s: another of its agreements settles that issue this turn.", c.name(c.me), what)
	case c.d > Easy && stake && waiting && c.breakers(ag) != "" && ag.Terms[k].Deadline > c.v.Turn:
		c.note(-1, "", "%s holds back its promise that %s until the others move: %s has broken its word before, and %s has until turn %d.",
			c.name(c.me), what, c.breakers(ag), c.name(c.me), ag.Terms[k].Deadline)
	case c.d > Easy && stake && waiting && minTrust < c.holdTrust() && ag.Terms[k].Deadline > c.v.Turn:
		c.note(-1, "", "%s holds back its promise that %s until the others move: it trusts them too little (%s) to pay first, and has until turn %d.",
			c.name(c.me), what, score(minTrust), ag.Terms[k].Deadline)
	default:
		parties := bit(c.me)
		for _, id := range ag.Parties {
			if b, ok := c.m.actor[id]; ok {
				parties |= bit(b)
			}
		}
		claim := c.claimFor(t, parties)
		if t.vague && c.v.Controller[t.issue] == c.me {
			// Name the option, even the one promised: the engine keeps a
			// loosely worded term carried out without a claim with the
			// least move, which is not what the seat chose.
			fulfil.Option = c.m.sc.Issues[t.issue].Options[claim].ID
		}
		if claim != t.option && c.v.Controller[t.issue] == c.me {
			c.busy[t.issue] = claim
			c.note(c.add(fulfil), "", "%s keeps its loosely worded promise that %s with %s, which the wording allows and suits it better; the others may dispute it.",
				c.name(c.me), what, c.optionName(t.issue, claim))
			return
		}
		c.busy[t.issue] = t.option
		c.note(c.add(fulfil), "", "%s keeps its word: %s, as agreed in %s.%s", c.name(c.me), what, ag.ID, costWords(d))
	}
}

func costWords(d float64) string {
	switch {
	case d < -0.5:
		return fmt.Sprintf(" It costs %.0f points, but breaking its word would cost trust with everyone who knows.", -d)
	case d > 0.5:
		return fmt.Sprintf(" It gains %.0f points by it.", d)
	}
	return ""
}

// renegeCost is what breaking a term of the agreement costs the seat in
// face, valued as standing at home: a stated bundle costs most, and the
// cost is halved while only the partners know.
func (c *ctx) renegeCost(ag *game.Agreement) float64 {
	face := c.v.Rules.RenegeFace * game.RenegeWeight(ag.Linkage)
	if !ag.Public {
		face /= 2
	}
	return face * homeValue(c.v.Rules, c.own.prefs)
}

// holdTrust is the trust below which the seat lets its partners carry
// out their side of a deal before it pays its own: a promise-taker who
// pays first to a stranger is the easiest mark there is. A hard seat is
// warier still.
func (c *ctx) holdTrust() float64 {
	if c.d == Hard {
		return 66
	}
	return 62
}

// renegeTrust is the trust below which the seat will break a deal that has
// turned bad: an easy seat seldom does, risk-takers more readily, and a
// deal that was never a stated quid pro quo is easier to walk away from.
// (A hard seat is no readier than a normal one: a broken word now costs
// face at home and credit with every partner who hears of it.)
func (c *ctx) renegeTrust(lk game.Linkage) float64 {
	base := 25.0
	if c.d == Easy {
		base = 15
	}
	base += 10 * c.prof.Risk
	switch lk {
	case game.LinkNone:
		base += 5
	case game.LinkExplicit:
		base -= 5
	}
	return base
}

// dealValue is the seat's utility if every still-pending term of the
// agreement were carried out now.
func (c *ctx) dealValue(ag *game.Agreement) float64 {
	p := pkg{from: -1, linkage: ag.Linkage}
	for _, id := range ag.Parties {
		if a, ok := c.m.actor[id]; ok {
			p.parties |= bit(a)
		}
	}
	for _, u := range ag.Terms {
		if u.Status != game.TermPending {
			continue
		}
		if t, ok := c.termOf(u.Term); ok {
			p.terms = append(p.terms, t)
		}
	}
	j := c.self()
	return c.evaluate(&j, &p).full
}

// undoes reports whether setting issue i to option j would move it off a
// term already carried out in an agreement the seat can see, which binds
// for the agreement's life unless released: the engine counts that as
// reneging by the issue's controller if it is a party, so the seat
// neither moves it so nor asks the controller to.
func (c *ctx) undoes(i, j int) bool {
	// The search asks again and again; the view does not change meanwhile.
	u := c.undone[i]
	if len(u) == 0 {
		u = resize(u, len(c.m.sc.Issues[i].Options))
		clear(u)
		c.undone[i] = u
	}
	if u[j] == 0 {
		u[j] = 1
		if c.undoesNow(i, j) {
			u[j] = 2
		}
	}
	return u[j] == 2
}

func (c *ctx) undoesNow(i, j int) bool {
	id := c.m.sc.Issues[i].ID
	mover := c.m.sc.Actors[c.v.Controller[i]].ID
	for n := range c.v.Agreements {
		ag := &c.v.Agreements[n]
		if !containsStr(ag.Parties, mover) {
			continue // moved by an outsider, the term is overtaken by events
		}
		for k := range ag.Terms {
			t := &ag.Terms[k]
			if t.Status == game.TermFulfilled && !t.Free && t.Issue == id && !c.v.Scenario.Keeps(t.Term, j) {
				return true
			}
		}
	}
	return false
}

// wordCost is the audience cost of the seat's moving issue i to option j
// by its own deed, such as carrying out a term: the engine charges it when
// the move goes against one of the seat's standing public statements.
func (c *ctx) wordCost(i, j int) float64 {
	if j == c.now[i] {
		return 0
	}
	if _, ok := c.goesBack([]term{{actor: c.me, issue: i, option: j}}); ok {
		return c.audienceCost(c.own.prefs)
	}
	return 0
}
