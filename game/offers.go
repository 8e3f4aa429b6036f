package game

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// addOffer numbers an offer, records it and logs it to those who know.
func (g *Game) addOffer(o *Offer, cause string) *Offer {
	g.applyRules(o)
	o.ID = "o" + strconv.Itoa(len(g.Offers)+1)
	o.Status = OfferOpen
	o.Public = o.Channel == ChannelPublic
	o.Replies = make([]Reply, len(o.To))
	for k, to := range o.To {
		o.Replies[k] = Reply{Actor: to}
	}
	g.Offers = append(g.Offers, o)
	g.logf(Entry{Kind: KindOffer, Actor: o.From, Other: strings.Join(o.To, ","), Offer: o.ID,
		Public: o.Public, Seen: o.To, Cause: cause,
		Text: g.name(o.From) + " offers " + g.names(o.To) + ": " + g.DescribeTerms(openTerms(o.Terms, o.Public && o.hidesTerms())) + " (" + string(o.Linkage) + " linkage, " + string(o.Channel) + ")."})
	g.logSecretTerms(KindOffer, o, "")
	return o
}

// applyRules makes an offer obey the rules' switches: a forced linkage
// level, and precise terms when vagueness is off. The terms are copied
// first, so the sender's orders are left as given.
func (g *Game) applyRules(o *Offer) {
	if g.Rules.Linkage != "" {
		o.Linkage = g.Rules.Linkage
	}
	if g.Rules.Off.Vagueness && slices.ContainsFunc(o.Terms, func(t Term) bool { return t.Vague }) {
		o.Terms = slices.Clone(o.Terms)
		for k := range o.Terms {
			o.Terms[k].Vague = false
		}
	}
}

// replies applies accept, reject, counter and stall orders, then forms the
// agreements whose offers every recipient accepted.
func (r *round) replies() {
	g := r.g
	var touched []*Offer
	r.each(func(a int, o Order) {
		off := g.offer(o.Offer)
		me := g.Scen.Actors[a].ID
		k := indexOf(off.To, me)
		off.Replies[k] = Reply{Actor: me, Kind: o.Kind, Turn: g.Turn}
		if len(touched) == 0 || touched[len(touched)-1] != off {
			touched = append(touched, off)
		}
		public := off.Public || (o.Kind == OrderReject && o.Public)
		from := g.ActorIndex(off.From)
		e := Entry{Kind: KindReply, Actor: me, Other: off.From, Offer: off.ID, Public: public, Seen: g.alone(from, off.From), Cause: string(o.Kind)}
		who, whom := g.actorName(a), g.name(off.From)
		switch o.Kind {
		case OrderAccept:
			e.Text = who + " accepts the offer from " + whom + "."
			r.observe(a, off, true)
		case OrderReject:
			e.Text = who + " rejects the offer from " + whom + "."
			if o.Public {
				e.Text = who + " publicly rejects the offer from " + whom + "."
				off.Public = true
			}
			r.observe(a, off, false)
		case OrderCounter:
			e.Text = who + " answers the offer from " + whom + " with a counter-offer."
			r.observe(a, off, false)
		case OrderStall:
			e.Text = who + " stalls on the offer from " + whom + "."
			off.Expires++
		}
		g.logf(e)
		// What follows from the answer is logged after it.
		switch {
		case o.Kind == OrderAccept:
			g.keepWord(a, off.Terms, "accepting "+off.ID)
		case o.Kind == OrderReject && o.Public:
			g.embarrass(from, a, 5, "publicly rebuffed by "+who)
			g.ruleOut(a, off)
		case o.Kind == OrderStall:
			g.addTrust(from, a, -2, "stalled by "+who)
		}
	}, OrderAccept, OrderReject, OrderCounter, OrderStall)
	// Settle in the order offers were made, as the log promises.
	slices.SortFunc(touched, func(a, b *Offer) int { return cmp.Compare(g.offerSeq(a), g.offerSeq(b)) })
	touched = slices.Compact(touched)
	for _, off := range touched {
		g.settle(off)
	}
}

