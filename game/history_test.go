package game_test

import (
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

func orders(t *testing.T, byActor map[string]string) map[string][]game.Order {
	t.Helper()
	out := map[string][]game.Order{}
	for a, s := range byActor {
		o, err := game.ParseOrder(s)
		if err != nil {
			t.Fatal(err)
		}
		out[a] = append(out[a], o)
	}
	return out
}

// TestHistoryFacts plays the small scenario to check the facts behind
// type(), leaked(), agreed(), reneged() and stated(), and that type() is
// the engine's alone.
func TestHistoryFacts(t *testing.T) {
	s := gametest.Small()
	s.Opening[0].Tag = "letter"
	g, err := game.New(s, game.Setup{Seed: 1, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	f := g.Facts()
	if f.Type("A") != "dove" || f.Type("nobody") != "" {
		t.Errorf("type(A) = %q; want the historical dove", f.Type("A"))
	}
	if f.Agreed("base", "delay") || f.Reneged("A") || f.Stated("B", "sanctions", "strict") || f.Leaked("letter") {
		t.Fatalf("facts true before anything happened")
	}
	if err := g.Resolve(orders(t, map[string]string{"B": "accept o1", "C": "say programme=expanding", "A": "leak o1"})); err != nil {
		t.Fatal(err)
	}
	if !f.Agreed("base", "delay") || f.Agreed("base", "cancel") {
		t.Errorf("agreed(base, delay) = %v after B accepted the letter", f.Agreed("base", "delay"))
	}
	if !f.Leaked("letter") || f.Leaked("other") {
		t.Errorf("leaked(letter) = %v after A leaked it", f.Leaked("letter"))
	}
	if !f.Stated("C", "programme", "expanding") || f.Stated("C", "programme", "halted") {
		t.Errorf("stated(C, programme, expanding) = %v after C said so", f.Stated("C", "programme", "expanding"))
	}
	var ag string
	for _, a := range g.Agreements {
		ag = a.ID
	}
	if err := g.Resolve(orders(t, map[string]string{"A": "renege " + ag + " 0"})); err != nil {
		t.Fatal(err)
	}
	if !f.Reneged("A") || f.Reneged("B") {
		t.Errorf("reneged(A) = %v, reneged(B) = %v after A reneged", f.Reneged("A"), f.Reneged("B"))
	}
	if v, _ := g.View("B"); v != nil {
		for _, ty := range v.Scenario.Actors {
			if ty.HistoricalType != "" {
				t.Errorf("a view shows %s's historical type", ty.ID)
			}
		}
	}
}

// TestPeriodsDriveTheGame plays the small scenario with weekly turns from
// 23 March: the game's dates and its number of turns follow the periods.
func TestPeriodsDriveTheGame(t *testing.T) {
	s := gametest.Small()
	from, _ := game.ParseDate("2009-03-23")
	s.Calendar.Periods = []game.Period{{From: from, DaysPerTurn: 7}}
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for !g.Over {
		dates = append(dates, g.Date.String())
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
	}
	want := "2009-03-02 2009-03-16 2009-03-23 2009-03-30 2009-04-06 2009-04-13 2009-04-20 2009-04-27 2009-05-04 2009-05-11 2009-05-18 2009-05-25 2009-06-01"
	if got := strings.Join(dates, " "); got != want {
		t.Errorf("turns began on\n%s\nwant\n%s", got, want)
	}
	if g.TurnsTotal() != len(dates) {
		t.Errorf("TurnsTotal = %d; played %d", g.TurnsTotal(), len(dates))
	}
}

// TestScheduledLetters checks a dated letter, delivered on the turn of its
// date as a real offer the recipient can accept, and a held one that only
// an event's send_offer effect puts on the table.
func TestScheduledLetters(t *testing.T) {
	s := gametest.Small()
	on, _ := game.ParseDate("2009-03-20") // in turn 2 (16-29 March)
	s.Opening = append(s.Opening,
		game.OpeningOffer{Tag: "dated", Date: on, From: "B", To: []string{"C"}, Expires: 2,
			Terms: []game.Term{{Actor: "B", Issue: "sanctions", Option: "strict"}}},
		game.OpeningOffer{Tag: "held", Held: true, From: "C", To: []string{"B"},
			Terms: []game.Term{{Actor: "C", Issue: "programme", Option: "halted"}}})
	s.Events = append(s.Events, game.EventDef{ID: "send", Date: on, Headline: "A letter is sent",
		Effects: []game.Effect{{Kind: game.EffectSendOffer, Offer: "held"}}})
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	tagged := func(tag string) *game.Offer {
		for _, o := range g.Offers {
			if o.Tag == tag {
				return o
			}
		}
		return nil
	}
	if tagged("dated") != nil || tagged("held") != nil {
		t.Fatalf("scheduled letters on the table at the start")
	}
	if err := g.Resolve(nil); err != nil {
		t.Fatal(err)
	}
	d, h := tagged("dated"), tagged("held")
	if d == nil || d.Arrives != 2 || d.Expires != 3 || h == nil || h.Arrives != 2 {
		t.Fatalf("on turn 2: dated %+v, held %+v", d, h)
	}
	v, err := g.View("C")
	if err != nil {
		t.Fatal(err)
	}
	if o := v.Offer(d.ID); o == nil || o.Status != game.OfferOpen {
		t.Fatalf("the dated letter is not on Caspia's desk: %+v", o)
	}
	if err := g.Resolve(orders(t, map[string]string{"C": "accept " + d.ID})); err != nil {
		t.Fatal(err)
	}
	if !g.HasAgreed("sanctions", "strict") {
		t.Errorf("accepting the scheduled letter made no agreement")
	}
}
