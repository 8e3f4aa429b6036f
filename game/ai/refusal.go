package ai

import (
	"fmt"

	"backchannel/game"
)

// whyNot says, for a refusal that no small edit would turn into a yes,
// the real reason none would, in order of how final it is: a red line,
// distrust of whoever makes the promises, a slight still felt, timing
// (the seat's own position has not softened enough yet), or a gap that no
// deal with these parties can close. When none of those fits it names
// the single addition that would come closest, and how far short it falls.
func (c *ctx) whyNot(p *pkg, vd verdict) string {
	me := c.name(c.me)
	if t, ok := c.crossing(p); ok {
		return fmt.Sprintf(" %s will agree to no deal that sets %s to %s: that is a red line, whatever else comes with it.", me, c.issueName(t.issue), c.optionName(t.issue, t.option))
	}
	if b, ok := c.distrusted(p); ok {
		return fmt.Sprintf(" %s would take it from a partner it trusted, but it trusts %s too little (%s) to count on its promises.%s",
			me, c.name(b), score(c.reliance(b)), c.sayPartner(b))
	}
	if b := c.resented(p); b >= 0 {
		calm := *c
		calm.v = c.noShame()
		if vd.w.eu >= calm.aspirationOf(p.parties|bit(c.me)).asp {
			return fmt.Sprintf(" Had %s not embarrassed it, %s would accept; the slight is still felt.", c.name(b), me)
		}
	}
	if vd.exact >= c.v.Reservation {
		later := *c
		later.tau = clamp01(c.tau + 0.25)
		if vd.w.eu >= later.aspirationOf(p.parties|bit(c.me)).asp {
			return fmt.Sprintf(" It is too early: %s might settle for this later in the game, not now.", me)
		}
	}
	top := c.top(c.me, c.v.Type, p.parties|bit(c.me))
	if top < vd.st.asp {
		return fmt.Sprintf(" No deal with %s can give %s what it needs: the most they could give on the issues they decide is worth %s to it, against the %s it holds out for.",
			c.names(p.others(c.me)), me, score(top), score(vd.st.asp))
	}
	if t, gap, ok := c.closest(p, vd.st.asp); ok {
		return fmt.Sprintf(" Even if it also had %s, it would fall %.1f points short of the %s %s holds out for.", c.sayTermAs(t, false), gap, score(vd.st.asp), me)
	}
	return fmt.Sprintf(" It falls %.1f points short of the %s %s holds out for, and the parties control nothing more it wants.", vd.st.asp-vd.w.eu, score(vd.st.asp), me)
}

// crossing is the package's first effective term on one of the seat's red lines.
func (c *ctx) crossing(p *pkg) (term, bool) {
	for n, t := range p.terms {
		if c.effective(p, n) && c.own.red[t.issue][t.option] > c.own.red[t.issue][c.now[t.issue]] {
			return t, true
		}
	}
	return term{}, false
}

// distrusted reports the least trusted actor whose promises the package
// holds, if the seat would accept the package from partners it trusted
// fully.
func (c *ctx) distrusted(p *pkg) (int, bool) {
	b, low := -1, 101.0
	for _, t := range p.terms {
		if t.actor != c.me && c.reliance(t.actor) < low {
			b, low = t.actor, c.reliance(t.actor)
		}
	}
	if b < 0 || low >= 90 {
		return -1, false
	}
	trusting := *c
	trusting.trusting = true
	j := trusting.self()
	w := trusting.evaluate(&j, p)
	return b, !w.crosses && w.eu >= c.aspiration(p.parties).asp
}

// noShame is the view with no embarrassment felt.
func (c *ctx) noShame() *game.View {
	v := *c.v
	v.Embarrassed = make([]int, len(c.v.Embarrassed))
	v.Grievance = make([]float64, len(c.v.Grievance))
	return &v
}

// closest is the single term the other parties could add that brings the
// package nearest the aspiration, and the gap that would remain.
func (c *ctx) closest(p *pkg, asp float64) (term, float64, bool) {
	var best term
	gap, found := 0.0, false
	j := c.self()
	for i := range c.m.sc.Issues {
		x := c.v.Controller[i]
		if x == c.me || !p.hasParty(x) || hasIssue(p.terms, i) {
			continue
		}
		for o := range c.m.sc.Issues[i].Options {
			if o == c.now[i] || c.own.delta(i, c.now[i], o) <= 0 {
				continue
			}
			q := p.clone()
			t := term{actor: x, issue: i, option: o}
			q.terms = append(q.terms, t)
			if g := asp - c.evaluate(&j, &q).eu; !found || g < gap {
				best, gap, found = t, g, true
			}
		}
	}
	return best, gap, found && gap > 0
}

// others lists the package's parties but a.
func (p *pkg) others(a int) []int {
	var out []int
	for b := 0; b < 64; b++ {
		if b != a && p.parties&bit(b) != 0 {
			out = append(out, b)
		}
	}
	return out
}

// resented is the party the seat holds the biggest grudge against, by
// embarrassment still felt or grievance, or -1.
func (c *ctx) resented(p *pkg) int {
	who, most := -1, 0.0
	for b := range c.m.sc.Actors {
		if b == c.me || !p.hasParty(b) {
			continue
		}
		g := 0.0
		if b < len(c.v.Grievance) {
			g = c.v.Grievance[b]
		}
		if b < len(c.v.Embarrassed) {
			g += float64(c.v.Embarrassed[b])
		}
		if g > most {
			who, most = b, g
		}
	}
	return who
}
