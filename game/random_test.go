package game_test

import (
	"math/rand/v2"

	"backchannel/game"
)

// randomOrders picks legal orders for an actor at random: candidates built
// from its view, each kept only if the orders so far still pass Check.
func randomOrders(g *game.Game, actor string, r *rand.Rand) []game.Order {
	v, err := g.View(actor)
	if err != nil {
		panic(err)
	}
	s := v.Scenario
	var cands []game.Order
	others := []string{}
	for _, a := range s.Actors {
		if a.ID != actor {
			others = append(others, a.ID)
		}
	}
	randTerm := func(actors []string) game.Term {
		is := s.Issues[r.IntN(len(s.Issues))]
		return game.Term{Actor: actors[r.IntN(len(actors))], Issue: is.ID, Option: is.Options[r.IntN(len(is.Options))].ID, Vague: r.IntN(4) == 0}
	}
	for k := 0; k < 3; k++ {
		to := []string{others[r.IntN(len(others))]}
		parties := append([]string{actor}, to...)
		terms := []game.Term{randTerm(parties), randTerm(parties)}
		ch := []game.Channel{game.ChannelPrivate, game.ChannelForum, game.ChannelPublic}[r.IntN(3)]
		lk := []game.Linkage{game.LinkNone, game.LinkImplicit, game.LinkExplicit}[r.IntN(3)]
		cands = append(cands, game.Order{Kind: game.OrderPropose, To: to, Terms: terms, Channel: ch, Linkage: lk})
	}
	for _, o := range v.Offers {
		kinds := []game.OrderKind{game.OrderAccept, game.OrderAccept, game.OrderReject, game.OrderStall, game.OrderLeak, game.OrderCounter}
		k := kinds[r.IntN(len(kinds))]
		c := game.Order{Kind: k, Offer: o.ID, Public: r.IntN(2) == 0}
		if k == game.OrderCounter {
			c.Terms = []game.Term{randTerm([]string{actor, o.From})}
		}
		cands = append(cands, c)
	}
	for _, ag := range v.Agreements {
		for i, t := range ag.Terms {
			if t.Actor == actor {
				k := game.OrderFulfil
				if r.IntN(4) == 0 {
					k = game.OrderRenege
				}
				cands = append(cands, game.Order{Kind: k, Agreement: ag.ID, TermIndex: i})
			}
		}
	}
	for _, d := range v.Dilemmas {
		cands = append(cands, game.Order{Kind: game.OrderChoose, Dilemma: d.ID, Choice: "condemn"})
	}
	for i, is := range s.Issues {
		if v.Controller[i] == v.Me {
			cands = append(cands, game.Order{Kind: game.OrderMove, Issue: is.ID, Option: is.Options[r.IntN(len(is.Options))].ID})
		}
	}
	is := s.Issues[r.IntN(len(s.Issues))]
	cands = append(cands, game.Order{Kind: game.OrderStatement, Issue: is.ID, Option: is.Options[r.IntN(len(is.Options))].ID, Oppose: r.IntN(2) == 0})
	r.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	var out []game.Order
	for _, c := range cands {
		if r.IntN(3) == 0 {
			continue
		}
		if g.Check(actor, append(out, c)) == nil {
			out = append(out, c)
		}
	}
	return out
}

// playRandom plays a whole game with random legal orders.
func playRandom(s *game.Scenario, seed uint64, each func(g *game.Game, orders map[string][]game.Order)) (*game.Game, error) {
	g, err := game.New(s, game.Setup{Seed: seed})
	if err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(seed, 99))
	for !g.Over {
		orders := map[string][]game.Order{}
		for _, a := range s.Actors {
			orders[a.ID] = randomOrders(g, a.ID, r)
		}
		if err := g.Resolve(orders); err != nil {
			return g, err
		}
		if each != nil {
			each(g, orders)
		}
	}
	return g, nil
}
