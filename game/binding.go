package game

import (
	"fmt"
	"strings"
)

// Deals bind: this file holds what an agreement forbids its parties to do
// afterwards, and what breaking it costs.

// BreachKind names how a word was broken.
type BreachKind string

// Breach kinds.
const (
	BreachRenege    BreachKind = "renege"    // refused a term, or moved off a kept one
	BreachLapse     BreachKind = "lapse"     // let a term's deadline pass
	BreachDispute   BreachKind = "dispute"   // a loosely worded term was disputed
	BreachStatement BreachKind = "statement" // went back on a public statement
)

// Breach is one entry of the record of broken words that seats (and the
// AI) read to judge whom to trust. A private breach is known to the
// agreement's parties until the agreement becomes public.
type Breach struct {
	Actor     string     `json:"actor"`
	Kind      BreachKind `json:"kind"`
	Turn      int        `json:"turn"`
	Agreement string     `json:"agreement,omitempty"`
	Term      int        `json:"term,omitempty"`
	Issue     string     `json:"issue,omitempty"`
	Linkage   Linkage    `json:"linkage,omitempty"`
	Public    bool       `json:"public,omitempty"`
	Parties   []string   `json:"parties,omitempty"`
	// Victims are the actors it wronged (the other parties).
	Victims []string `json:"victims,omitempty"`
}

// VisibleTo reports whether an actor knows of the breach.
func (b *Breach) VisibleTo(actor string) bool {
	return b.Public || b.Actor == actor || contains(b.Parties, actor)
}

// RenegeWeight is how much a broken term costs its breaker under each
// linkage level, as a multiple of Rules.RenegeTrust and Rules.RenegeFace:
// a stated quid pro quo is an enforceable bundle and breaking it is an
// open scandal; a deniable hint costs less; unlinked terms stand alone.
func RenegeWeight(lk Linkage) float64 {
	switch lk {
	case LinkExplicit:
		return 1.5
	case LinkImplicit:
		return 0.6
	}
	return 1
}

// Releases reports whether one party's breach of an agreement with this
// linkage lets the other parties off their own terms. Unlinked terms stand
// alone: the other side stays bound even after a partner defects.
func Releases(lk Linkage) bool { return lk == LinkExplicit || lk == LinkImplicit }

// Keeps reports whether option j of the term's issue keeps the term: the
// named option, or for a loosely worded term any option near it.
func (s *Scenario) Keeps(t Term, j int) bool {
	i := s.issueIndex(t.Issue)
	if i < 0 || j < 0 || j >= len(s.Issues[i].Options) {
		return false
	}
	named := s.optionIndex(i, t.Option)
	if j == named {
		return true
	}
	return t.Vague && s.near(i, named, j)
}

// LeastMove is the option that keeps a term with the least move from
// option cur (in the issue's order; a tie goes to the option named): for
// a precise term the named option, for a loosely worded one possibly the
// current option itself. This is the wiggle room vagueness buys. Options
// that allowed (if not nil) refuses are passed over.
func (s *Scenario) LeastMove(t Term, cur int, allowed func(j int) bool) int {
	i := s.issueIndex(t.Issue)
	if i < 0 {
		return -1
	}
	best := s.optionIndex(i, t.Option)
	if !t.Vague || best < 0 {
		return best
	}
	dist := func(j int) int { return max(j-cur, cur-j) }
	for j := range s.Issues[i].Options {
		if s.Keeps(t, j) && dist(j) < dist(best) && (allowed == nil || allowed(j)) {
			best = j
		}
	}
	return best
}

// near reports whether option j is in the neighbourhood of option n of
// issue i: listed in n's Near, or when Near is empty next to it in order
// but not the option the issue starts at (a loose promise to move never
// means staying put).
func (s *Scenario) near(i, n, j int) bool {
	if n < 0 {
		return false
	}
	is := &s.Issues[i]
	od := is.Options[n]
	if len(od.Near) == 0 {
		return (j == n-1 || j == n+1) && is.Options[j].ID != is.Start
	}
	return contains(od.Near, is.Options[j].ID)
}

