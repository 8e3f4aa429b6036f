package game

import "fmt"

// leaks publishes private offers: first those leaked on purpose, then any
// that slip out by chance.
func (r *round) leaks() {
	g := r.g
	if g.Rules.Off.Leaks {
		return
	}
	r.each(func(a int, o Order) {
		off := g.offer(o.Offer)
		if !off.Public {
			g.publish(off, a, "leaked by "+g.name(g.Scen.Actors[a].ID))
		}
	}, OrderLeak)
	for _, off := range g.Offers {
		if off.Public || off.Sent < g.Turn-3 {
			continue
		}
		if g.rand() < g.leakChance(off) {
			g.publish(off, -1, "a source talks to the press")
		}
	}
}

// leakChance is the per-turn chance that a private offer leaks: the base
// rate, raised by the leakiness of everyone who holds it.
func (g *Game) leakChance(off *Offer) float64 {
	p := g.Rules.LeakChance
	if off.Channel == ChannelForum {
		p *= 0.5
	}
	holders := append([]string{off.From}, off.To...)
	boost := 1.0
	for _, h := range holders {
		a := g.ActorIndex(h)
		boost += g.Scen.Actors[a].Leakiness + g.LeakBoost[a]
	}
	return clamp(p*boost, 0, 0.9)
}

// publish makes a private offer public and applies the consequences: the
// sender pays at home for the linkage it is seen to make, the recipients
// are embarrassed, and a leaker burns trust with the sender.
func (g *Game) publish(off *Offer, leaker int, cause string) {
	off.Public, off.Leaked = true, true
	from := g.ActorIndex(off.From)
	g.logf(Entry{Kind: KindLeak, Actor: off.From, Offer: off.ID, Public: true, Cause: cause,
		Headline: fmt.Sprintf("Secret %s offer to %s revealed", g.name(off.From), g.names(off.To)),
		Text:     fmt.Sprintf("The press reports a private offer from %s to %s: %s.", g.name(off.From), g.names(off.To), g.DescribeTerms(off.Terms))})
	weight := map[Linkage]float64{LinkExplicit: 1, LinkImplicit: 0.5, LinkNone: 0.25}[off.Linkage]
	pref := g.Scen.Actors[from].Types[g.Types[from]].Prefs
	g.addSupport(from, -g.Rules.AudienceCost*weight*(0.5+pref.PublicityAversion), "leak of "+off.ID)
	for _, to := range off.To {
		if b := g.ActorIndex(to); b != leaker {
			g.embarrass(b, from, 8*weight, "embarrassed by the leak of "+off.ID)
		}
	}
	if leaker >= 0 && leaker != from {
		g.embarrass(from, leaker, 5, "betrayed by the leak of "+off.ID)
		g.addTrust(from, leaker, -10, "leaked "+off.ID)
	}
	for _, ag := range g.Agreements {
		if ag.Offer == off.ID {
			ag.Public = true
		}
	}
}