// settle closes an offer once its recipients have answered: any rejection
// or counter ends it; acceptance by all makes an agreement.
func (g *Game) settle(off *Offer) {
	accepted := 0
	for _, rep := range off.Replies {
		switch rep.Kind {
		case OrderReject:
			off.Status = OfferRejected
			return
		case OrderCounter:
			off.Status = OfferCountered
			return
		case OrderAccept:
			accepted++
		}
	}
	if accepted < len(off.Replies) {
		return
	}
	off.Status = OfferAccepted
	ag := &Agreement{ID: "a" + strconv.Itoa(len(g.Agreements)+1), Offer: off.ID, Linkage: off.Linkage,
		Parties: append([]string{off.From}, off.To...), Turn: g.Turn, Public: off.Public}
	for _, t := range off.Terms {
		ag.Terms = append(ag.Terms, AgreedTerm{Term: t, Deadline: g.Turn + g.Rules.TermDeadline, Status: TermPending})
	}
	g.Agreements = append(g.Agreements, ag)
	g.logf(Entry{Kind: KindAgreement, Actor: off.From, Other: strings.Join(off.To, ","), Offer: off.ID, Agreement: ag.ID,
		Public: ag.Public, Seen: off.To, Cause: "all recipients accepted " + off.ID,
		Text: "Agreement between " + g.names(ag.Parties) + ": " + g.DescribeTerms(openTerms(off.Terms, ag.Public && off.hidesTerms())) + "."})
	g.logSecretTerms(KindAgreement, off, ag.ID)
	for _, p := range ag.Parties {
		for _, q := range ag.Parties {
			if p != q {
				g.addTrust(g.ActorIndex(p), g.ActorIndex(q), 4, "agreement "+ag.ID)
			}
		}
	}
	g.senderKeepsWord(off)
}

// proposals sends new offers and counter-offers.
func (r *round) proposals() {
	g := r.g
	r.each(func(a int, o Order) {
		me := g.Scen.Actors[a].ID
		ch, lk := o.Channel, o.Linkage
		if ch == "" {
			ch = ChannelPrivate
		}
		if lk == "" {
			lk = LinkNone
		}
		// A letter is read the next morning; words at a forum at once.
		// The offer owns copies of the order's lists: a seat may build its
		// orders from storage it reuses (its view, refilled every turn).
		off := &Offer{From: me, To: clone(o.To), Terms: clone(o.Terms), Linkage: lk, Channel: ch, Text: o.Text,
			Sent: g.Turn, Arrives: g.Turn + 1, Expires: g.Turn + g.Rules.OfferLife}
		if ch == ChannelForum {
			off.Arrives = g.Turn // face to face: answered at the summit table
			off.Forum = g.Scen.Forums[g.meetingForum(append([]string{me}, o.To...), o.Forum)].ID
		}
		cause := "proposal"
		if o.Kind == OrderCounter {
			off.CounterTo, cause = o.Offer, "counter to "+o.Offer
			if orig := g.offer(o.Offer); orig != nil {
				off.To = counterRecipients(orig, me)
			}
		}
		g.addOffer(off, cause)
		r.observeProposal(a, off)
		if ch == ChannelForum {
			g.meet(a, off.To, off.Forum)
		}
	}, OrderPropose, OrderCounter)
}

// meet records actor a's offer to others made face to face at a forum:
// meeting builds a little trust both ways.
func (g *Game) meet(a int, to []string, forum string) {
	for _, id := range to {
		b := g.ActorIndex(id)
		g.addTrust(a, b, 2, "met at "+forum)
		g.addTrust(b, a, 2, "met at "+forum)
	}
}