// ConsentOf lists the actors whose consent moving issue i to option j
// needs (as parties to an agreement), in rule order, maybe repeated.
func (s *Scenario) ConsentOf(i, j int) []string {
	var out []string
	is := &s.Issues[i]
	for _, r := range is.Consent {
		if len(r.Options) == 0 || contains(r.Options, is.Options[j].ID) {
			out = append(out, r.Actors...)
		}
	}
	return out
}

// Irreversible reports whether option j of issue i can never be left.
func (s *Scenario) Irreversible(i, j int) bool {
	return i >= 0 && i < len(s.Issues) && j >= 0 && j < len(s.Issues[i].Options) && s.Issues[i].Options[j].Irreversible
}

func (s *Scenario) issueIndex(id string) int {
	for i := range s.Issues {
		if s.Issues[i].ID == id {
			return i
		}
	}
	return -1
}

func (s *Scenario) optionIndex(i int, id string) int {
	for j := range s.Issues[i].Options {
		if s.Issues[i].Options[j].ID == id {
			return j
		}
	}
	return -1
}

// checkPromise says why actor a may not promise term t in a package whose
// parties are listed, or nil: it must control the issue, every consent the
// option needs must come from a party, and an irreversible option cannot
// be left.
func (g *Game) checkPromise(t Term, parties []string) error {
	i, j, err := g.lookupOption(t.Issue, t.Option)
	if err != nil {
		return err
	}
	a := g.ActorIndex(t.Actor)
	is := &g.Scen.Issues[i]
	if g.Controller[i] != a {
		return fmt.Errorf("%w: %s does not decide %s, %s does", ErrPromiseNotControlled,
			g.name(t.Actor), is.Name, g.name(g.Scen.Actors[g.Controller[i]].ID))
	}
	if cur := g.Options[i]; cur != j && g.Scen.Irreversible(i, cur) {
		return fmt.Errorf("%w: %s is at %s for good", ErrIrreversible, is.Name, is.Options[cur].Name)
	}
	if need := g.missingConsent(i, j, parties, t.Actor); need != "" {
		return fmt.Errorf("%w: %s → %s needs %s's consent, so %s must be party to the offer", ErrConsentOutside,
			is.Name, is.Options[j].Name, g.name(need), g.name(need))
	}
	return nil
}

// holdsAfterMove breaks every kept term that the move of issue i to option
// j undoes. Whoever moved it (mover, or -1 for an event) reneges if it is
// a party to the agreement; otherwise the term is overtaken by events and
// only recorded.
func (g *Game) holdsAfterMove(i, j, mover int, cause string) {
	id := g.Scen.Issues[i].ID
	for _, ag := range g.Agreements {
		for k := range ag.Terms {
			t := &ag.Terms[k]
			if t.Status != TermFulfilled || t.Free || t.Issue != id || g.Scen.Keeps(t.Term, j) {
				continue
			}
			by := -1
			if mover >= 0 && contains(ag.Parties, g.Scen.Actors[mover].ID) {
				by = mover
			}
			g.breakTerm(ag, k, by, TermReneged, "moved "+g.Scen.Issues[i].Name+" off what it promised in", cause)
		}
	}
}

// breakTerm closes term k of an agreement unkept. The breaker (-1 when
// events overtook the term) loses trust with the other parties and face,
// more for a stated bundle and less for a lapse; the breach goes on the
// record; and a linked bundle lets the other parties off.
func (g *Game) breakTerm(ag *Agreement, k, by int, status TermStatus, verb, cause string) {
	t := &ag.Terms[k]
	t.Status = status
	kind, bk := KindRenege, BreachRenege
	if status == TermExpired {
		kind, bk = KindExpire, BreachLapse
	}
	if by < 0 {
		g.logf(Entry{Kind: kind, Actor: t.Actor, Agreement: ag.ID, Issue: t.Issue, Option: t.Option, Public: g.termPublic(ag, t.Term), Seen: ag.Parties,
			Cause: "overtaken by events: " + cause, Text: fmt.Sprintf("Events overtake %s's promise: %s.", g.name(t.Actor), g.DescribeTerm(t.Term))})
		g.release(ag, -1)
		return
	}
	me := g.Scen.Actors[by].ID
	g.logf(Entry{Kind: kind, Actor: me, Agreement: ag.ID, Issue: t.Issue, Option: t.Option, Public: g.termPublic(ag, t.Term), Seen: ag.Parties,
		Cause: string(status) + ": " + cause, Text: fmt.Sprintf("%s %s agreement %s: %s.", g.name(me), verb, ag.ID, g.DescribeTerm(t.Term))})
	w := RenegeWeight(ag.Linkage)
	if status == TermExpired {
		w /= 2
	}
	g.record(&Breach{Actor: me, Kind: bk, Agreement: ag.ID, Term: k, Issue: t.Issue, Linkage: ag.Linkage})
	for _, p := range ag.Parties {
		if b := g.ActorIndex(p); b != by {
			g.addTrust(b, by, -g.Rules.RenegeTrust*w, fmt.Sprintf("%s %s agreement %s", g.name(me), verb, ag.ID))
		}
	}
	face := g.Rules.RenegeFace * w
	if !g.termPublic(ag, t.Term) {
		face /= 2 // only the partners know, for now
	}
	g.addFace(by, -face, "broke its word in agreement "+ag.ID)
	g.release(ag, by)
}

