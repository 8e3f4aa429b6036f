package scenarios_test

import (
	"testing"

	"backchannel/game"
)

// TestSuezMeetingsMakeDeals: the Protocol of Sèvres is put to London and
// Israel face to face at the villa, and Fawzi's offer to London and Paris
// at the UN in New York: each is made at its forum (channel forum, on the
// table the morning of its turn). With forums switched off no one meets, and
// neither offer is ever made: what only a meeting could settle is not
// settled by letter.
func TestSuezMeetingsMakeDeals(t *testing.T) {
	for _, c := range []struct{ tag, date, forum string }{
		{"fawzi", "1956-10-12", "new_york"},
		{"sevres", "1956-10-24", "sevres_villa"},
	} {
		for _, off := range []bool{false, true} {
			s := *load(t, "suez-1956")
			s.Rules.Off.Forums = off
			g, err := game.New(&s, game.Setup{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			playUntil(t, g, c.date)
			o := tagged(g, c.tag)
			if off {
				if o != nil {
					t.Errorf("forums off: %s was made on turn %d: %+v", c.tag, o.Sent, o)
				}
				continue
			}
			if o == nil || o.Channel != game.ChannelForum || o.Forum != c.forum || o.Arrives != g.Turn {
				t.Fatalf("%s on turn %d: %+v; want it made face to face at %s this turn", c.tag, g.Turn, o, c.forum)
			}
		}
	}
}

// TestSuezCairoAnswersLeaks: letters to Cairo that come out embarrass
// Egypt, and an Egypt that has lost that much face goes on record that it
// will agree guarantees with the users in the open (the event
// open_guarantees), so that declaring on its own terms later breaks its
// word and costs it at home. With embarrassment switched off the same
// leaks cost Egypt no face, it says nothing, and declaring costs nothing.
func TestSuezCairoAnswersLeaks(t *testing.T) {
	for _, off := range []bool{false, true} {
		s := *load(t, "suez-1956")
		s.Rules.Off.Embarrassment = off
		g, err := game.New(&s, game.Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		// London and Washington each write to Cairo, trading openly.
		letters := map[string]string{
			"GBR": "propose EGY explicit private EGY:canal=guarantees GBR:landing=poised",
			"USA": "propose EGY explicit private USA:unef=deployed EGY:credit=washington",
		}
		orders := map[string][]game.Order{}
		for from, text := range letters {
			o, err := game.ParseOrder(text)
			if err != nil {
				t.Fatal(err)
			}
			orders[from] = []game.Order{o}
		}
		if err := g.Resolve(orders); err != nil {
			t.Fatal(err)
		}
		leaks := map[string][]game.Order{}
		for _, o := range g.Offers {
			if _, ok := letters[o.From]; ok && len(o.To) == 1 && o.To[0] == "EGY" {
				leaks[o.From] = []game.Order{{Kind: game.OrderLeak, Offer: o.ID}}
			}
		}
		if len(leaks) != 2 {
			t.Fatalf("off=%v: the letters to Cairo: %v", off, leaks)
		}
		if err := g.Resolve(leaks); err != nil {
			t.Fatal(err)
		}
		// The leaks came out in the last resolution; the event's morning is
		// this one.
		stated := g.HasFired("open_guarantees") && g.HasStated("EGY", "canal", "guarantees")
		if off == stated {
			t.Fatalf("off=%v: Egypt's face %.1f, on record for guarantees: %v", off, g.FaceOf("EGY"), stated)
		}
		support := g.SupportOf("EGY")
		declare, _ := game.ParseOrder("move canal=declaration")
		if err := g.Resolve(map[string][]game.Order{"EGY": {declare}}); err != nil {
			t.Fatal(err)
		}
		if g.Option("canal") != "declaration" {
			t.Fatalf("off=%v: Egypt did not declare: canal %s", off, g.Option("canal"))
		}
		if lost := support - g.SupportOf("EGY"); off && lost > 1 || !off && lost < 3 {
			t.Errorf("off=%v: declaring cost Egypt %.1f support", off, lost)
		}
	}
}
