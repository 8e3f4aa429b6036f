package ai

import (
	"fmt"

	"backchannel/game"
)

// sayLinkageWhy explains the linkage level of a trade the seat offers,
// against the levels it passed over: what the chosen level protects or
// saves, in the terms the search weighed (a partner's reliability, being
// released if the partner defaults, the embarrassment of a stated trade
// that leaks).
func (c *ctx) sayLinkageWhy(p *pkg) string {
	if p.distinctActors() < 2 {
		return ""
	}
	if c.v.Rules.Linkage != "" {
		return " The rules of this game fix the linkage of every offer."
	}
	low, who := 101.0, -1
	for _, t := range p.terms {
		if t.actor != c.me && c.reliance(t.actor) < low {
			low, who = c.reliance(t.actor), t.actor
		}
	}
	if who < 0 {
		return ""
	}
	them := c.name(who)
	switch p.linkage {
	case game.LinkExplicit:
		return fmt.Sprintf(" It states the trade outright: it trusts %s only so far (%s), a stated bargain binds %s harder, and if %s defaults %s is released; that is worth the embarrassment if the letter leaks.",
			them, score(low), them, them, c.name(c.me))
	case game.LinkImplicit:
		return fmt.Sprintf(" It links the terms only by implication: if %s defaults %s is released all the same, and a hint is deniable if the letter leaks, where a stated trade would embarrass it.",
			them, c.name(c.me))
	}
	return fmt.Sprintf(" It links nothing: it trusts %s enough (%s) that a release clause is not worth being seen to trade, and an unlinked note is the least likely to leak.",
		them, score(low))
}
