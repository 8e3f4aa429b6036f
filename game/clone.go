package game

import "math/rand/v2"

// Clone returns an independent copy of the game, random source included:
// the copy plays on exactly as the original would. The scenario is shared,
// since nothing changes it.
func (g *Game) Clone() *Game {
	c := *g
	c.terms = nil // descriptions are rebuilt on demand
	c.text = nil  // scratch, never shared
	c.round = nil
	state, _ := g.pcg.MarshalBinary()
	c.pcg = &rand.PCG{}
	if err := c.pcg.UnmarshalBinary(state); err != nil {
		panic("game: cannot copy the random source: " + err.Error())
	}
	c.rng = rand.New(c.pcg)
	c.Options, c.Controller, c.Vars = clone(g.Options), clone(g.Controller), clone(g.Vars)
	c.Support, c.BaseSupport, c.Face = clone(g.Support), clone(g.BaseSupport), clone(g.Face)
	c.Capital, c.Types, c.LeakBoost = clone(g.Capital), clone(g.Types), clone(g.LeakBoost)
	c.Fired, c.settled, c.Forums = clone(g.Fired), clone(g.settled), clone(g.Forums)
	c.Log = append(make([]Entry, 0, len(g.Log)+256), g.Log...) // room to play on without copying
	c.Trust, c.Embarrassed = make([][]float64, len(g.Trust)), make([][]int, len(g.Embarrassed))
	c.Beliefs = make([][][]float64, len(g.Beliefs))
	c.Grievance = make([][]float64, len(g.Grievance))
	for a := range g.Trust {
		c.Trust[a], c.Embarrassed[a], c.Grievance[a] = clone(g.Trust[a]), clone(g.Embarrassed[a]), clone(g.Grievance[a])
		c.Beliefs[a] = make([][]float64, len(g.Beliefs[a]))
		for b := range g.Beliefs[a] {
			c.Beliefs[a][b] = clone(g.Beliefs[a][b])
		}
	}
	c.Offers = make([]*Offer, len(g.Offers))
	for i, o := range g.Offers {
		cp := *o
		cp.To, cp.Terms, cp.Replies = clone(o.To), clone(o.Terms), clone(o.Replies)
		c.Offers[i] = &cp
	}
	c.Agreements = make([]*Agreement, len(g.Agreements))
	for i, a := range g.Agreements {
		cp := *a
		cp.Parties, cp.Terms = clone(a.Parties), clone(a.Terms)
		c.Agreements[i] = &cp
	}
	c.Statements = cloneEach(g.Statements)
	c.Breaches = cloneEach(g.Breaches)
	c.Dilemmas = cloneEach(g.Dilemmas)
	c.Intel = cloneEach(g.Intel)
	return &c
}

func cloneEach[T any](s []*T) []*T {
	out := make([]*T, len(s))
	for i, p := range s {
		v := *p
		out[i] = &v
	}
	return out
}
