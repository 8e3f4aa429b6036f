package board

import (
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/scenario"
	"backchannel/game/session"
	"backchannel/game/ui/uitest"
)

// TestFulfilLooselyWordedTerm: Borvia agreed, loosely worded, to support
// sanctions. "Fulfil: Support" must name Support (the engine keeps a
// loose term carried out without a claim with the least move, Abstain),
// and the least move is a button of its own that says which option it is.
func TestFulfilLooselyWordedTerm(t *testing.T) {
	sc, err := scenario.Builtin("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.New(session.Config{Scenario: sc, Seed: 1, Humans: []string{"ALD", "BOR"}})
	if err != nil {
		t.Fatal(err)
	}
	offer := game.Order{Kind: game.OrderPropose, To: []string{"BOR"}, Linkage: game.LinkImplicit, Channel: game.ChannelPrivate,
		Terms: []game.Term{{Actor: "ALD", Issue: "radar", Option: "delay"}, {Actor: "BOR", Issue: "sanctions", Option: "support", Vague: true}}}
	if err := s.Submit("ALD", []game.Order{offer}); err != nil {
		t.Fatal(err)
	}
	if err := s.Submit("BOR", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.EndTurn(); err != nil {
		t.Fatal(err)
	}
	v, err := s.Game.View("BOR")
	if err != nil {
		t.Fatal(err)
	}
	id := ""
	for _, o := range v.Offers {
		if o.From == "ALD" && o.Status == game.OfferOpen {
			id = o.ID
		}
	}
	if id == "" {
		t.Fatal("Aldoria's letter did not reach Borvia")
	}
	if err := s.Submit("BOR", []game.Order{{Kind: game.OrderAccept, Offer: id}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Submit("ALD", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.EndTurn(); err != nil {
		t.Fatal(err)
	}
	var r recorder
	b := New(r.config(s, "BOR"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 2)
	selectItem(t, h, b, itemAgreement)
	var fulfil, loose *button
	for _, a := range b.inbox.actions {
		switch {
		case a.IsHidden():
		case a.text == "Fulfil: Support":
			fulfil = a
		case a.text == "Keep it loosely: Abstain":
			loose = a
		}
	}
	if fulfil == nil || loose == nil {
		t.Fatalf("want Fulfil: Support and Keep it loosely: Abstain among the answers")
	}
	if !strings.Contains(loose.Tip, "Abstain keeps it too") {
		t.Errorf("the loose answer's tooltip does not say which option keeps the word: %q", loose.Tip)
	}
	h.Script.Click(center(fulfil.Bounds()))
	play(t, h, 1)
	if o := b.Orders(); len(o) != 1 || o[0].Kind != game.OrderFulfil || o[0].Option != "support" {
		t.Fatalf("Fulfil: Support gave orders %+v, want a fulfilment naming support", o)
	}
	h.Script.Click(center(loose.Bounds()))
	play(t, h, 1)
	if o := b.Orders(); len(o) != 1 || o[0].Kind != game.OrderFulfil || o[0].Option != "" {
		t.Fatalf("Keep it loosely gave orders %+v, want one fulfilment leaving the option to the wording", o)
	}
}
