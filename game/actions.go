package game

import (
	"fmt"
	"strings"
)

// statements records public commitments.
func (r *round) statements() {
	g := r.g
	r.each(func(a int, o Order) {
		verb := "insists on"
		if o.Oppose {
			verb = "rules out"
		}
		i, j, _ := g.lookupOption(o.Issue, o.Option)
		g.onRecord(a, i, j, o.Oppose, "statement", g.actorName(a)+" publicly "+verb+" "+g.optionTitle(i, j)+".")
		r.signal(signal{actor: a, issue: i, option: j, oppose: o.Oppose, public: true})
	}, OrderStatement)
}

// onRecord puts actor a on public record as insisting on option j of
// issue i (or ruling it out), in the words of text. Orders, public
// rejections and scenario events all make statements this one way, so
// each is kept, broken and charged alike.
func (g *Game) onRecord(a, i, j int, oppose bool, cause, text string) {
	me := g.Scen.Actors[a].ID
	is := g.Scen.Issues[i]
	g.Statements = append(g.Statements, &Statement{Actor: me, Issue: is.ID, Option: is.Options[j].ID, Oppose: oppose, Turn: g.Turn})
	g.logf(Entry{Kind: KindStatement, Actor: me, Issue: is.ID, Option: is.Options[j].ID, Public: true, Cause: cause, Text: text})
}

// optionTitle is "Issue: Option", as statements quote them in mid-sentence,
// where an issue named "The third site" reads "the third site".
func (g *Game) optionTitle(i, j int) string {
	name := g.Scen.Issues[i].Name
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		name = "the " + rest
	}
	return name + ": " + g.Scen.Issues[i].Options[j].Name
}

// keepWord charges audience costs when an actor's deed contradicts one of
// its standing public statements; the statement is then broken. The news
// names the statement, so the cost is tied to the words that caused it.
func (g *Game) keepWord(a int, terms []Term, deed string) {
	me := g.Scen.Actors[a].ID
	for _, st := range g.Statements {
		if st.Actor != me || st.Broken {
			continue
		}
		for _, t := range terms {
			if t.Issue != st.Issue {
				continue
			}
			if (st.Oppose && t.Option == st.Option) || (!st.Oppose && t.Option != st.Option) {
				st.Broken = true
				g.breakStatement(a, st, deed)
				break
			}
		}
	}
}

// breakStatement reports a broken statement and charges its audience cost
// in support and face (see Rules.BrokenWordCost).
func (g *Game) breakStatement(a int, st *Statement, deed string) {
	me := g.Scen.Actors[a].ID
	i, j, _ := g.lookupOption(st.Issue, st.Option)
	said := "insisted on"
	if st.Oppose {
		said = "ruled out"
	}
	is := g.Scen.Issues[i]
	g.logf(Entry{Kind: KindAudience, Actor: me, Issue: st.Issue, Option: st.Option, Public: true, Cause: deed,
		Headline: fmt.Sprintf("%s backs down on %s", g.name(me), is.Name),
		Text: fmt.Sprintf("%s publicly %s %s: %s on %s; %s goes back on it.", g.name(me), said, is.Name, is.Options[j].Name,
			g.Scen.Calendar.DateOfTurn(st.Turn).Pretty(), deed)})
	g.record(&Breach{Actor: me, Kind: BreachStatement, Issue: st.Issue})
	if g.Rules.Off.AudienceCosts {
		return
	}
	cost := g.Rules.BrokenWordCost(&g.Scen.Actors[a].Types[g.Types[a]].Prefs)
	g.addSupport(a, -cost, "audience cost: "+deed+" breaks a public statement")
	g.addFace(a, -cost/2, "audience cost: "+deed+" breaks a public statement")
}

// moves applies unilateral moves on issues the actor controls; options
// that need ratification go to a vote first.
func (r *round) moves() {
	g := r.g
	r.each(func(a int, o Order) {
		i, j, _ := g.lookupOption(o.Issue, o.Option)
		me := g.Scen.Actors[a].ID
		r.signal(signal{actor: a, issue: i, option: j, public: true})
		g.keepWord(a, []Term{{Actor: me, Issue: o.Issue, Option: o.Option}}, "a move on "+g.Scen.Issues[i].Name)
		if !g.ratify(i, j, "move by "+g.name(me)) {
			return
		}
		g.setOption(i, j, me, KindMove, "unilateral move by "+g.name(me))
	}, OrderMove)
}

