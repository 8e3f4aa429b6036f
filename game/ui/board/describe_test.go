package board

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"backchannel/game"
)

func TestHumanCause(t *testing.T) {
	s := tutorial(t, "BOR")
	v, err := s.Game.View("BOR")
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"rejected o1, a public position":     "rejected Aldoria's letter, a public position",
		"intel report i4 (75% reliable)":     "an intelligence report (75% reliable)",
		"accepting o99":                      "accepting an offer",
		"no offer ids here, not even foo1o2": "no offer ids here, not even foo1o2",
	}
	for in, want := range cases {
		if got := humanCause(v, in); got != want {
			t.Errorf("humanCause(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlainErrorNamesTheRuleAndTheOrder(t *testing.T) {
	s := tutorial(t, "BOR")
	v, _ := s.Game.View("BOR")
	orders := []game.Order{{Kind: game.OrderLeak, Offer: "o1"}, {Kind: game.OrderReject, Offer: "o1", Public: true},
		{Kind: game.OrderStatement, Issue: "radar", Option: "build"}}
	err := s.Game.Check("BOR", orders)
	if !errors.Is(err, game.ErrNoCapital) {
		t.Fatalf("three points of capital, four spent: %v", err)
	}
	if got := plainError(v, err, orders, 2); !strings.Contains(got, "Not enough political capital") {
		t.Errorf("plainError = %q", got)
	}
	dup := []game.Order{{Kind: game.OrderAccept, Offer: "o1"}, {Kind: game.OrderStall, Offer: "o1"}}
	err = s.Game.Check("BOR", dup)
	got := plainError(v, err, dup, 0)
	if !strings.Contains(got, "already gave an order") || !strings.Contains(got, "Stall Aldoria") {
		t.Errorf("a clash with another order names it: %q", got)
	}
}

func TestOrderTextAndSlots(t *testing.T) {
	s := tutorial(t, "BOR")
	v, _ := s.Game.View("BOR")
	var book orderBook
	o1, _ := book.with(game.Order{Kind: game.OrderAccept, Offer: "o1"})
	book.orders = o1
	o2, i := book.with(game.Order{Kind: game.OrderReject, Offer: "o1", Public: true})
	if len(o2) != 1 || i != 0 {
		t.Fatalf("a second answer to one offer replaces the first: %+v", o2)
	}
	book.orders = o2
	o3, i := book.with(game.Order{Kind: game.OrderStatement, Issue: "radar", Option: "build", Oppose: true})
	if len(o3) != 2 || i != 1 {
		t.Fatalf("a statement adds up: %+v", o3)
	}
	want := []string{"Publicly reject Aldoria", "Rule out Build (The radar at Kessel)"}
	for k, o := range o3 {
		if got := orderText(v, o); got != want[k] {
			t.Errorf("orderText = %q, want %q", got, want[k])
		}
	}
	book.orders = o3
	if book.cost(v.Rules) != 2 {
		t.Errorf("cost %d", book.cost(v.Rules))
	}
}

func TestInboxPutsWhatNeedsYouFirst(t *testing.T) {
	s := tutorial(t, "BOR")
	items := inboxItems(takeSnapshot(sessionSeat{s}, "BOR"), &orderBook{})
	if len(items) == 0 || items[0].kind != itemLetterIn || !items[0].urgent {
		t.Fatalf("first item %+v", items[0])
	}
	for _, it := range items[1:] {
		if it.urgent {
			t.Errorf("only the letter needs an answer: %+v", it)
		}
	}
}

// TestNewsDocNamesNoIDs: a news page says the offer as the player knows
// it, never the engine's id.
func TestNewsDocNamesNoIDs(t *testing.T) {
	s := tutorial(t, "BOR")
	v, err := s.Game.View("BOR")
	if err != nil {
		t.Fatal(err)
	}
	e := &game.Entry{Kind: game.KindLeak, Headline: "A letter in the papers", Text: "The press prints o1, after intel report i2."}
	got := newsDoc(v, e)[2].Text
	if want := "The press prints Aldoria's letter, after an intelligence report."; got != want {
		t.Errorf("newsDoc body %q, want %q", got, want)
	}
}

// TestLeakWords: the builder gives the engine's odds that a private offer
// leaks, none for a public one, and the odds of a public offer's secret
// terms coming out.
func TestLeakWords(t *testing.T) {
	s := tutorial(t, "ALD")
	v, err := s.Game.View("ALD")
	if err != nil {
		t.Fatal(err)
	}
	terms := []game.Term{{Actor: "ALD", Issue: "radar", Option: "build"}}
	o := game.Order{Kind: game.OrderPropose, To: []string{"BOR"}, Terms: terms, Channel: game.ChannelPrivate, Linkage: game.LinkExplicit}
	want := fmt.Sprintf("The chance it leaks within 4 turns: %.0f%%.", game.LeakOddsOverLife(v.LeakOdds(o.To, o.Channel, o.Linkage))*100)
	if got := leakWords(v, o); got != want || strings.Contains(got, " 0%") {
		t.Errorf("private: %q, want %q", got, want)
	}
	o.Channel = game.ChannelPublic
	if got := leakWords(v, o); got != "" {
		t.Errorf("public: %q", got)
	}
	o.Terms = []game.Term{{Actor: "ALD", Issue: "radar", Option: "build", Secret: true}}
	if got := leakWords(v, o); !strings.HasPrefix(got, "The chance its secret terms come out within 4 turns: ") {
		t.Errorf("public with a secret term: %q", got)
	}
}
