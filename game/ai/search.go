package ai

import "backchannel/game"

// plan is a package the seat might send, with its reckoning.
type plan struct {
	p     pkg
	forum string
	reckoning
	varied int // how many linkage levels were about as good, when the seat varied its wording
}

// reckoning is what assess makes of a package, apart from the package: the
// search weighs thousands and keeps few.
type reckoning struct {
	eu    float64 // worth to the seat
	pacc  float64 // chance that every recipient accepts
	value float64 // gain over what the seat holds now, times pacc
}

// search finds the package among the parties that maximises the seat's
// gain times the chance that all recipients accept, among packages the
// seat itself would accept. Seeds are extra packages to consider, such as
// a refused offer edited into one the seat would take.
func (c *ctx) search(to []int, seeds []pkg) (plan, bool) {
	c.bar = 0
	parties := bit(c.me)
	for _, b := range to {
		parties |= bit(b)
	}
	ch, forum := c.channelFor(to)
	if c.v.Turn+1 > c.v.Turns {
		return plan{}, false // a letter sent now would arrive after the end
	}
	st := c.aspiration(parties)
	if st.top-clampU(c.u0) < 0.5 && len(seeds) == 0 {
		// Even the best deal these parties could give the seat, while each
		// still gains, is worth nothing: no need to model them.
		return plan{}, false
	}
	asp := st.asp
	cands := c.candidates(parties, to)
	if len(cands) == 0 && len(seeds) == 0 {
		return plan{}, false
	}
	var best plan
	found := false
	try := func(p *pkg) {
		c.fix(p)
		var buf [3]game.Linkage
		for loose := false; ; loose = true {
			for _, lk := range c.linkages(p, &buf) {
				p.linkage = lk
				if r, ok := c.assess(p, to, asp); ok && (!found || r.value > best.value) {
					best, found = plan{p: p.clone(), forum: forum, reckoning: r}, true
					c.bar = r.value
				}
			}
			// Then the same package with the seat's own promises loosely
			// worded, where that leaves it room.
			if loose || !c.loosen(p) {
				break
			}
		}
		c.tighten(p)
	}
	buf := make([]term, 0, 3)
	var walk func(start int)
	walk = func(start int) {
		if len(buf) > 0 && c.involvesAll(buf, to) {
			p := pkg{from: c.me, to: to, terms: buf, channel: ch, parties: parties}
			try(&p)
		}
		if len(buf) == c.maxTerms() {
			return
		}
		for n := start; n < len(cands); n++ {
			if hasIssue(buf, cands[n].issue) {
				continue
			}
			buf = append(buf, cands[n])
			walk(n + 1)
			buf = buf[:len(buf)-1]
		}
	}
	walk(0)
	for _, s := range seeds {
		p := s.clone()
		p.from, p.to, p.channel, p.public, p.parties = c.me, to, ch, false, parties
		// Only what each party may still promise: the engine refuses a
		// term on an issue its actor no longer decides.
		p.terms = c.effectiveTerms(&p)
		if len(p.terms) == 0 || !c.involvesAll(p.terms, to) {
			continue
		}
		if r, ok := c.assess(&p, to, asp); ok && (!found || r.value > best.value) {
			best, found = plan{p: p, forum: forum, reckoning: r}, true
			c.bar = r.value
		}
	}
	if !found || best.value < 0.5 || best.pacc < 0.1 || c.hopeless(&best) {
		return plan{}, false
	}
	// Confirm with the engine's own utility before committing to it.
	if c.v.Scenario.Utility(c.me, c.v.Type, c.v.Scenario.Apply(c.now, c.gameTerms(c.effectiveTerms(&best.p)))) < c.v.Reservation {
		return plan{}, false
	}
	return c.vary(best, to, asp), true
}

// assess values one package as a proposal.
func (c *ctx) assess(p *pkg, to []int, asp float64) (reckoning, bool) {
	j := c.self()
	w, concession := c.termsWorth(&j, p)
	// The chance of acceptance is at most 1, so a package whose gain alone
	// cannot beat the best so far need not be put to the counterparts. A
	// request that costs the seat nothing is worth asking whatever it
	// holds out for in a trade: the answer shows who takes everything.
	// Costs only lower the worth, so a package that fails on its terms
	// alone fails with its costs too: most fail so, and cheaply.
	if (c.costsNonNegative() && c.fails(p, w, asp)) || c.givesChipAway(p) {
		return reckoning{}, false
	}
	expose := c.exposure(p) // the same for the seat and every recipient
	w.cost = c.costs(&j, p, concession, expose)
	w.eu -= w.cost
	if c.fails(p, w, asp) {
		return reckoning{}, false
	}
	gain := w.eu - clampU(c.u0)
	pacc := c.repeatPenalty(p)
	for _, b := range to {
		pacc *= c.pAccept(b, p, expose)
		if pacc < 0.01 {
			return reckoning{}, false
		}
	}
	value := gain * pacc
	if c.d == Hard {
		// A hard seat also prices the refusal: a letter that is turned
		// down may still leak, and its sender pays for that either way
		// (the worth above counts the leak only with the deal). Poland's
		// letters in letter-2009, nearly all refused, cost it more in
		// leaks than they ever won it. (Measured at 200 games, a normal
		// seat that does so too chooses explicit linkage in 5% of its
		// trades, and Iran's seat loses its edge over accepting all.)
		value -= (1 - pacc) * c.leakLoss(j.t.prefs, p, expose)
	}
	return reckoning{eu: w.eu, pacc: pacc, value: value}, true
}

