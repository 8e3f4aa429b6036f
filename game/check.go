package game

import (
	"strconv"
	"strings"
)

// MaxOrders is the most orders one seat may give in a turn.
const MaxOrders = 64

// Check validates one actor's orders for this turn without changing the
// game. It returns an *OrderError naming the first broken rule.
func (g *Game) Check(actor string, orders []Order) error {
	a := g.ActorIndex(actor)
	fail := func(i int, k OrderKind, err error) error {
		return &OrderError{Actor: actor, Index: i, Kind: k, Err: err}
	}
	if a < 0 {
		return fail(0, "", ErrUnknownActor)
	}
	if g.Over {
		return fail(0, "", ErrGameOver)
	}
	if len(orders) > MaxOrders {
		return fail(MaxOrders, "", ErrTooMany)
	}
	spent := 0
	for i, o := range orders {
		if g.Summit {
			if err := g.checkSummit(o); err != nil {
				return fail(i, o.Kind, err)
			}
		}
		if err := g.checkOne(a, o); err != nil {
			return fail(i, o.Kind, err)
		}
		if key := dupKey(o); key.kind != "" {
			for _, p := range orders[:i] {
				if dupKey(p) == key {
					return fail(i, o.Kind, ErrDuplicate)
				}
			}
		}
		spent += o.Cost(g.Rules)
		if spent > g.Capital[a] {
			return fail(i, o.Kind, ErrNoCapital)
		}
	}
	return nil
}

// dupKey names what an order acts on, so the same offer, issue, term or
// dilemma cannot be acted on twice in one turn; kind "" acts on nothing
// that must be unique. (Comparing keys, at most 64 orders, needs no map.)
func dupKey(o Order) orderTarget {
	switch o.Kind {
	case OrderAccept, OrderReject, OrderCounter, OrderStall:
		return orderTarget{"reply", o.Offer, 0}
	case OrderLeak:
		return orderTarget{"leak", o.Offer, 0}
	case OrderMove:
		return orderTarget{"move", o.Issue, 0}
	case OrderFulfil, OrderRenege:
		return orderTarget{"term", o.Agreement, o.TermIndex}
	case OrderChoose:
		return orderTarget{"choose", o.Dilemma, 0}
	}
	return orderTarget{}
}

// orderTarget is what an order acts on: a kind of thing, its id and, for
// a term, its index.
type orderTarget struct {
	kind, id string
	n        int
}

func (g *Game) checkOne(a int, o Order) error {
	switch o.Kind {
	case OrderPropose:
		return g.checkProposal(a, o)
	case OrderCounter:
		if err := g.checkReply(a, o.Offer); err != nil {
			return err
		}
		o.To = counterRecipients(g.offer(o.Offer), g.Scen.Actors[a].ID)
		return g.checkProposal(a, o)
	case OrderAccept, OrderReject, OrderStall:
		return g.checkReply(a, o.Offer)
	case OrderLeak:
		off := g.offer(o.Offer)
		if off == nil {
			return ErrUnknownOffer
		}
		me := g.Scen.Actors[a].ID
		// A public package can still be leaked for its secret terms.
		if (off.Public && !off.hidesTerms()) || !(off.From == me || (contains(off.To, me) && off.Arrives <= g.Turn)) {
			return ErrCannotLeak
		}
	case OrderStatement:
		_, _, err := g.lookupOption(o.Issue, o.Option)
		return err
	case OrderMove:
		i, j, err := g.lookupOption(o.Issue, o.Option)
		if err != nil {
			return err
		}
		if g.Controller[i] != a {
			return ErrNotController
		}
		if g.Options[i] == j {
			return ErrNoChange
		}
		if g.Scen.Irreversible(i, g.Options[i]) {
			return ErrIrreversible
		}
		if g.needsConsent(i, j) {
			return ErrNeedsConsent
		}
	case OrderFulfil, OrderRenege:
		ag := g.agreement(o.Agreement)
		if ag == nil || o.TermIndex < 0 || o.TermIndex >= len(ag.Terms) {
			return ErrUnknownTerm
		}
		t := ag.Terms[o.TermIndex]
		if t.Actor != g.Scen.Actors[a].ID {
			return ErrNotYourTerm
		}
		if t.Status != TermPending {
			return ErrTermClosed
		}
		if o.Kind == OrderFulfil && o.Option != "" {
			return g.checkClaim(ag, t.Term, o.Option)
		}
	case OrderChoose:
		d := g.dilemma(o.Dilemma)
		if d == nil || d.Actor != g.Scen.Actors[a].ID || d.Choice != "" || d.Deadline < g.Turn {
			return ErrUnknownDilemma
		}
		if choiceIndex(g.Scen.Events[d.Event].Dilemma, o.Choice) < 0 {
			return ErrUnknownChoice
		}
	default:
		return ErrUnknownKind
	}
	return nil
}

func (g *Game) checkReply(a int, id string) error {
	off := g.offer(id)
	if off == nil {
		return ErrUnknownOffer
	}
	me := g.Scen.Actors[a].ID
	k := indexOf(off.To, me)
	if k < 0 || off.Arrives > g.Turn {
		return ErrNotRecipient
	}
	if off.Status != OfferOpen || (off.Replies[k].Kind != "" && off.Replies[k].Kind != OrderStall) {
		if off.Status == OfferExpired {
			return ErrOfferExpired
		}
		return ErrAlreadyAnswered
	}
	if off.Expires < g.Turn {
		return ErrOfferExpired
	}
	return nil
}