// counterRecipients sends a counter to everyone else on the original offer.
func counterRecipients(orig *Offer, me string) []string {
	out := []string{orig.From}
	for _, t := range orig.To {
		if t != me {
			out = append(out, t)
		}
	}
	return out
}

// DescribeTerms says a package of terms in words.
func (g *Game) DescribeTerms(terms []Term) string {
	parts := make([]string, 0, len(terms))
	for _, t := range terms {
		parts = append(parts, g.DescribeTerm(t))
	}
	return strings.Join(parts, "; ")
}

// DescribeTerm says one term in words, e.g. "Russia: UN sanctions → support".
// Descriptions are remembered: the same terms are told many times a game.
func (g *Game) DescribeTerm(t Term) string {
	if s, ok := g.terms[t]; ok {
		return s
	}
	s := g.describeTerm(t)
	if g.terms == nil {
		g.terms = map[Term]string{}
	}
	g.terms[t] = s
	return s
}

func (g *Game) describeTerm(t Term) string {
	issue, option := t.Issue, t.Option
	if i := g.IssueIndex(t.Issue); i >= 0 {
		issue = g.Scen.Issues[i].Name
		if j := g.OptionIndex(i, t.Option); j >= 0 {
			option = g.Scen.Issues[i].Options[j].Name
		}
	}
	s := g.name(t.Actor) + ": " + issue + " → " + option
	if t.Vague {
		s += " (loosely worded)"
	}
	if t.Secret {
		s += " (secret)"
	}
	return s
}

// alone is the list of one actor's id, shared by all the entries that
// actor alone may see (a is its index, -1 if unknown).
func (g *Game) alone(a int, id string) []string {
	if a >= 0 {
		return g.ix.alone[a]
	}
	return []string{id}
}

// actorName is name by actor index.
func (g *Game) actorName(a int) string {
	if s := g.Scen.Actors[a].Short; s != "" {
		return s
	}
	return g.Scen.Actors[a].Name
}

func (g *Game) name(id string) string {
	if a := g.ActorIndex(id); a >= 0 {
		if s := g.Scen.Actors[a].Short; s != "" {
			return s
		}
		return g.Scen.Actors[a].Name
	}
	return id
}

func (g *Game) names(ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = g.name(id)
	}
	return strings.Join(parts, ", ")
}

// offerSeq is an offer's position in the game: ids are "o" and a number.
func (g *Game) offerSeq(o *Offer) int {
	n, _ := strconv.Atoi(o.ID[1:])
	return n
}

// ruleOut turns a public rejection into public statements: the rejecter
// is on record as ruling out what the offer asked of it, and pays the
// audience cost if it later does it after all. What it has already
// promised in a deal it keeps is left off the record: turning down a
// package that asks for it again refuses the package, not its own word,
// and the public reads it so (else carrying out the promise next turn
// broke a statement the rejection had just made).
func (g *Game) ruleOut(a int, off *Offer) {
	me := g.Scen.Actors[a].ID
	for _, t := range off.Terms {
		i, j, err := g.lookupOption(t.Issue, t.Option)
		// A secret term stays secret: rejecting it aloud would tell it.
		if t.Actor != me || t.Secret || err != nil || g.Options[i] == j || g.owes(me, i, j) {
			continue
		}
		g.onRecord(a, i, j, true, "public rejection of "+off.ID,
			"By rejecting it in public, "+g.name(me)+" is on record as ruling out "+g.optionTitle(i, j)+".")
	}
}

// owes reports whether actor me has promised, in a pending term of one of
// its agreements, to move issue i to option j (named, or in a loosely
// worded term's neighbourhood).
func (g *Game) owes(me string, i, j int) bool {
	for _, ag := range g.Agreements {
		for k := range ag.Terms {
			t := &ag.Terms[k]
			if t.Actor == me && t.Status == TermPending && t.Issue == g.Scen.Issues[i].ID && g.Scen.Keeps(t.Term, j) {
				return true
			}
		}
	}
	return false
}