// ratify holds the votes an option needs; it reports whether all passed.
func (g *Game) ratify(i, j int, cause string) bool {
	for _, rule := range g.consentRules(i, j) {
		rt := rule.Ratification
		if rt == nil {
			continue
		}
		a := g.ActorIndex(rt.Actor)
		spread := rt.Spread
		if spread <= 0 {
			spread = 10
		}
		p := sigmoid((g.Support[a] - rt.Threshold) / spread)
		pass := g.rand() < p
		res := "fails"
		if pass {
			res = "passes"
		}
		g.logf(Entry{Kind: KindVote, Actor: rt.Actor, Issue: g.Scen.Issues[i].ID, Option: g.Scen.Issues[i].Options[j].ID,
			Old: p, Public: true, Cause: cause,
			Text: rt.Body + " votes on " + g.Scen.Issues[i].Name + ": " + g.Scen.Issues[i].Options[j].Name + ". The motion " + res + "."})
		if !pass {
			return false
		}
	}
	return true
}

// setOption changes an issue and logs it; it reports whether the issue is
// at option j afterwards. An irreversible option is never left. Kept terms
// the change undoes are broken by the mover (actor, "" for an event).
func (g *Game) setOption(i, j int, actor string, kind EntryKind, cause string) bool {
	if g.Options[i] == j {
		return true
	}
	if g.Scen.Irreversible(i, g.Options[i]) {
		return false
	}
	is := g.Scen.Issues[i]
	old := g.Options[i]
	g.Options[i] = j
	g.logf(Entry{Kind: kind, Actor: actor, Issue: is.ID, Option: is.Options[j].ID, Old: float64(old), New: float64(j),
		Public: true, Cause: cause, Text: is.Name + ": " + is.Options[old].Name + " → " + is.Options[j].Name + "."})
	g.holdsAfterMove(i, j, g.ActorIndex(actor), cause)
	return true
}

// terms carries out fulfil and renege orders, then expires overdue terms.
func (r *round) terms() {
	g := r.g
	r.each(func(a int, o Order) {
		ag := g.agreement(o.Agreement)
		if o.Kind == OrderRenege {
			g.breakTerm(ag, o.TermIndex, a, TermReneged, "reneged on", "refused to carry out its term")
			return
		}
		g.fulfil(a, ag, o.TermIndex, o.Option)
	}, OrderFulfil, OrderRenege)
	for _, ag := range g.Agreements {
		for k := range ag.Terms {
			t := &ag.Terms[k]
			if t.Status == TermPending && t.Deadline <= g.Turn {
				g.breakTerm(ag, k, g.ActorIndex(t.Actor), TermExpired, "let the deadline pass on", "the deadline passed")
			}
		}
	}
}

// fulfil carries out term k: the issue moves to the named option, or to
// the claimed one of a loosely worded term's neighbourhood; a loosely
// worded term fulfilled without a claim is kept with the least move (as
// it stands, if that keeps it) that does not go back on the actor's
// public words.
func (g *Game) fulfil(a int, ag *Agreement, k int, claim string) {
	t := &ag.Terms[k]
	me := g.Scen.Actors[a].ID
	i, j, _ := g.lookupOption(t.Issue, t.Option)
	switch {
	case claim != "":
		j = g.OptionIndex(i, claim)
	case t.Vague:
		j = g.Scen.LeastMove(t.Term, g.Options[i], func(j int) bool { return g.consentWithin(i, j, ag.Parties, me) && !g.goesBack(a, i, j) })
	}
	fail := func(why string) {
		t.Status = TermFailed
		g.logf(Entry{Kind: KindFulfil, Actor: me, Agreement: ag.ID, Issue: t.Issue, Option: t.Option, Public: g.termPublic(ag, t.Term), Seen: ag.Parties,
			Cause: why, Text: fmt.Sprintf("%s cannot carry out %s: %s.", g.name(me), g.DescribeTerm(t.Term), why)})
	}
	if need := g.missingConsent(i, j, ag.Parties, me); need != "" {
		fail(g.name(need) + "'s consent is missing")
		return
	}
	if g.Controller[i] != a {
		fail("it no longer decides " + g.Scen.Issues[i].Name)
		return
	}
	if g.Options[i] != j && g.Scen.Irreversible(i, g.Options[i]) {
		fail(g.Scen.Issues[i].Name + " cannot be undone")
		return
	}
	if g.Options[i] != j && !g.ratify(i, j, "term of "+ag.ID) {
		t.Status = TermFailed
		return
	}
	t.Status, t.Kept, t.Was = TermFulfilled, g.Scen.Issues[i].Options[j].ID, g.Scen.Issues[i].Options[g.Options[i]].ID
	what := g.DescribeTerm(t.Term)
	if t.Kept != t.Option {
		what += ", with " + g.Scen.Issues[i].Options[j].Name
	}
	g.logf(Entry{Kind: KindFulfil, Actor: me, Agreement: ag.ID, Issue: t.Issue, Option: t.Kept, Public: g.termPublic(ag, t.Term), Seen: ag.Parties,
		Cause: "fulfilment", Text: g.actorName(a) + " carries out its promise: " + what + "."})
	g.fulfilKeepsWord(a, i, j)
	cause := "term of agreement " + ag.ID
	if g.hiddenTerm(ag, t.Term) {
		cause = "decision of " + g.name(me) // the move is seen, the promise behind it is not
	}
	g.setOption(i, j, me, KindOption, cause)
	if t.Vague {
		g.verify(a, ag, k)
	}
}

