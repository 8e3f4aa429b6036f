package ai

import (
	"fmt"

	"backchannel/game"
)

// closeCall is how near the best a linkage level must come, as a share of
// the best plan's value, for the seat to count it as just as good. At 0.7
// pittsburgh-2009's AI stated a trade outright in 7-8% of its multi-term
// offers (200 games), under the tenth the issue asks of every level; at
// 0.6, 15%, with every seat's mean score within 0.1.
const closeCall = 0.6

// vary picks the linkage of a trade among the levels worth about as much
// as the best, by the seat's own dice: a seat that always worded a trade
// the same way would tell the others what it is. An easy seat does not
// bother, and a level the rules impose is left alone.
func (c *ctx) vary(best plan, to []int, asp float64) plan {
	if c.d == Easy || best.p.distinctActors() < 2 || c.v.Rules.Linkage != "" {
		return best
	}
	var close []plan
	for _, lk := range []game.Linkage{game.LinkNone, game.LinkImplicit, game.LinkExplicit} {
		q := best.p.clone()
		q.linkage = lk
		c.bar = 0
		if r, ok := c.assess(&q, to, asp); ok && r.value >= closeCall*best.value {
			close = append(close, plan{p: q, forum: best.forum, reckoning: r})
		}
	}
	if len(close) < 2 {
		return best
	}
	pick := close[c.random().IntN(len(close))]
	pick.varied = len(close)
	return pick
}

// sayLinkageWhy explains the linkage level of a trade the seat offers,
// against the levels it passed over: what the chosen level protects or
// saves, in the terms the search weighed (a partner's reliability, being
// released if the partner defaults, the embarrassment of a stated trade
// that leaks).
func (c *ctx) sayLinkageWhy(pl plan) string {
	p := &pl.p
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
	varied := ""
	if n := pl.varied; n > 1 {
		varied = fmt.Sprintf(" %d ways of wording it were worth about the same to %s, and it varies them so that its letters give nothing away.", n, c.name(c.me))
	}
	switch p.linkage {
	case game.LinkExplicit:
		return fmt.Sprintf(" It states the trade outright: it trusts %s only so far (%s), a stated bargain binds %s harder, and if %s defaults %s is released; that is worth the embarrassment if the letter leaks.%s",
			them, score(low), them, them, c.name(c.me), varied)
	case game.LinkImplicit:
		return fmt.Sprintf(" It links the terms only by implication: if %s defaults %s is released all the same, and a hint is deniable if the letter leaks, where a stated trade would embarrass it.%s",
			them, c.name(c.me), varied)
	}
	return fmt.Sprintf(" It links nothing: it trusts %s enough (%s) that a release clause is not worth being seen to trade, and an unlinked note is the least likely to leak.%s",
		them, score(low), varied)
}
