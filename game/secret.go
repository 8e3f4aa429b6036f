package game

import (
	"fmt"
	"strings"
)

// Secret terms: a promise inside a package that only the package's parties
// know, even when the rest of it is public (Washington's public pledge with
// a private promise beside it). Non-parties' views, the log they read and
// the record of broken words leave such a term out until it leaks; when it
// does, the scenario's IfRevealed for the option promised says who loses
// face before whom, and how much support.

// hidesTerms reports whether the offer still keeps secret terms from
// everyone but its parties.
func (o *Offer) hidesTerms() bool {
	if o.SecretOut {
		return false
	}
	for _, t := range o.Terms {
		if t.Secret {
			return true
		}
	}
	return false
}

// party reports whether actor sent or received the offer.
func (o *Offer) party(actor string) bool {
	return o.From == actor || contains(o.To, actor)
}

// hiddenTerm reports whether term t of agreement ag is still its parties'
// secret.
func (g *Game) hiddenTerm(ag *Agreement, t Term) bool {
	if !t.Secret {
		return false
	}
	off := g.offer(ag.Offer)
	return off == nil || !off.SecretOut
}

// termPublic reports whether what happens to term t of agreement ag is
// news for everyone: the agreement is public and the term no secret.
func (g *Game) termPublic(ag *Agreement, t Term) bool {
	return ag.Public && !g.hiddenTerm(ag, t)
}

// openTerms is the part of a package that non-parties may know: every
// term when nothing is hidden, else the terms not marked secret.
func openTerms(terms []Term, hide bool) []Term {
	if !hide {
		return terms
	}
	out := make([]Term, 0, len(terms))
	for _, t := range terms {
		if !t.Secret {
			out = append(out, t)
		}
	}
	return out
}

// secretTerms is the part of a package kept between its parties.
func secretTerms(terms []Term) []Term {
	var out []Term
	for _, t := range terms {
		if t.Secret {
			out = append(out, t)
		}
	}
	return out
}

// logSecretTerms tells the parties of a public offer, or agreement, what
// was agreed between them alone: the public entry before it names only
// the open terms.
func (g *Game) logSecretTerms(kind EntryKind, off *Offer, agreement string) {
	if !off.Public || !off.hidesTerms() {
		return
	}
	g.logf(Entry{Kind: kind, Actor: off.From, Other: strings.Join(off.To, ","), Offer: off.ID, Agreement: agreement, Seen: off.To,
		Cause: "secret terms of " + off.ID,
		Text:  fmt.Sprintf("Kept between %s and %s: %s.", g.name(off.From), g.names(off.To), g.DescribeTerms(secretTerms(off.Terms)))})
}

// revealSecret brings out the secret terms of a public offer: a headline,
// then what the scenario says their coming out costs.
func (g *Game) revealSecret(off *Offer, leaker int, cause string) {
	g.logf(Entry{Kind: KindLeak, Actor: off.From, Offer: off.ID, Public: true, Cause: cause,
		Headline: fmt.Sprintf("Secret side of %s's deal with %s revealed", g.name(off.From), g.names(off.To)),
		Text: fmt.Sprintf("The press reports that %s and %s also agreed, in secret: %s.",
			g.name(off.From), g.names(off.To), g.DescribeTerms(secretTerms(off.Terms)))})
	g.exposeSecrets(off)
	g.betrayed(off, leaker)
	for _, ag := range g.Agreements {
		if ag.Offer == off.ID && ag.Public {
			g.exposeBreaches(ag)
		}
	}
}

// exposeSecrets marks an offer's secret terms as known to all and charges
// each actor the scenario names for each of them: face lost before the
// term's actor (or simply lost, when it is its own promise) and support.
func (g *Game) exposeSecrets(off *Offer) {
	if !off.hidesTerms() {
		return
	}
	off.SecretOut, off.Leaked = true, true
	for _, t := range off.Terms {
		if t.Secret {
			g.chargeExposure(t)
		}
	}
}

// chargeExposure charges what the scenario's IfRevealed says a promise
// coming out costs: face lost before the term's actor (or simply lost,
// when it is its own promise) and support. Secret terms and the terms of
// a leaked private letter both come out this way: either was a promise
// its parties meant to keep to themselves.
func (g *Game) chargeExposure(t Term) {
	i, j, err := g.lookupOption(t.Issue, t.Option)
	if err != nil {
		return
	}
	by := g.ActorIndex(t.Actor)
	plain := t
	plain.Secret = false
	cause := "a secret promise comes out: " + g.DescribeTerm(plain)
	for _, x := range g.Scen.Issues[i].Options[j].IfRevealed {
		a := g.ActorIndex(x.Actor)
		switch {
		case a == by && !g.Rules.Off.Embarrassment:
			g.addFace(a, -x.Face, cause)
		case a != by:
			g.embarrass(a, by, x.Face, cause)
		}
		g.addSupport(a, -x.Support, cause)
	}
}

// betrayed charges a party who leaked an offer: its sender is embarrassed
// before the leaker and trusts it less.
func (g *Game) betrayed(off *Offer, leaker int) {
	from := g.ActorIndex(off.From)
	if leaker >= 0 && leaker != from {
		g.embarrass(from, leaker, 5, "betrayed by the leak of "+off.ID)
		g.addTrust(from, leaker, -10, "leaked "+off.ID)
	}
}
