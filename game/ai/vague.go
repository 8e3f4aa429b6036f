package ai

// Loosely worded terms: a vague promise is kept by any option of its
// neighbourhood (the engine's Scenario.Keeps), so it leaves its maker room
// and its receiver doubt. The seat words its own promises loosely when
// the room is worth more to it than the doubt costs it with the others.

// keeps reports whether option o keeps term t, worded loosely.
func (c *ctx) keeps(t term, o int) bool {
	n := len(c.m.sc.Issues[t.issue].Options)
	return o >= 0 && o < n && c.m.near[t.issue][t.option*n+o]
}

// termDelta is what a term is worth to a judge. A loosely worded term's
// own maker will claim the option of the neighbourhood it likes best;
// anyone else can only expect the average of them.
func (c *ctx) termDelta(j *judge, t term, cur int) float64 {
	d := j.t.delta(t.issue, cur, t.option)
	if !t.vague || c.v.Rules.Off.Vagueness {
		return d
	}
	sum, n, best := d, 1.0, d
	for o := range c.m.sc.Issues[t.issue].Options {
		if o == t.option || !c.keeps(t, o) {
			continue
		}
		do := j.t.delta(t.issue, cur, o)
		sum, n, best = sum+do, n+1, max(best, do)
	}
	if t.actor == j.a {
		return best
	}
	return sum / n
}

// loosen words the seat's own promises in the package loosely where the
// issue has a neighbourhood around the option promised; it reports
// whether it changed any. Easy seats, and games without vagueness, keep
// every word precise.
func (c *ctx) loosen(p *pkg) bool {
	if c.d == Easy || c.v.Rules.Off.Vagueness {
		return false
	}
	changed := false
	for n := range p.terms {
		t := &p.terms[n]
		if t.actor != c.me || t.vague {
			continue
		}
		for o := range c.m.sc.Issues[t.issue].Options {
			if o != t.option && o != c.now[t.issue] && c.keeps(*t, o) {
				t.vague, changed = true, true
				break
			}
		}
	}
	return changed
}

// tighten words every promise of the package precisely again.
func (c *ctx) tighten(p *pkg) {
	for n := range p.terms {
		p.terms[n].vague = false
	}
}

// claimFor is the option the seat claims in carrying out a loosely worded
// promise of its own: the one of the neighbourhood it likes best, if that
// beats the option named by enough to be worth the likelier dispute.
func (c *ctx) claimFor(t term, parties uint64) int {
	if !t.vague || c.v.Rules.Off.Vagueness {
		return t.option
	}
	cur := c.now[t.issue]
	best, bd := t.option, c.own.delta(t.issue, cur, t.option)+2-c.wordCost(t.issue, t.option)
	for o := range c.m.sc.Issues[t.issue].Options {
		if o != t.option && c.keeps(t, o) && c.consentIn(t.issue, o, parties) && !c.undoes(t.issue, o) {
			if d := c.own.delta(t.issue, cur, o) - c.wordCost(t.issue, o); d > bd {
				best, bd = o, d
			}
		}
	}
	return best
}

// sayWording explains a loosely worded promise of the seat's own, or "".
func (c *ctx) sayWording(p *pkg) string {
	for _, t := range p.terms {
		if t.actor == c.me && t.vague {
			return " It words its own promise on " + c.issueName(t.issue) + " loosely: any option near " + c.optionName(t.issue, t.option) + " keeps it, which leaves it room."
		}
	}
	return ""
}
