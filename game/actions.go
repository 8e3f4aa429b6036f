package game

import "fmt"

// statements records public commitments.
func (r *round) statements() {
	g := r.g
	r.each(func(a int, o Order) {
		me := g.Scen.Actors[a].ID
		g.Statements = append(g.Statements, &Statement{Actor: me, Issue: o.Issue, Option: o.Option, Oppose: o.Oppose, Turn: g.Turn})
		verb := "insists on"
		if o.Oppose {
			verb = "rules out"
		}
		i, j, _ := g.lookupOption(o.Issue, o.Option)
		g.logf(Entry{Kind: KindStatement, Actor: me, Issue: o.Issue, Option: o.Option, Public: true, Cause: "statement",
			Text: fmt.Sprintf("%s publicly %s %s: %s.", g.name(me), verb, g.Scen.Issues[i].Name, g.Scen.Issues[i].Options[j].Name)})
		r.signal(signal{actor: a, issue: i, option: j, oppose: o.Oppose, public: true})
	}, OrderStatement)
}

// keepWord charges audience costs when an actor's deed contradicts one of
// its standing public statements; the statement is then broken.
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
				cost := g.Rules.AudienceCost
				g.logf(Entry{Kind: KindAudience, Actor: me, Issue: st.Issue, Option: st.Option, Public: true, Cause: deed,
					Text: fmt.Sprintf("%s is accused of going back on its word.", g.name(me))})
				if !g.Rules.Off.AudienceCosts {
					g.addSupport(a, -cost, "audience cost: "+deed+" breaks a public statement")
					g.addFace(a, -cost/2, "audience cost: "+deed+" breaks a public statement")
				}
				break
			}
		}
	}
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
			Text: fmt.Sprintf("%s votes on %s: %s. The motion %s.", rt.Body, g.Scen.Issues[i].Name, g.Scen.Issues[i].Options[j].Name, res)})
		if !pass {
			return false
		}
	}
	return true
}

// setOption changes an issue and logs it.
func (g *Game) setOption(i, j int, actor string, kind EntryKind, cause string) {
	if g.Options[i] == j {
		return
	}
	is := g.Scen.Issues[i]
	old := g.Options[i]
	g.Options[i] = j
	g.logf(Entry{Kind: kind, Actor: actor, Issue: is.ID, Option: is.Options[j].ID, Old: float64(old), New: float64(j),
		Public: true, Cause: cause, Text: fmt.Sprintf("%s: %s → %s.", is.Name, is.Options[old].Name, is.Options[j].Name)})
}

// terms carries out fulfil and renege orders, then expires overdue terms.
func (r *round) terms() {
	g := r.g
	r.each(func(a int, o Order) {
		ag := g.agreement(o.Agreement)
		t := &ag.Terms[o.TermIndex]
		if o.Kind == OrderRenege {
			g.renege(a, ag, t, TermReneged, "reneged on")
			return
		}
		g.fulfil(a, ag, t)
	}, OrderFulfil, OrderRenege)
	for _, ag := range g.Agreements {
		for k := range ag.Terms {
			t := &ag.Terms[k]
			if t.Status == TermPending && t.Deadline <= g.Turn {
				g.renege(g.ActorIndex(t.Actor), ag, t, TermExpired, "let the deadline pass on")
			}
		}
	}
}

func (g *Game) fulfil(a int, ag *Agreement, t *AgreedTerm) {
	me := g.Scen.Actors[a].ID
	i, j, _ := g.lookupOption(t.Issue, t.Option)
	for _, rule := range g.consentRules(i, j) {
		for _, need := range rule.Actors {
			if !contains(ag.Parties, need) && need != me {
				t.Status = TermFailed
				g.logf(Entry{Kind: KindFulfil, Actor: me, Agreement: ag.ID, Issue: t.Issue, Option: t.Option, Public: ag.Public, Seen: ag.Parties,
					Cause: "consent missing", Text: fmt.Sprintf("%s cannot carry out %s without %s's consent.", g.name(me), g.DescribeTerm(t.Term), g.name(need))})
				return
			}
		}
	}
	if g.Controller[i] == a && !g.ratify(i, j, "term of "+ag.ID) {
		t.Status = TermFailed
		return
	}
	t.Status = TermFulfilled
	g.logf(Entry{Kind: KindFulfil, Actor: me, Agreement: ag.ID, Issue: t.Issue, Option: t.Option, Public: ag.Public, Seen: ag.Parties,
		Cause: "fulfilment", Text: fmt.Sprintf("%s carries out its promise: %s.", g.name(me), g.DescribeTerm(t.Term))})
	if g.Controller[i] == a {
		g.setOption(i, j, me, KindOption, "term of agreement "+ag.ID)
	}
	if t.Vague {
		g.verify(a, ag, t)
	}
}

// verify settles whether a loosely worded term was really kept. Distrust
// makes a dispute more likely; a dispute costs trust both ways.
func (g *Game) verify(a int, ag *Agreement, t *AgreedTerm) {
	me := g.Scen.Actors[a].ID
	meanTrust, n := 0.0, 0
	for _, p := range ag.Parties {
		if p != me {
			meanTrust += g.Trust[g.ActorIndex(p)][a]
			n++
		}
	}
	if n > 0 {
		meanTrust /= float64(n)
	}
	pDispute := clamp(0.15+(50-meanTrust)/150, 0.05, 0.6)
	t.Disputed = g.rand() < pDispute
	text := fmt.Sprintf("Inspectors accept that %s kept its word.", g.name(me))
	if t.Disputed {
		text = fmt.Sprintf("The others dispute whether %s really kept its word.", g.name(me))
	}
	g.logf(Entry{Kind: KindVerify, Actor: me, Agreement: ag.ID, Old: pDispute, Public: ag.Public, Seen: ag.Parties, Cause: "verification of a vague term", Text: text})
	if !t.Disputed {
		return
	}
	for _, p := range ag.Parties {
		if p != me {
			b := g.ActorIndex(p)
			g.addTrust(b, a, -6, "disputed fulfilment of "+ag.ID)
			g.addTrust(a, b, -3, "disputed fulfilment of "+ag.ID)
		}
	}
}

// renege ends a term unkept; every actor that knows of the agreement
// trusts the defaulter less (an expired deadline costs half).
func (g *Game) renege(a int, ag *Agreement, t *AgreedTerm, status TermStatus, verb string) {
	me := g.Scen.Actors[a].ID
	t.Status = status
	loss := g.Rules.RenegeTrust
	if status == TermExpired {
		loss /= 2
	}
	kind := KindRenege
	if status == TermExpired {
		kind = KindExpire
	}
	g.logf(Entry{Kind: kind, Actor: me, Agreement: ag.ID, Issue: t.Issue, Option: t.Option, Public: ag.Public, Seen: ag.Parties,
		Cause: string(status), Text: fmt.Sprintf("%s %s its promise: %s.", g.name(me), verb, g.DescribeTerm(t.Term))})
	for b, bd := range g.Scen.Actors {
		if b != a && (ag.Public || contains(ag.Parties, bd.ID)) {
			g.addTrust(b, a, -loss, fmt.Sprintf("%s %s agreement %s", g.name(me), verb, ag.ID))
		}
	}
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
