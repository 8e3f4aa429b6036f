package ai

import (
	"math/rand/v2"
	"testing"

	"backchannel/game"
)

// checkAccepts fails if the decision accepts an offer that would leave the
// actor below its reservation or cross one of its red lines.
func checkAccepts(t *testing.T, v *game.View, dec Decision) {
	t.Helper()
	for _, o := range dec.Orders {
		if o.Kind != game.OrderAccept {
			continue
		}
		off := v.Offer(o.Offer)
		after := outcome(v, off)
		if u := v.Scenario.Utility(v.Me, v.Type, after); u < v.Reservation {
			t.Fatalf("%s turn %d accepted %s worth %.2f below its reservation %.2f", v.Actor, v.Turn, off.ID, u, v.Reservation)
		}
		if newRedLine(v, after) {
			t.Fatalf("%s turn %d accepted %s across a red line", v.Actor, v.Turn, off.ID)
		}
	}
}

// randomOffer makes an offer to the view's actor from another actor, with
// one to three terms on issues the parties control.
func randomOffer(r *rand.Rand, v *game.View, id string) (game.Offer, bool) {
	sc := v.Scenario
	from := r.IntN(len(sc.Actors))
	if from == v.Me {
		return game.Offer{}, false
	}
	o := game.Offer{ID: id, From: sc.Actors[from].ID, To: []string{v.Actor}, Sent: v.Turn - 1, Arrives: v.Turn, Expires: v.Turn + 2,
		Status: game.OfferOpen, Replies: []game.Reply{{Actor: v.Actor}},
		Linkage: []game.Linkage{game.LinkNone, game.LinkImplicit, game.LinkExplicit}[r.IntN(3)],
		Channel: []game.Channel{game.ChannelPrivate, game.ChannelPublic}[r.IntN(2)]}
	o.Public = o.Channel == game.ChannelPublic
	for n := 1 + r.IntN(3); n > 0; n-- {
		i := r.IntN(len(sc.Issues))
		c := v.Controller[i]
		if c != v.Me && c != from {
			continue
		}
		is := sc.Issues[i]
		o.Terms = append(o.Terms, game.Term{Actor: sc.Actors[c].ID, Issue: is.ID, Option: is.Options[r.IntN(len(is.Options))].ID})
	}
	return o, len(o.Terms) > 0
}

// TestNeverAcceptsBelowReservation watches every acceptance in many
// all-AI games, and puts random offers to the seats as well.
func TestNeverAcceptsBelowReservation(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	accepted, injected := 0, 0
	playAll(t, fixtures(), allLevels(), 6, func(d decision) {
		checkAccepts(t, d.v, d.dec)
		for _, o := range d.dec.Orders {
			if o.Kind == game.OrderAccept {
				accepted++
			}
		}
		if d.v.Turn%3 != 0 {
			return
		}
		for n := 0; n < 6; n++ {
			off, ok := randomOffer(r, d.v, "x1")
			if !ok {
				continue
			}
			v := withOffer(d.v, off)
			dec := fresh(d.s, v)
			checkAccepts(t, v, dec)
			if replyTo(dec, "x1") == game.OrderAccept {
				injected++
			}
		}
	})
	if accepted == 0 || injected == 0 {
		t.Fatalf("too few acceptances to judge: %d in play, %d of injected offers", accepted, injected)
	}
}

// improve returns the offer made at least as good for the actor on every
// issue: its own costly promises dropped (one term is kept) and each of
// the other side's promises moved to an option the actor likes at least
// as much and that needs no vote. It reports false if nothing changed.
func improve(v *game.View, o game.Offer) (game.Offer, bool) {
	sc := v.Scenario
	prefs := sc.Actors[v.Me].Types[v.Type].Prefs
	val := func(issue, option string) float64 {
		i, j := optionIndex(sc, issue, option)
		if vals := prefs.Values[issue]; len(vals) > j && j >= 0 && i >= 0 {
			return vals[j]
		}
		return 0
	}
	out := o
	out.Terms = nil
	changed := false
	// Dropping the seat's only concession would make the package a one-sided
	// gift, which no linkage protects; that is not better on every count.
	own := 0
	for _, t := range o.Terms {
		if t.Actor == v.Actor {
			own++
		}
	}
	for _, t := range o.Terms {
		i, _ := optionIndex(sc, t.Issue, t.Option)
		cur := sc.Issues[i].Options[v.Options[i]].ID
		if t.Actor == v.Actor && val(t.Issue, t.Option) < val(t.Issue, cur) && own > 1 && !changed {
			changed = true // drop one of its own concessions
			continue
		}
		if t.Actor != v.Actor {
			for _, op := range sc.Issues[i].Options {
				if val(t.Issue, op.ID) > val(t.Issue, t.Option) && !needsVote(sc, t.Issue, op.ID) && !needsVote(sc, t.Issue, t.Option) {
					t.Option, changed = op.ID, true
				}
			}
		}
		out.Terms = append(out.Terms, t)
	}
	return out, changed
}