func (g *Game) checkProposal(a int, o Order) error {
	me := g.Scen.Actors[a].ID
	if len(o.To) == 0 || len(o.To) > len(g.Scen.Actors) {
		return ErrBadRecipient
	}
	for k, to := range o.To {
		if g.ActorIndex(to) < 0 {
			return ErrUnknownActor
		}
		if to == me || indexOf(o.To[:k], to) >= 0 {
			return ErrBadRecipient
		}
	}
	if len(o.Terms) == 0 || len(o.Terms) > 16 {
		return ErrNoTerms
	}
	parties := append([]string{me}, o.To...)
	open := 0
	for _, t := range o.Terms {
		if !t.Secret {
			open++
		}
		if g.ActorIndex(t.Actor) < 0 {
			return ErrUnknownActor
		}
		if t.Actor != me && !contains(o.To, t.Actor) {
			return ErrTermActor
		}
		if err := g.checkPromise(t, parties); err != nil {
			return err
		}
	}
	switch o.Linkage {
	case "", LinkNone, LinkImplicit, LinkExplicit:
	default:
		return ErrBadLinkage
	}
	switch o.Channel {
	case "", ChannelPrivate:
	case ChannelPublic:
		if open == 0 {
			return ErrAllSecret
		}
	case ChannelForum:
		if g.meetingForum(append([]string{me}, o.To...), o.Forum) < 0 {
			return ErrNoForum
		}
	default:
		return ErrBadChannel
	}
	return nil
}

// checkClaim checks the option a fulfil order names: it must keep the
// term (be in a loosely worded term's neighbourhood) and need no consent
// from outside the agreement.
func (g *Game) checkClaim(ag *Agreement, t Term, option string) error {
	i, j, err := g.lookupOption(t.Issue, option)
	if err != nil {
		return err
	}
	if !g.Scen.Keeps(t, j) {
		return ErrNotNear
	}
	if !g.consentWithin(i, j, ag.Parties, t.Actor) {
		return ErrConsentOutside
	}
	return nil
}

// meetingForum returns an open forum every actor attends (the named one if
// given), or -1.
func (g *Game) meetingForum(actors []string, want string) int {
	for _, f := range g.Forums {
		fd := g.Scen.Forums[f]
		if want != "" && fd.ID != want {
			continue
		}
		all := true
		for _, a := range actors {
			if !contains(fd.Attendees, a) {
				all = false
			}
		}
		if all {
			return f
		}
	}
	return -1
}

func (g *Game) lookupOption(issue, option string) (int, int, error) {
	i := g.IssueIndex(issue)
	if i < 0 {
		return -1, -1, ErrUnknownIssue
	}
	j := g.OptionIndex(i, option)
	if j < 0 {
		return i, -1, ErrUnknownOption
	}
	return i, j, nil
}

// needsConsent reports whether moving issue i to option j needs another
// actor's consent, which only an agreement can give.
func (g *Game) needsConsent(i, j int) bool {
	for _, r := range g.consentRules(i, j) {
		if len(r.Actors) > 0 {
			return true
		}
	}
	return false
}

// missingConsent names an actor whose consent moving issue i to option j
// needs and who is neither among the parties nor the mover, or "".
func (g *Game) missingConsent(i, j int, parties []string, mover string) string {
	for _, r := range g.consentRules(i, j) {
		for _, need := range r.Actors {
			if need != mover && !contains(parties, need) {
				return need
			}
		}
	}
	return ""
}

// consentWithin reports whether the parties (with the mover) can give
// every consent moving issue i to option j needs.
func (g *Game) consentWithin(i, j int, parties []string, mover string) bool {
	return g.missingConsent(i, j, parties, mover) == ""
}

// consentRules lists the rules that cover moving issue i to option j
// (worked out once a game, in the index; the list is shared, not to be
// changed).
func (g *Game) consentRules(i, j int) []ConsentRule { return g.ix.consent[i][j] }

// consentRulesOf lists the rules of an issue that cover its option j.
func consentRulesOf(is *IssueDef, j int) []ConsentRule {
	var out []ConsentRule
	for _, r := range is.Consent {
		if len(r.Options) == 0 || contains(r.Options, is.Options[j].ID) {
			out = append(out, r)
		}
	}
	return out
}

// offer finds an offer by id; ids are "o" and its position from 1.
func (g *Game) offer(id string) *Offer {
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "o")); err == nil && n >= 1 && n <= len(g.Offers) && g.Offers[n-1].ID == id {
		return g.Offers[n-1]
	}
	return nil
}

func (g *Game) agreement(id string) *Agreement {
	for _, a := range g.Agreements {
		if a.ID == id {
			return a
		}
	}
	return nil
}

func (g *Game) dilemma(id string) *Dilemma {
	for _, d := range g.Dilemmas {
		if d.ID == id {
			return d
		}
	}
	return nil
}

func choiceIndex(d *DilemmaDef, id string) int {
	if d == nil {
		return -1
	}
	for i, c := range d.Choices {
		if c.ID == id {
			return i
		}
	}
	return -1
}

func contains(list []string, s string) bool { return indexOf(list, s) >= 0 }

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
