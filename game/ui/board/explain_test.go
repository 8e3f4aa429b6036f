package board

import (
	"strings"
	"testing"

	"backchannel/game/ai"
)

// TestLetterSaysWouldAcceptOnce: under a letter, an AI seat's reasons are
// set in the player's words (no offer ids) and the change that would have
// turned its refusal is said once, on its own line (the seat's reasons
// said it, and the page said it again).
func TestLetterSaysWouldAcceptOnce(t *testing.T) {
	var r recorder
	b := New(r.config(tutorial(t, "BOR"), "BOR"))
	o := b.snap.v.Offer("o1")
	if o == nil {
		t.Fatal("Borvia has no letter o1 on turn 1")
	}
	b.snap.expl = map[string][]ai.Explanation{o.To[0]: {{Offer: o.ID,
		Text:        "Borvia rejects Aldoria's offer: it is worth 40 against the 55 it holds out for. Borvia would accept it if the linkage were implicit. It recalls o1.",
		WouldAccept: &ai.Counterfactual{Change: "the linkage were implicit"}}}}
	page := b.offerDoc(o).String()
	if n := strings.Count(page, "would accept"); n != 1 || !strings.Contains(page, "\nBorvia would accept it if the linkage were implicit.") {
		t.Errorf("the change is said %d times:\n%s", n, page)
	}
	if strings.Contains(page, "o1") {
		t.Errorf("an offer id on the page:\n%s", page)
	}
}

// TestAnalystRewritesAnswers: the analyst's "Their last answers to you"
// reads the AI seat's reasons in the player's words: no offer id.
func TestAnalystRewritesAnswers(t *testing.T) {
	var r recorder
	b := New(r.config(tutorial(t, "BOR"), "BOR"))
	ald := actorIndex(b.snap.v, "ALD")
	b.snap.expl = map[string][]ai.Explanation{"ALD": {{Offer: "o1",
		Text: "Aldoria stalls on its own offer o1: it waits for Borvia's answer."}}}
	who, why := b.analystDoc(ald)
	page := who.String() + "\n" + why.String()
	if !strings.Contains(page, "Their last answers to you") || !strings.Contains(page, "its own offer Aldoria's letter") {
		t.Errorf("the answers, in the player's words:\n%s", page)
	}
	if strings.Contains(page, "o1") {
		t.Errorf("an offer id on the analyst's page:\n%s", page)
	}
}