// release lets every party but the breaker off a linked agreement: their
// pending terms are released and their kept terms stop binding. A stated
// bundle is enforceable: what the others carried out snaps back to where
// it stood before, so a breaker gains nothing it was given. Unlinked
// terms stand alone and stay owed.
func (g *Game) release(ag *Agreement, by int) {
	if !Releases(ag.Linkage) {
		return
	}
	breaker := ""
	if by >= 0 {
		breaker = g.Scen.Actors[by].ID
	}
	var freed []string
	var snap []int
	for k := range ag.Terms {
		t := &ag.Terms[k]
		if t.Actor == breaker || t.Free {
			continue
		}
		switch t.Status {
		case TermPending:
			t.Status = TermReleased
		case TermFulfilled:
		default:
			continue
		}
		t.Free = true
		if !contains(freed, t.Actor) {
			freed = append(freed, t.Actor)
		}
		if ag.Linkage == LinkExplicit && t.Status == TermFulfilled {
			snap = append(snap, k)
		}
	}
	if len(freed) == 0 {
		return
	}
	why := "events broke the bundle"
	if by >= 0 {
		why = g.name(breaker) + " broke the bundle"
	}
	g.logf(Entry{Kind: KindRelease, Actor: breaker, Other: strings.Join(freed, ","), Agreement: ag.ID, Public: ag.Public, Seen: ag.Parties, Cause: why,
		Text: fmt.Sprintf("%s %s released from agreement %s: %s.", g.names(freed), isAre(len(freed)), ag.ID, why)})
	for _, k := range snap {
		t := &ag.Terms[k]
		i := g.IssueIndex(t.Issue)
		if j := g.OptionIndex(i, t.Was); j >= 0 && g.Options[i] == g.OptionIndex(i, t.Kept) {
			g.setOption(i, j, "", KindOption, "the stated bundle "+ag.ID+" snaps back: "+why)
		}
	}
}

// record adds a breach to the record; it is public when the agreement is.
func (g *Game) record(b *Breach) {
	b.Turn = g.Turn
	if ag := g.agreement(b.Agreement); ag != nil {
		b.Public = ag.Public
		if b.Term >= 0 && b.Term < len(ag.Terms) {
			b.Public = g.termPublic(ag, ag.Terms[b.Term].Term)
		}
		b.Parties = clone(ag.Parties)
		for _, p := range ag.Parties {
			if p != b.Actor {
				b.Victims = append(b.Victims, p)
			}
		}
	} else {
		b.Public = true
	}
	g.Breaches = append(g.Breaches, b)
}

// exposeBreaches makes an agreement's breaches public when the agreement
// comes out, and charges the rest of the face its breakers kept hidden.
func (g *Game) exposeBreaches(ag *Agreement) {
	for _, b := range g.Breaches {
		if b.Agreement != ag.ID || b.Public {
			continue
		}
		b.Public = true
		if b.Kind == BreachRenege || b.Kind == BreachLapse {
			w := RenegeWeight(b.Linkage)
			if b.Kind == BreachLapse {
				w /= 2
			}
			g.addFace(g.ActorIndex(b.Actor), -g.Rules.RenegeFace*w/2, "its broken word in agreement "+ag.ID+" comes out")
		}
	}
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}
