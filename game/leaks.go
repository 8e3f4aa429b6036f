package game

import "fmt"

// orderedLeaks publishes the private offers leaked on purpose this turn.
// (Those that slip out by chance wait for the turn's end: chanceLeaks.)
func (r *round) orderedLeaks() {
	g := r.g
	if g.Rules.Off.Leaks {
		return
	}
	r.each(func(a int, o Order) {
		off := g.offer(o.Offer)
		cause := "leaked by " + g.name(g.Scen.Actors[a].ID)
		switch {
		case !off.Public:
			g.publish(off, a, cause)
		case off.hidesTerms():
			g.revealSecret(off, a, cause)
		}
	}, OrderLeak)
}

// chanceLeaks lets each private message still at risk leak by chance,
// once a turn, at the turn's end.
func (r *round) chanceLeaks() {
	g := r.g
	if g.Rules.Off.Leaks {
		return
	}
	for _, off := range g.Offers {
		if off.Sent <= g.Turn-LeakTurns {
			continue
		}
		// The secret terms of a public package are at risk as a private
		// letter would be; a package with none draws nothing, so games
		// without secrets keep their random sequence.
		switch {
		case !off.Public:
			if g.rand() < g.leakChance(off) {
				g.publish(off, -1, "a source talks to the press")
			}
		case off.hidesTerms():
			if g.rand() < LeakOdds(g.Scen, g.Rules, g.LeakBoost, off.From, off.To, ChannelPrivate, off.Linkage) {
				g.revealSecret(off, -1, "a source talks to the press")
			}
		}
	}
}

// leakChance is the per-turn chance that a private offer leaks.
func (g *Game) leakChance(off *Offer) float64 {
	return LeakOdds(g.Scen, g.Rules, g.LeakBoost, off.From, off.To, off.Channel, off.Linkage)
}

// LeakTurns is how many turns a private message stays at risk of leaking:
// the turn it is sent and the three after.
const LeakTurns = 4

// LeakOdds is the per-turn chance that a private message leaks: the base
// rate, raised by the leakiness of everyone who holds it (and any boost
// events gave them: boost is per actor, nil for none), halved for words
// spoken at a forum, and higher the more openly it trades one thing for
// another (an explicit quid pro quo is a story; an unlinked note is not).
// A public message has nothing left to leak, and with leaks switched off
// nothing leaks. The compose dialog shows
// LeakOddsOverLife of it.
func LeakOdds(s *Scenario, r Rules, boost []float64, from string, to []string, ch Channel, lk Linkage) float64 {
	if ch == ChannelPublic || r.Off.Leaks {
		return 0
	}
	p := r.LeakChance
	if ch == ChannelForum {
		p *= 0.5
	}
	switch lk {
	case LinkExplicit:
		p *= 1.3
	case LinkNone, "":
		p *= 0.7
	}
	k := 1.0
	for n := -1; n < len(to); n++ {
		h := from
		if n >= 0 {
			h = to[n]
		}
		for a := range s.Actors {
			if s.Actors[a].ID != h {
				continue
			}
			k += s.Actors[a].Leakiness
			if a < len(boost) {
				k += boost[a]
			}
			break // ids are unique
		}
	}
	return clamp(p*k, 0, 0.9)
}

// LeakOddsOverLife is the chance that a private message leaks at some
// point in the LeakTurns it stays at risk, given its per-turn odds.
func LeakOddsOverLife(perTurn float64) float64 {
	stay := 1.0
	for range LeakTurns {
		stay *= 1 - perTurn
	}
	return 1 - stay
}

// LeakOdds is the per-turn chance that a message from the view's actor to
// the recipients would leak, by the engine's rule, for the compose dialog
// and the AI.
func (v *View) LeakOdds(to []string, ch Channel, lk Linkage) float64 {
	return LeakOdds(v.Scenario, v.Rules, v.LeakBoost, v.Actor, to, ch, lk)
}

// publish makes a private offer public and applies the consequences: the
// sender pays at home for the linkage it is seen to make, the recipients
// are embarrassed, and a leaker burns trust with the sender.
func (g *Game) publish(off *Offer, leaker int, cause string) {
	from := g.ActorIndex(off.From)
	off.Public, off.Leaked = true, true
	g.logf(Entry{Kind: KindLeak, Actor: off.From, Offer: off.ID, Public: true, Cause: cause,
		Headline: fmt.Sprintf("Secret %s offer to %s revealed", g.name(off.From), g.names(off.To)),
		Text:     fmt.Sprintf("The press reports a private offer from %s to %s: %s.", g.name(off.From), g.names(off.To), g.DescribeTerms(off.Terms))})
	weight := 0.0
	switch off.Linkage {
	case LinkExplicit:
		weight = 1
	case LinkImplicit:
		weight = 0.5
	case LinkNone:
		weight = 0.25
	}
	pref := g.Scen.Actors[from].Types[g.Types[from]].Prefs
	g.addSupport(from, -g.Rules.AudienceCost*weight*(0.5+pref.PublicityAversion), "leak of "+off.ID)
	// Its readers are caught talking in secret (3 points of face) and, the
	// more the letter ties, seen bargaining over their own interests (up
	// to 12 more): at 8 × weight alone, an unlinked letter, the AI's usual
	// one, embarrassed by 2 and the mechanic changed nothing.
	for _, to := range off.To {
		if b := g.ActorIndex(to); b != leaker {
			g.embarrass(b, from, 3+12*weight, "embarrassed by the leak of "+off.ID)
		}
	}
	g.betrayed(off, leaker)
	g.exposeSecrets(off) // its secret terms were in the letter
	// Its open terms were private too: what they would cost to come out
	// is charged now.
	for _, t := range off.Terms {
		if !t.Secret {
			g.chargeExposure(t)
		}
	}
	for _, ag := range g.Agreements {
		if ag.Offer == off.ID {
			ag.Public = true
			g.exposeBreaches(ag)
		}
	}
}