// hopeless reports whether a normal seat's best package is not worth the
// letter: what it stands to gain, at the odds it gives the recipients,
// does not cover what the letter costs at home if it is refused and leaks
// all the same. Poland's letters in letter-2009, nearly all refused, cost
// it more in leaks than they ever won it. A hard seat weighs that cost in
// every package it compares (see assess); a normal one only decides by it
// whether to write at all, since weighing it in the choice of package
// measured worse (at 200 games, it chose explicit linkage in 5% of its
// trades, and Iran's seat lost its edge over accepting everything). A
// probe is worth its answer (see probe).
func (c *ctx) hopeless(pl *plan) bool {
	if c.d != Normal || c.answering || c.probe(&pl.p) {
		return false
	}
	loss := c.leakLoss(c.own.prefs, &pl.p, c.exposure(&pl.p))
	return pl.value-(1-pl.pacc)*loss < minGain
}

// probe reports whether the package asks for something for nothing of
// recipients who have never refused the seat: the answer is worth the
// letter, since it shows who takes whatever it is offered (see pushover).
func (c *ctx) probe(p *pkg) bool {
	if c.concedes(p) {
		return false
	}
	for _, b := range p.to {
		if c.pushover(b) == 0 {
			return false
		}
	}
	return true
}

// fails reports whether a package worth w to the seat is not worth
// proposing: it crosses a red line, concedes a move (or answers an offer)
// for less than the seat holds out for, gains too little, or no more
// than the best so far.
func (c *ctx) fails(p *pkg, w worth, asp float64) bool {
	gain := w.eu - clampU(c.u0)
	return w.crosses || (w.eu < asp && (c.concedes(p) || c.answering)) || gain < minGain || gain <= c.bar
}

// givesChipAway reports whether the package hands over a bargaining chip
// (a move the seat wants and may make alone, but the others want far
// more, see chip) with nothing promised in return: a chip is for trading,
// and a seat that wanted to give it would simply make the move. A move
// that needs the recipients' consent is not given away: their consent is
// what the seat gets.
func (c *ctx) givesChipAway(p *pkg) bool {
	chip := false
	for _, t := range p.terms {
		if t.actor != c.me {
			return false
		}
		d := c.own.delta(t.issue, c.now[t.issue], t.option)
		if d > 0 && len(c.m.consent[t.issue][t.option].actors) == 0 && c.chip(t.issue, t.option, d) {
			chip = true
		}
	}
	return chip
}

// concedes reports whether the package binds the seat to a move of its own.
func (c *ctx) concedes(p *pkg) bool {
	for _, t := range p.terms {
		if t.actor == c.me {
			return true
		}
	}
	return false
}

func (c *ctx) maxTerms() int {
	switch c.d {
	case Hard:
		return 3
	}
	return 2
}

// linkages are the linkage levels worth trying: none for a one-sided
// package, the one the rules impose if they do; for a trade, an easy seat
// always states it outright, the others weigh all three.
// They are written into buf, so that the search allocates nothing for them.
func (c *ctx) linkages(p *pkg, buf *[3]game.Linkage) []game.Linkage {
	if p.distinctActors() < 2 {
		return append(buf[:0], game.LinkNone)
	}
	if lk := c.v.Rules.Linkage; lk != "" {
		return append(buf[:0], lk) // the rules force every offer to one level
	}
	if c.d == Easy {
		return append(buf[:0], game.LinkExplicit)
	}
	return append(buf[:0], game.LinkNone, game.LinkImplicit, game.LinkExplicit)
}

// involvesAll requires, in a package to several actors, a promise from
// each: a bystander would only be a veto.
func (c *ctx) involvesAll(ts []term, to []int) bool {
	if len(to) < 2 {
		return true
	}
	for _, b := range to {
		in := false
		for _, t := range ts {
			in = in || t.actor == b
		}
		if !in {
			return false
		}
	}
	return true
}

// scored is a candidate term with a rough merit for pruning.
type scored struct {
	t     term
	merit float64
}

