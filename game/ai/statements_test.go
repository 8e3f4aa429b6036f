package ai

import (
	"math"
	"strings"
	"testing"

	"backchannel/game"
)

// TestAudienceCostWeighed: an offer that goes back on the seat's public
// statement is worth the audience cost less to it, and nothing less when
// the rules switch audience costs off; if the seat then takes it, it says
// that it goes back on its word.
func TestAudienceCostWeighed(t *testing.T) {
	for _, off := range []bool{false, true} {
		_, v := letterView(t, "USA")
		v.Rules.Off.AudienceCosts = off
		offer := game.Offer{ID: "x1", From: "RUS", To: []string{"USA"}, Sent: v.Turn - 1, Arrives: v.Turn, Expires: v.Turn + 2,
			Status: game.OfferOpen, Replies: []game.Reply{{Actor: "USA"}}, Linkage: game.LinkNone, Channel: game.ChannelPrivate,
			Terms: []game.Term{{Actor: "USA", Issue: "start_followon", Option: "signed"}}}
		v = withOffer(v, offer)
		worth := func(v *game.View) (float64, Decision) {
			s := New("USA", Normal, 1)
			s.m = newModel(v.Scenario)
			s.mem.absorb(s.m, v)
			c := newCtx(s, v)
			p := c.fromOffer(v.Offer("x1"))
			eu := c.weigh(&p).w.eu
			return eu, New("USA", Normal, 1).Decide(v)
		}
		free, _ := worth(v)
		said := *v
		said.Statements = append(append([]game.Statement(nil), v.Statements...),
			game.Statement{Actor: "USA", Issue: "start_followon", Option: "signed", Oppose: true, Turn: 1})
		bound, dec := worth(&said)
		want := 0.0
		if !off {
			s := New("USA", Normal, 1)
			s.m = newModel(v.Scenario)
			c := newCtx(s, v)
			want = c.audienceCost(c.own.prefs)
			if want < 1 {
				t.Fatalf("audience cost %.2f: too small to matter", want)
			}
		}
		if math.Abs((free-bound)-want) > 1e-6 {
			t.Errorf("audience costs off=%v: the offer is worth %.2f, %.2f once it breaks a statement; want a difference of %.2f", off, free, bound, want)
		}
		if replyTo(dec, "x1") == game.OrderAccept {
			found := false
			for _, e := range dec.Explanations {
				found = found || (e.Offer == "x1" && strings.Contains(e.Text, "goes back on its public word"))
			}
			if !found {
				t.Errorf("audience costs off=%v: accepted an offer that breaks its statement without saying so", off)
			}
		}
	}
}

// TestAudienceCostWeighedBySender: the engine holds a sender to its words
// once its public offer is agreed, and when it carries out its own terms of
// a private one; so the seat's own proposal that goes back on its statement
// is worth the audience cost less to it, except a private letter whose
// offending term is the other side's.
func TestAudienceCostWeighedBySender(t *testing.T) {
	own := game.Term{Actor: "USA", Issue: "start_followon", Option: "signed"}
	theirs := game.Term{Actor: "RUS", Issue: "iran_sanctions", Option: "back"}
	for _, tc := range []struct {
		ch   game.Channel
		term game.Term
		pays bool
	}{
		{game.ChannelPublic, own, true},
		{game.ChannelPublic, theirs, true},
		{game.ChannelPrivate, own, true},
		{game.ChannelPrivate, theirs, false},
	} {
		_, v := letterView(t, "USA")
		mine := game.Offer{ID: "x1", From: "USA", To: []string{"RUS"}, Linkage: game.LinkNone, Channel: tc.ch, Public: tc.ch == game.ChannelPublic,
			Terms: []game.Term{tc.term}}
		worth := func(v *game.View) (float64, float64) {
			s := New("USA", Normal, 1)
			s.m = newModel(v.Scenario)
			s.mem.absorb(s.m, v)
			c := newCtx(s, v)
			p := c.fromOffer(&mine)
			j := c.self()
			return c.evaluate(&j, &p).eu, c.audienceCost(c.own.prefs)
		}
		free, cost := worth(v)
		said := *v
		said.Statements = append(append([]game.Statement(nil), v.Statements...),
			game.Statement{Actor: "USA", Issue: tc.term.Issue, Option: tc.term.Option, Oppose: true, Turn: 1})
		bound, _ := worth(&said)
		if cost < 1 {
			t.Fatalf("audience cost %.2f: too small to matter", cost)
		}
		want := 0.0
		if tc.pays {
			want = cost
		}
		if math.Abs((free-bound)-want) > 1e-6 {
			t.Errorf("%s offer, %s's term: worth %.2f to the sender, %.2f once it breaks a statement; want a difference of %.2f", tc.ch, tc.term.Actor, free, bound, want)
		}
	}
}