// committedOtherwise reports whether the seat is bound by a term that sets
// an issue of the offer to another option than the offer does, or may: a
// loosely worded promise on the issue can be kept with a neighbouring
// option, and the seat may keep it so this turn.
func committedOtherwise(v *game.View, o game.Offer) bool {
	for _, ag := range v.Agreements {
		for _, u := range ag.Terms {
			if u.Actor != v.Actor || !(u.Status == game.TermPending || (u.Status == game.TermFulfilled && !u.Free)) {
				continue
			}
			for _, t := range o.Terms {
				if t.Issue == u.Issue && (t.Option != u.Option || (u.Vague && u.Status == game.TermPending)) {
					return true
				}
			}
		}
	}
	return false
}

// trustFell reports whether the seat trusts anyone less than before.
func trustFell(before, now []float64) bool {
	for b := range before {
		if b < len(now) && now[b] < before[b] {
			return true
		}
	}
	return false
}

func needsVote(sc *game.Scenario, issue, option string) bool {
	i, _ := optionIndex(sc, issue, option)
	for _, r := range sc.Issues[i].Consent {
		if r.Ratification != nil && (len(r.Options) == 0 || containsStr(r.Options, option)) {
			return true
		}
		if len(r.Actors) > 0 && (len(r.Options) == 0 || containsStr(r.Options, option)) {
			return true
		}
	}
	return false
}

// TestAcceptsDominatingOffer checks that an offer at least as good on
// every issue as one a seat has just accepted is accepted too: in its
// place in the same turn, and when it comes the turn after.
func TestAcceptsDominatingOffer(t *testing.T) {
	same, later := 0, 0
	type held struct {
		s     *Seat
		off   game.Offer
		trust []float64 // the seat's trust in the others when it accepted
	}
	var pending []held
	playAll(t, fixtures(), allLevels(), 8, func(d decision) {
		// Put last turn's accepted offers to the seats again, now.
		for _, h := range pending {
			if h.s != d.s || h.off.Sent != d.v.Turn-1 || trustFell(h.trust, d.v.Trust) || committedOtherwise(d.v, h.off) {
				continue // a broken word or a binding deal since then changes the answer
			}
			again := h.off
			again.ID, again.Sent, again.Arrives, again.Expires = "x2", d.v.Turn, d.v.Turn, d.v.Turn+2
			again.Replies = []game.Reply{{Actor: d.v.Actor}}
			again.To = []string{d.v.Actor}
			dec := fresh(d.s, withOffer(d.v, again))
			if k := replyTo(dec, "x2"); k != game.OrderAccept {
				t.Fatalf("%s turn %d: offer as good as the one it accepted last turn answered %q: %+v", d.v.Actor, d.v.Turn, k, dec.Explanations)
			}
			later++
		}
		for _, o := range d.dec.Orders {
			if o.Kind != game.OrderAccept {
				continue
			}
			off := *d.v.Offer(o.Offer)
			if len(off.To) == 1 {
				h := off
				h.Sent = d.v.Turn
				pending = append(pending, held{d.s, h, append([]float64(nil), d.v.Trust...)})
			}
			better, ok := improve(d.v, off)
			if !ok {
				continue
			}
			dec := fresh(d.s, withOffer(d.v, better))
			if k := replyTo(dec, off.ID); k != game.OrderAccept {
				t.Fatalf("%s turn %d: accepted %v but answered %q to the better %v: %+v", d.v.Actor, d.v.Turn, off.Terms, k, better.Terms, dec.Explanations)
			}
			same++
		}
	})
	if same == 0 || later == 0 {
		t.Fatalf("too few cases: %d improved in the same turn, %d repeated a turn later", same, later)
	}
}