// verify settles whether a loosely worded term was really kept. Distrust,
// and a claim that strays from the option named, make a dispute likelier.
// A dispute costs trust both ways, goes on the record, and lets the other
// parties of a linked bundle off their own terms.
func (g *Game) verify(a int, ag *Agreement, k int) {
	t := &ag.Terms[k]
	me := g.Scen.Actors[a].ID
	p := g.DisputeChance(ag, k)
	t.Disputed = g.rand() < p
	text := fmt.Sprintf("The others accept that %s kept its word.", g.name(me))
	if t.Disputed {
		text = fmt.Sprintf("The others dispute whether %s really kept its word.", g.name(me))
	}
	g.logf(Entry{Kind: KindVerify, Actor: me, Agreement: ag.ID, Old: p, Public: g.termPublic(ag, t.Term), Seen: ag.Parties, Cause: "verification of a loosely worded term", Text: text})
	if !t.Disputed {
		return
	}
	g.record(&Breach{Actor: me, Kind: BreachDispute, Agreement: ag.ID, Term: k, Issue: t.Issue, Linkage: ag.Linkage})
	for _, q := range ag.Parties {
		if q != me {
			b := g.ActorIndex(q)
			g.addTrust(b, a, -6, "disputed fulfilment of "+ag.ID)
			g.addTrust(a, b, -3, "disputed fulfilment of "+ag.ID)
		}
	}
	g.release(ag, a)
}

// DisputeChance is the chance that the other parties dispute term k of an
// agreement, once carried out with the option it was kept with: 10%, more
// the less they trust its actor, and 25 points more when the option claimed
// is not the one named. Precise terms are never disputed.
func (g *Game) DisputeChance(ag *Agreement, k int) float64 {
	t := ag.Terms[k]
	if !t.Vague {
		return 0
	}
	a := g.ActorIndex(t.Actor)
	trust, n := 0.0, 0
	for _, p := range ag.Parties {
		if p != t.Actor {
			trust += g.Trust[g.ActorIndex(p)][a]
			n++
		}
	}
	if n > 0 {
		trust /= float64(n)
	}
	p := 0.1 + (50-trust)/200
	if t.Kept != "" && t.Kept != t.Option {
		p += 0.25
	}
	return clamp(p, 0.02, 0.8)
}

// choices applies dilemma answers, then the defaults of unanswered ones
// whose deadline is this turn.
func (r *round) choices() {
	g := r.g
	r.each(func(a int, o Order) {
		g.choose(g.dilemma(o.Dilemma), o.Choice, "choice")
	}, OrderChoose)
	for _, d := range g.Dilemmas {
		if d.Choice == "" && d.Deadline <= g.Turn {
			g.choose(d, g.Scen.Events[d.Event].Dilemma.Default, "no answer by the deadline: the default")
			d.Defaulted = true
		}
	}
}

func (g *Game) choose(d *Dilemma, choice, cause string) {
	def := g.Scen.Events[d.Event].Dilemma
	k := choiceIndex(def, choice)
	if k < 0 {
		k = 0
	}
	d.Choice = def.Choices[k].ID
	g.logf(Entry{Kind: KindChoice, Actor: d.Actor, Event: g.Scen.Events[d.Event].ID, Dilemma: d.ID, Option: d.Choice, Public: true, Cause: cause,
		Text: fmt.Sprintf("%s decides: %s.", g.name(d.Actor), def.Choices[k].Label)})
	g.applyEffects(def.Choices[k].Effects, "choice "+d.Choice+" of "+d.ID)
}
