package ai

import (
	"slices"

	"backchannel/game"
)

// edit is one change to an offer, with what it would cost the other
// parties as the seat reckons it, and its description: up to two changes,
// put in words only when shown.
type edit struct {
	p    pkg
	cost float64
	what [2]change
	n    int // changes in what
	key  int // identifies the edit among its siblings
}

// change is one edit in the terms needed to say it.
type change struct {
	kind   changeKind
	lk     game.Linkage
	t      term
	option int // the other option, for a changed term
}

type changeKind int8

const (
	changeLinkage changeKind = iota
	changePrivate
	changeDrop
	changeOption
	changeAdd
)

// say puts the edit in words ("the linkage were implicit").
func (c *ctx) say(e *edit) string {
	s := c.sayChange(e.what[0])
	if e.n > 1 {
		s += " and " + c.sayChange(e.what[1])
	}
	return s
}

func (c *ctx) sayChange(ch change) string {
	t := ch.t
	switch ch.kind {
	case changeLinkage:
		return linkageChange(ch.lk)
	case changePrivate:
		return "it were made in private"
	case changeDrop:
		return "it left out the promise that " + c.sayTerm(t)
	case changeOption:
		return c.name(t.actor) + " set " + c.issueName(t.issue) + " to " + c.optionName(t.issue, ch.option) + " rather than " + c.optionName(t.issue, t.option)
	}
	return "it also had " + c.sayTermAs(t, false)
}

// wouldAccept finds the smallest change to a refused package that turns
// it into an acceptance, by the seat's own evaluation: each single edit
// (another linkage level, going private, dropping a term, changing a
// term's option, adding a term from another party), then pairs of the
// cheapest edits. Cost is what the edit takes from the other parties,
// in their utility as the seat believes them to be, plus a small charge
// for each edit, so that a change of wording beats a change of substance.
func (c *ctx) wouldAccept(p *pkg) *Counterfactual {
	// The edited packages' terms live in one buffer of the seat's, emptied
	// here: nothing of them outlives this call (the answer copies its terms).
	c.editTerms = c.editTerms[:0]
	edits := c.edits(p, 0)
	slices.SortStableFunc(edits, func(a, b edit) int { return cmpF(a.cost, b.cost) })
	for n := range edits {
		if c.acceptable(&edits[n].p) {
			return c.counterfactual(&edits[n])
		}
	}
	n := min(len(edits), 6)
	var best edit
	found := false
	for a := 0; a < n; a++ {
		first := &edits[a]
		for _, e2 := range c.edits(&first.p, 1) {
			cost := first.cost + e2.cost
			if e2.key == first.key || (found && cost >= best.cost) {
				continue
			}
			if c.acceptable(&e2.p) {
				best = edit{p: e2.p, cost: cost, what: [2]change{first.what[0], e2.what[0]}, n: 2}
				found = true
			}
		}
	}
	if found {
		return c.counterfactual(&best)
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

func (c *ctx) counterfactual(e *edit) *Counterfactual {
	j := c.self()
	ch := e.p.channel
	if ch == "" {
		ch = game.ChannelPrivate
	}
	return &Counterfactual{Change: c.say(e), Terms: c.gameTerms(e.p.terms), Linkage: e.p.linkage, Channel: ch, Worth: c.evaluate(&j, &e.p).eu}
}

// editClone copies a package for an edit: its terms go to the seat's
// edit buffer, with room for one more; the recipients are shared, as no
// edit changes them.
func (c *ctx) editClone(p *pkg) pkg {
	q := *p
	q.known = false
	start := len(c.editTerms)
	c.editTerms = append(c.editTerms, p.terms...)
	c.editTerms = append(c.editTerms, term{})
	q.terms = c.editTerms[start : start+len(p.terms) : start+len(p.terms)+1]
	return q
}

// edits lists the single changes to a package, each priced, in the seat's
// list for the given depth (0 for the refused package, 1 for an edited
// one): both lists are in use at once, and reused from call to call.
func (c *ctx) edits(p *pkg, depth int) []edit {
	out := c.editBuf[depth][:0]
	defer func() { c.editBuf[depth] = out }()
	base := c.partyValues(p)
	add := func(q *pkg, fixed float64, key int, ch change) {
		c.fix(q) // weighed again and again below, never changed
		out = append(out, edit{p: *q, cost: fixed + c.loss(base, q), key: key, what: [2]change{ch}, n: 1})
	}
	for n, lk := range []game.Linkage{game.LinkImplicit, game.LinkNone, game.LinkExplicit} {
		if lk != p.linkage && p.distinctActors() > 1 {
			q := c.editClone(p)
			q.linkage = lk
			add(&q, 0.5, 1+n, change{kind: changeLinkage, lk: lk})
		}
	}
	if p.public || p.channel == game.ChannelPublic {
		q := c.editClone(p)
		q.public, q.channel = false, game.ChannelPrivate
		add(&q, 0.5, 4, change{kind: changePrivate})
	}
	for n, t := range p.terms {
		if len(p.terms) > 1 {
			q := c.editClone(p)
			q.terms = slices.Delete(q.terms, n, n+1)
			add(&q, 0.25, 10+n, change{kind: changeDrop, t: t})
		}
		for j := range c.m.sc.Issues[t.issue].Options {
			if j == t.option {
				continue
			}
			q := c.editClone(p)
			q.terms[n].option = j
			add(&q, 0.25, 100+100*t.issue, change{kind: changeOption, t: t, option: j})
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
			q := c.editClone(p)
			t := term{actor: x, issue: i, option: j}
			q.terms = append(q.terms, t)
			add(&q, 1, 100+100*i, change{kind: changeAdd, t: t})
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
		j := judge{a: b, k: k, t: t, u0: c.rawNow(b, k)}
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
