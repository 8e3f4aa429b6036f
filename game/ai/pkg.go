package ai

import "backchannel/game"

// pkg is an offer in the seat's own terms: indexes instead of ids.
type pkg struct {
	from    int
	to      []int
	terms   []term
	linkage game.Linkage
	channel game.Channel
	public  bool // already in the open (a public offer, or a leaked one)
	parties uint64
	// eff and nact, when known, are which terms are effective (bit n for
	// term n) and distinctActors: the search weighs each package in
	// several wordings and linkages, which change neither. Set by fix,
	// they hold while the terms and parties do; a copy that edits them
	// starts from clone or editClone, which forget them.
	eff   uint64
	nact  int
	known bool
}

// term is one promise: actor sets issue to option.
type term struct {
	actor, issue, option int
	vague                bool
}

// fromOffer reads an offer of the view; terms naming unknown ids are left
// out, as the engine would never carry them out.
func (c *ctx) fromOffer(o *game.Offer) pkg {
	p := pkg{from: -1, linkage: o.Linkage, channel: o.Channel, public: o.Public}
	if a, ok := c.m.actor[o.From]; ok {
		p.from = a
		p.parties |= bit(a)
	}
	for _, id := range o.To {
		if a, ok := c.m.actor[id]; ok {
			p.to = append(p.to, a)
			p.parties |= bit(a)
		}
	}
	for _, t := range o.Terms {
		if tm, ok := c.termOf(t); ok {
			p.terms = append(p.terms, tm)
		}
	}
	return p
}

func (c *ctx) termOf(t game.Term) (term, bool) {
	a, ok := c.m.actor[t.Actor]
	if !ok {
		return term{}, false
	}
	i, ok := c.m.issue[t.Issue]
	if !ok {
		return term{}, false
	}
	j, ok := c.m.option[i][t.Option]
	if !ok {
		return term{}, false
	}
	return term{actor: a, issue: i, option: j, vague: t.Vague}, true
}

// gameTerms writes terms back as the engine spells them.
func (c *ctx) gameTerms(ts []term) []game.Term {
	out := make([]game.Term, len(ts))
	for n, t := range ts {
		is := &c.m.sc.Issues[t.issue]
		out[n] = game.Term{Actor: c.m.sc.Actors[t.actor].ID, Issue: is.ID, Option: is.Options[t.option].ID, Vague: t.vague}
	}
	return out
}

func (c *ctx) ids(as []int) []string {
	out := make([]string, len(as))
	for n, a := range as {
		out[n] = c.m.sc.Actors[a].ID
	}
	return out
}

// effective reports whether a term would change anything if carried out:
// its actor controls the issue, the parties can give the consent needed,
// and the option differs from the current one. Later terms on the same
// issue override earlier ones, as in Scenario.Apply.
func (c *ctx) effective(p *pkg, n int) bool {
	t := p.terms[n]
	if c.v.Controller[t.issue] != t.actor || c.now[t.issue] == t.option || c.v.Scenario.Irreversible(t.issue, c.now[t.issue]) {
		return false
	}
	for _, u := range p.terms[n+1:] {
		// A later term that could take effect overrides this one; one
		// that cannot (its actor no longer decides, or the consent is
		// missing) leaves it standing.
		if u.issue == t.issue && c.v.Controller[u.issue] == u.actor && c.consentIn(u.issue, u.option, p.parties|bit(u.actor)) {
			return false
		}
	}
	return c.consentIn(t.issue, t.option, p.parties|bit(t.actor))
}

// fix works out and keeps the package's effective terms and distinct
// actors, for a package whose terms and parties stay as they are while it
// is weighed (see pkg.eff).
func (c *ctx) fix(p *pkg) {
	p.known = false
	p.eff, p.nact = 0, p.distinctActors()
	for n := range p.terms {
		if n < 64 && c.effective(p, n) {
			p.eff |= 1 << uint(n)
		}
	}
	p.known = len(p.terms) <= 64
}

// distinctActors counts the actors the terms bind: linkage only means
// something when promises from two sides are tied together.
func (p *pkg) distinctActors() int {
	if p.known {
		return p.nact
	}
	n := 0
	for k, t := range p.terms {
		seen := false
		for _, u := range p.terms[:k] {
			if u.actor == t.actor {
				seen = true
			}
		}
		if !seen {
			n++
		}
	}
	return n
}

func (p *pkg) clone() pkg {
	q := *p
	q.known = false
	q.to = append([]int(nil), p.to...)
	q.terms = append([]term(nil), p.terms...)
	return q
}

func (p *pkg) hasParty(a int) bool { return p.parties&bit(a) != 0 }
