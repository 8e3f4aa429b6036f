package scenario

import "slices"

// lintCapital warns when an actor's capital can pay for no action at all:
// it can then never write, state, leak or move, and a game where this holds
// for everyone is one where nobody can ever act.
func (c *checker) lintCapital() {
	r := c.s.Rules.Effective()
	cheapest := slices.Min([]int{r.LetterCost, r.ForumCost, r.StatementCost, r.LeakCost, r.MoveCost})
	var stuck []int
	for a, ad := range c.s.Actors {
		capital := ad.Capital
		if capital <= 0 {
			capital = r.Capital
		}
		if capital < cheapest {
			stuck = append(stuck, a)
		}
	}
	const hint = "lower the costs in [rules], or raise capital"
	switch {
	case len(stuck) == 0:
	case len(stuck) == len(c.s.Actors):
		at := c.r.keyOf("rules")
		c.r.add(Warning, at, hint, "every action costs more than any actor's capital: nobody can ever act")
	default:
		for _, a := range stuck {
			c.r.warnKey(joinIndex("actors", a), hint, "every action costs more than the capital of actor %s: it can never act", c.s.Actors[a].ID)
		}
	}
}

// allPriorsZero reports whether an actor has types and all their priors are
// 0, in which case the engine draws one with equal chances.
func allPriorsZero(ad actorDef) bool {
	for _, td := range ad.Types {
		if td.Prior != 0 {
			return false
		}
	}
	return len(ad.Types) > 0
}