// candidates lists the promises worth putting in a package: concessions
// by the seat that the recipients value more than it costs the seat, and
// demands on issues the parties control that the seat wants, cheapest for
// them first. Moves the seat could make alone are left to moves.
func (c *ctx) candidates(parties uint64, to []int) []term {
	gives, asks := c.gives[:0], c.asks[:0]
	defer func() { c.gives, c.asks = gives, asks }()
	for i := range c.now {
		x := c.v.Controller[i]
		if c.busy[i] >= 0 || parties&bit(x) == 0 || (x == c.me && c.offered(i)) {
			// An issue the seat has already put on the table elsewhere is
			// not offered twice: two acceptances would bind it two ways.
			continue
		}
		cur := c.now[i]
		if c.v.Scenario.Irreversible(i, cur) {
			continue
		}
		for j := range c.m.sc.Issues[i].Options {
			if j == cur || !c.consentIn(i, j, parties) || c.undoes(i, j) {
				continue
			}
			d := c.own.delta(i, cur, j)
			t := term{actor: x, issue: i, option: j}
			switch {
			case x == c.me && (d < 0 || c.chip(i, j, d)):
				gives = append(gives, scored{t, c.othersGain(to, i, cur, j) + d})
			case x == c.me && d > 0 && len(c.m.consent[i][j].actors) > 0:
				asks = append(asks, scored{t, d})
			case x != c.me && d > 0:
				asks = append(asks, scored{t, d + c.othersGain([]int{x}, i, cur, j)})
			}
		}
	}
	k := c.breadth(len(to))
	sortByMerit(gives)
	sortByMerit(asks)
	out := c.cands[:0]
	defer func() { c.cands = out }()
	for n := 0; n < len(asks) && n < k; n++ {
		out = append(out, asks[n].t)
	}
	for n := 0; n < len(gives) && n < k && gives[n].merit > 0; n++ {
		out = append(out, gives[n].t)
	}
	return out
}

// sortByMerit orders candidates by merit, highest first, ties kept in
// order: an insertion sort, the order any stable sort gives (merits are
// never NaN), without calls through a function value for the few
// candidates of a search.
func sortByMerit(s []scored) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j-1].merit < s[j].merit; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// breadth is how many candidate promises of each kind the search keeps.
func (c *ctx) breadth(recipients int) int {
	switch {
	case c.d == Easy:
		return 3
	case c.d == Hard && recipients == 1:
		return 5
	case recipients > 1:
		return 3
	}
	return 4
}

// othersGain is what moving issue i from cur to j is worth to the actors,
// summed, by the seat's beliefs about them (priors for an easy seat).
func (c *ctx) othersGain(as []int, i, cur, j int) float64 {
	sum := 0.0
	for _, b := range as {
		w, tb := c.beliefs(b), c.m.types[b]
		for k, wk := range w {
			row := tb[k].val[i] // delta(i, cur, j), read once per type
			sum += wk * (row[j] - row[cur])
		}
	}
	return sum
}

// repeatPenalty lowers the hopes for a package the same recipients turned
// down. A trade refused counts against the same trade, most in the last
// few turns: the recipients' hopes come down over the calendar, so it may
// pass later, but each refusal says the seat's model of them was too
// hopeful. A request for nothing (the seat gives nothing in it) counts every
// refusal of the game of a request for the same things, or fewer: the
// seat's model of the recipients said yes and was wrong, whoever would
// not give one thing for nothing will not give it and more, and asking
// again every few turns only gives the press more letters to leak.
func (c *ctx) repeatPenalty(p *pkg) float64 {
	if c.refused == nil {
		c.refused = []pkg{}
		for _, n := range c.mine {
			o := &c.v.Offers[n]
			if o.Status != game.OfferOpen && o.Status != game.OfferAccepted {
				c.refused = append(c.refused, c.fromOffer(o))
				c.refusedAt = append(c.refusedAt, o.Sent)
			}
		}
	}
	f := 1.0
	ask := !c.concedes(p)
	for n := range c.refused {
		q := &c.refused[n]
		if q.parties != p.parties {
			continue
		}
		if ask && !c.concedes(q) && subTerms(q.terms, p.terms) {
			f *= 0.3
		} else if sameTerms(q.terms, p.terms) {
			f *= 0.6
			if c.refusedAt[n] >= c.v.Turn-4 {
				f *= 0.5
			}
		}
	}
	return f
}

// subTerms reports whether every term of a is among b's.
func subTerms(a, b []term) bool {
	for _, t := range a {
		found := false
		for _, u := range b {
			found = found || (t.actor == u.actor && t.issue == u.issue && t.option == u.option)
		}
		if !found {
			return false
		}
	}
	return true
}

func sameTerms(a, b []term) bool { return len(a) == len(b) && subTerms(a, b) }

// channelFor picks a forum meeting when one is open that all the parties
// attend (it arrives a turn sooner and leaks less), else a private letter.
func (c *ctx) channelFor(to []int) (game.Channel, string) {
	for _, f := range c.v.Forums {
		if f < 0 || f >= len(c.m.sc.Forums) {
			continue
		}
		fd := &c.m.sc.Forums[f]
		all := containsStr(fd.Attendees, c.v.Actor)
		for _, b := range to {
			all = all && containsStr(fd.Attendees, c.m.sc.Actors[b].ID)
		}
		if all {
			return game.ChannelForum, fd.ID
		}
	}
	return game.ChannelPrivate, ""
}
