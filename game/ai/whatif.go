package ai

import (
	"slices"

	"backchannel/game"
)

// edit is one change to an offer, with what it would cost the other
// parties as the seat reckons it, and its description in words.
type edit struct {
	p    pkg
	cost float64
	say  func() string // the change in words, built only when shown
	key  int           // identifies the edit among its siblings
}

// wouldAccept finds the smallest change to a refused package that turns
// it into an acceptance, by the seat's own evaluation: each single edit
// (another linkage level, going private, dropping a term, changing a
// term's option, adding a term from another party), then pairs of the
// cheapest edits. Cost is what the edit takes from the other parties,
// in their utility as the seat believes them to be, plus a small charge
// for each edit, so that a change of wording beats a change of substance.
func (c *ctx) wouldAccept(p *pkg) *Counterfactual {
	edits := c.edits(p)
	slices.SortStableFunc(edits, func(a, b edit) int { return cmpF(a.cost, b.cost) })
	for _, e := range edits {
		if c.acceptable(&e.p) {
			return c.counterfactual(e)
		}
	}
	n := min(len(edits), 6)
	var best *edit
	for a := 0; a < n; a++ {
		first := edits[a]
		for _, e2 := range c.edits(&first.p) {
			cost := first.cost + e2.cost
			if e2.key == first.key || (best != nil && cost >= best.cost) {
				continue
			}
			if c.acceptable(&e2.p) {
				second := e2.say
				best = &edit{p: e2.p, cost: cost, say: func() string { return first.say() + " and " + second() }}
			}
		}
	}
	if best != nil {
		return c.counterfactual(*best)
	}
	return nil
}

// acceptable is weigh's yes or no, taking the cheap tests first; a
// package that would undo a deal of the seat's is no yes either.
func (c *ctx) acceptable(p *pkg) bool {
	j := c.self()
	w := c.evaluate(&j, p)
	if w.crosses || c.clashes(p) || c.boundTerm(p) >= 0 || w.eu < c.aspiration(p.parties).asp {
		return false
	}
	return c.weigh(p).accept
}

func (c *ctx) counterfactual(e edit) *Counterfactual {
	j := c.self()
	ch := e.p.channel
	if ch == "" {
		ch = game.ChannelPrivate
	}
	return &Counterfactual{Change: e.say(), Terms: c.gameTerms(e.p.terms), Linkage: e.p.linkage, Channel: ch, Worth: c.evaluate(&j, &e.p).eu}
}

// edits lists the single changes to a package, each priced.
func (c *ctx) edits(p *pkg) []edit {
	// Room for every edit at once (at most: three linkages, going private,
	// each term dropped or set to each option, each issue's options
	// added): growing the list step by step was a large share of a
	// simulation's garbage.
	room := 4
	for _, t := range p.terms {
		room += len(c.m.sc.Issues[t.issue].Options)
	}
	for i := range c.m.sc.Issues {
		room += len(c.m.sc.Issues[i].Options)
	}
	out := make([]edit, 0, room)
	base := c.partyValues(p)
	add := func(q pkg, fixed float64, key int, say func() string) {
		out = append(out, edit{p: q, cost: fixed + c.loss(base, &q), key: key, say: say})
	}
	for n, lk := range []game.Linkage{game.LinkImplicit, game.LinkNone, game.LinkExplicit} {
		if lk != p.linkage && p.distinctActors() > 1 {
			q := p.clone()
			q.linkage = lk
			add(q, 0.5, 1+n, func() string { return linkageChange(lk) })
		}
	}
	if p.public || p.channel == game.ChannelPublic {
		q := p.clone()
		q.public, q.channel = false, game.ChannelPrivate
		add(q, 0.5, 4, func() string { return "it were made in private" })
	}
	for n, t := range p.terms {
		if len(p.terms) > 1 {
			q := p.clone()
			q.terms = slices.Delete(q.terms, n, n+1)
			add(q, 0.25, 10+n, func() string { return "it left out the promise that " + c.sayTerm(t) })
		}
		for j := range c.m.sc.Issues[t.issue].Options {
			if j == t.option {
				continue
			}
			q := p.clone()
			q.terms[n].option = j
			add(q, 0.25, 100+100*t.issue, func() string {
				return c.name(t.actor) + " set " + c.issueName(t.issue) + " to " + c.optionName(t.issue, j) + " rather than " + c.optionName(t.issue, t.option)
			})
		}
	}
	for i := range c.m.sc.Issues {
		x := c.v.Controller[i]
		if x == c.me || !p.hasParty(x) || hasIssue(p.terms, i) {
			continue
		}
		for j := range c.m.sc.Issues[i].Options {
			if j == c.now[i] || c.own.delta(i, c.now[i], j) <= 0 {
				continue
			}
			q := p.clone()
			t := term{actor: x, issue: i, option: j}
			q.terms = append(q.terms, t)
			add(q, 1, 100+100*i, func() string { return "it also had " + c.sayTermAs(t, false) })
		}
	}
	return out
}

func linkageChange(lk game.Linkage) string {
	switch lk {
	case game.LinkImplicit:
		return "the linkage were implicit"
	case game.LinkExplicit:
		return "the linkage were explicit"
	}
	return "there were no stated linkage"
}

func hasIssue(ts []term, i int) bool {
	for _, t := range ts {
		if t.issue == i {
			return true
		}
	}
	return false
}

// partyValues is, for each party but the seat, its believed-expected
// utility if the package were carried out in full.
func (c *ctx) partyValues(p *pkg) []float64 {
	out := make([]float64, len(c.m.sc.Actors))
	for b := range out {
		if b != c.me && p.hasParty(b) {
			out[b] = c.believedFull(b, p)
		}
	}
	return out
}

// loss is what an edited package takes from the other parties compared
// with the original, as the seat believes their preferences to be.
func (c *ctx) loss(base []float64, q *pkg) float64 {
	sum := 0.0
	for b := range base {
		if b != c.me && q.hasParty(b) {
			sum += max(0, base[b]-c.believedFull(b, q))
		}
	}
	return sum
}

func (c *ctx) believedFull(b int, p *pkg) float64 {
	w := c.beliefs(b)
	sum := 0.0
	for k := range w {
		t := &c.m.types[b][k]
		j := judge{a: b, k: k, t: t, u0: t.raw(c.now)}
		sum += w[k] * c.evaluate(&j, p).full
	}
	return sum
}

func cmpF(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
