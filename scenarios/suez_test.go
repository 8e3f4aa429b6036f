package scenarios_test

import (
	"slices"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/ai"
)

// TestSuezPlays plays suez-1956 with no orders in both modes: it runs its
// whole calendar, fortnights, then three-day turns, then days, then weeks,
// and every historical type is fixed in historical mode.
func TestSuezPlays(t *testing.T) {
	s := load(t, "suez-1956")
	cal := s.Calendar
	war, _ := game.ParseDate("1956-10-31")
	after, _ := game.ParseDate("1956-11-20")
	if d := cal.DaysOfTurn(1); d != 14 {
		t.Errorf("turn 1 lasts %d days; want 14", d)
	}
	if d := cal.DaysOfTurn(cal.TurnOf(war)); d != 1 {
		t.Errorf("the war's turns last %d days; want 1", d)
	}
	if d := cal.DaysOfTurn(cal.TurnOf(after)); d != 7 {
		t.Errorf("the aftermath's turns last %d days; want 7", d)
	}
	for _, hist := range []bool{true, false} {
		for seed := uint64(1); seed <= 3; seed++ {
			g := playEmpty(t, s, game.Setup{Seed: seed, Historical: hist})
			if g.Turn != g.TurnsTotal() {
				t.Errorf("historical=%v seed %d ended on turn %d of %d", hist, seed, g.Turn, g.TurnsTotal())
			}
			if hist {
				for a, ad := range s.Actors {
					if got := ad.Types[g.Types[a]].ID; got != ad.HistoricalType {
						t.Errorf("seed %d: %s is %q in historical mode; want %q", seed, ad.ID, got, ad.HistoricalType)
					}
				}
			}
		}
	}
}

// TestSuezSevres: the Protocol of Sèvres arrives on 24 October as a real
// offer to London and Israel, with London's promise to land marked secret.
// When Israel leaks it, London pays at home and Washington loses face, as
// the landing option's if_revealed says, and the collusion story breaks.
func TestSuezSevres(t *testing.T) {
	s := load(t, "suez-1956")
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	playUntil(t, g, "1956-10-24")
	sevres := tagged(g, "sevres")
	if sevres == nil || sevres.Arrives != g.Turn || sevres.Public {
		t.Fatalf("the protocol is not on the desks on turn %d: %+v", g.Turn, sevres)
	}
	v, err := g.View("ISR")
	if err != nil {
		t.Fatal(err)
	}
	if o := v.Offer(sevres.ID); o == nil || len(o.Terms) != 3 || !o.Terms[1].Secret {
		t.Fatalf("Israel's copy of the protocol: %+v", o)
	}
	if v, _ := g.View("USA"); v.Offer(sevres.ID) != nil {
		t.Errorf("Washington sees the protocol")
	}
	gbr, usaFace := g.Support[0], g.Face[4]
	leak, _ := game.ParseOrder("leak " + sevres.ID)
	if err := g.Resolve(map[string][]game.Order{"ISR": {leak}}); err != nil {
		t.Fatal(err)
	}
	if g.Support[0] > gbr-10 || g.Face[4] > usaFace-5+0.5 {
		t.Errorf("after the leak: London's support %.1f → %.1f, Washington's face %.1f → %.1f", gbr, g.Support[0], usaFace, g.Face[4])
	}
	if err := g.Resolve(nil); err != nil {
		t.Fatal(err)
	}
	if !g.HasFired("collusion") {
		t.Errorf("the collusion story did not break after the leak")
	}
}

// TestSuezSevresAsksFrance: played by a person, France is asked on 24
// October whether to send the protocol (if_human = "prompt"); it reaches
// London and Israel only if the player sends it.
func TestSuezSevresAsksFrance(t *testing.T) {
	s := load(t, "suez-1956")
	g, err := game.New(s, game.Setup{Seed: 1, Humans: []string{"FRA"}})
	if err != nil {
		t.Fatal(err)
	}
	playUntil(t, g, "1956-10-24")
	sent := func() bool { return tagged(g, "sevres") != nil }
	v, err := g.View("FRA")
	if err != nil {
		t.Fatal(err)
	}
	var ask *game.Dilemma
	for k := range v.Dilemmas {
		if d := &v.Dilemmas[k]; d.Actor == "FRA" && d.Choice == "" && strings.Contains(d.Prompt, "Israel") {
			ask = d
		}
	}
	if ask == nil || sent() {
		t.Fatalf("turn %d: France is not asked (%+v), or the protocol went anyway (%v)", g.Turn, v.Dilemmas, sent())
	}
	if err := g.Resolve(map[string][]game.Order{"FRA": {{Kind: game.OrderChoose, Dilemma: ask.ID, Choice: "send"}}}); err != nil {
		t.Fatal(err)
	}
	if !sent() {
		t.Error("France said send, and the protocol is not on the table")
	}
}

// playUntil plays empty turns until the one that includes date.
func playUntil(t *testing.T, g *game.Game, date string) {
	t.Helper()
	on, err := game.ParseDate(date)
	if err != nil {
		t.Fatal(err)
	}
	for g.Turn < g.Scen.Calendar.TurnOf(on) && !g.Over {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
	}
}

// tagged is the offer the scenario wrote under tag (an opening or a
// scheduled letter) once it has been sent, or nil.
func tagged(g *game.Game, tag string) *game.Offer {
	for _, o := range g.Offers {
		if o.Tag == tag {
			return o
		}
	}
	return nil
}

// TestSuezZoneHeld: a force that holds the canal zone for two turns with
// the canal still open hands it to an international board, so an Egypt that
// does nothing loses its canal, and the board stays; ships sunk in time
// keep it Egyptian.
func TestSuezZoneHeld(t *testing.T) {
	s := load(t, "suez-1956")
	for _, block := range []bool{false, true} {
		g, err := game.New(s, game.Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		playUntil(t, g, "1956-10-31")
		landing := g.IssueIndex("landing")
		g.Options[landing] = g.OptionIndex(landing, "landed")
		for n := 0; n < 4 && !g.Over; n++ {
			var orders map[string][]game.Order
			v, err := g.View("EGY")
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range v.Dilemmas {
				if block && d.Actor == "EGY" && d.Choice == "" {
					orders = map[string][]game.Order{"EGY": {{Kind: game.OrderChoose, Dilemma: d.ID, Choice: "block"}}}
				}
			}
			if err := g.Resolve(orders); err != nil {
				t.Fatal(err)
			}
		}
		want := "international"
		if block {
			want = "egyptian"
		}
		if got := g.Option("canal"); got != want || g.HasFired("zone_held") == block {
			t.Errorf("canal blocked=%v: after four turns landed the canal is %q (zone_held fired: %v); want %q",
				block, got, g.HasFired("zone_held"), want)
		}
		if block {
			continue
		}
		// The board stays: Cairo cannot take the canal back.
		back := []game.Order{{Kind: game.OrderMove, Issue: "canal", Option: "egyptian"}}
		if err := g.Check("EGY", back); err == nil {
			t.Error("Egypt may take the canal back from the international board")
		}
	}
}

// TestSuezIsraelRenegeCosts: in this game Israel's standing at home is 40%
// of its score, so breaking its word is dear: an Israel that signs the
// Protocol of Sèvres and then reneges on crossing into Sinai loses at least
// 4 of its 100 points that day (4.05 on seed 1; 5.06 at half its score),
// with nothing moved on the map. (At the engine's quarter weight and 20
// face a renege cost under 2, and reneging on every deal beat the AI's
// play.)
func TestSuezIsraelRenegeCosts(t *testing.T) {
	s := load(t, "suez-1956")
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	playUntil(t, g, "1956-10-24")
	sevres := tagged(g, "sevres")
	if sevres == nil {
		t.Fatal("the protocol did not arrive on 24 October")
	}
	accept := game.Order{Kind: game.OrderAccept, Offer: sevres.ID}
	if err := g.Resolve(map[string][]game.Order{"GBR": {accept}, "ISR": {accept}}); err != nil {
		t.Fatal(err)
	}
	var renege []game.Order
	for _, ag := range g.Agreements {
		for k, term := range ag.Terms {
			if term.Actor == "ISR" && term.Status == game.TermPending {
				renege = append(renege, game.Order{Kind: game.OrderRenege, Agreement: ag.ID, TermIndex: k})
			}
		}
	}
	if len(renege) != 1 {
		t.Fatalf("Israel owes %d terms after signing the protocol; want 1", len(renege))
	}
	isr := g.ActorIndex("ISR")
	before := g.Scores()[isr]
	if err := g.Resolve(map[string][]game.Order{"ISR": renege}); err != nil {
		t.Fatal(err)
	}
	after := g.Scores()[isr]
	if after.HomeWeight != 0.4 || after.Policy != before.Policy || before.Final-after.Final < 4 {
		t.Errorf("Israel's score before and after reneging on the protocol: %+v → %+v; want a drop of 4 or more at home weight 0.4, policy unchanged",
			before, after)
	}
}

// TestSuezUltimatum: with Israel's army in Sinai and the Anglo-French force
// held ready, the ultimatum of 30 October puts London on record that the
// force will land; standing it down afterwards is a climb-down the public
// sees, and London pays the audience cost at home.
func TestSuezUltimatum(t *testing.T) {
	s := load(t, "suez-1956")
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	playUntil(t, g, "1956-10-29")
	sinai := g.IssueIndex("sinai")
	g.Options[sinai] = g.OptionIndex(sinai, "sinai")
	playUntil(t, g, "1956-10-31")
	if !g.HasFired("ultimatum") || !g.HasStated("GBR", "landing", "landed") {
		t.Fatalf("by 31 October the ultimatum fired: %v; London is on record for landing: %v",
			g.HasFired("ultimatum"), g.HasStated("GBR", "landing", "landed"))
	}
	gbr := g.ActorIndex("GBR")
	support := g.Support[gbr]
	down := game.Order{Kind: game.OrderMove, Issue: "landing", Option: "stood_down"}
	if err := g.Resolve(map[string][]game.Order{"GBR": {down}}); err != nil {
		t.Fatal(err)
	}
	if g.Option("landing") != "stood_down" || g.HasStated("GBR", "landing", "landed") || g.Support[gbr] > support-10 {
		t.Errorf("after standing the force down: landing %q, still on record %v, support %.1f → %.1f; want the word broken at a cost of 10 or more",
			g.Option("landing"), g.HasStated("GBR", "landing", "landed"), support, g.Support[gbr])
	}
}

// TestSuezLondonPlan: when the London conference ends on 23 August, an
// Atlanticist London goes on record for an international board (a hawk does
// not); taking Fawzi's public offer of guarantees on 12 October is then a
// climb-down that costs London support at home.
func TestSuezLondonPlan(t *testing.T) {
	s := load(t, "suez-1956")
	gbr := -1
	for a, ad := range s.Actors {
		if ad.ID == "GBR" {
			gbr = a
		}
	}
	seen := map[string]bool{}
	for seed := uint64(1); seed <= 40 && len(seen) < 2; seed++ {
		g, err := game.New(s, game.Setup{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		typ := s.Actors[gbr].Types[g.Types[gbr]].ID
		if seen[typ] {
			continue
		}
		seen[typ] = true
		playUntil(t, g, "1956-10-12")
		stated := g.HasStated("GBR", "canal", "international")
		if stated != (typ == "atlanticist") {
			t.Errorf("seed %d: a %s London on record for an international board: %v", seed, typ, stated)
		}
		if !stated {
			continue
		}
		fawzi := tagged(g, "fawzi")
		if fawzi == nil {
			t.Fatalf("seed %d: Fawzi's offer is not on the table on 12 October", seed)
		}
		support := g.Support[gbr]
		accept := game.Order{Kind: game.OrderAccept, Offer: fawzi.ID}
		if err := g.Resolve(map[string][]game.Order{"GBR": {accept}, "FRA": {accept}}); err != nil {
			t.Fatal(err)
		}
		if g.HasStated("GBR", "canal", "international") || g.Support[gbr] > support-10 {
			t.Errorf("seed %d: after taking Fawzi's guarantees London is still on record (%v), support %.1f → %.1f; want the word broken at a cost of 10 or more",
				seed, g.HasStated("GBR", "canal", "international"), support, g.Support[gbr])
		}
	}
	if len(seen) < 2 {
		t.Errorf("40 seeds drew only London types %v", seen)
	}
}

// TestSuezTiranPledge: in this game Washington can pledge passage through
// the Straits of Tiran, which Israel values above almost anything, and
// Israel can stop its raids into Jordan, which London and Washington want
// stopped. Neither comes free: with Israel's seat passive (no orders, the
// other seats the normal AI) the pledge never comes and the raids go on;
// played by the AI, Israel trades for the pledge in some games, and every
// pledge given is a term of a deal Israel is party to. (Before, a cautious
// Israel scored the same whatever it did: nothing it valued was for sale.)
func TestSuezTiranPledge(t *testing.T) {
	s := load(t, "suez-1956")
	const runs = 24
	pledged := 0
	for seed := uint64(1); seed <= runs; seed++ {
		g := playSuez(t, s, seed, "ISR")
		if g.Option("tiran") != "none" || g.Option("jordan") != "raids" {
			t.Errorf("seed %d, Israel passive: pledge %q, raids %q; want nothing given and nothing stopped",
				seed, g.Option("tiran"), g.Option("jordan"))
		}
		g = playSuez(t, s, seed, "")
		if g.Option("tiran") != "pledged" {
			continue
		}
		pledged++
		if !dealtFor(g, "USA", "tiran", "pledged", "ISR") {
			t.Errorf("seed %d: Washington pledged the Straits outside any deal with Israel", seed)
		}
	}
	t.Logf("AI Israel won the pledge in %d of %d games", pledged, runs)
	if pledged == 0 {
		t.Errorf("AI Israel never won the pledge in %d games; want it in some", runs)
	}
}

// TestSuezCairoThanks: in this game Cairo decides whom it thanks in public,
// and both Moscow and Washington want it to be them; Moscow can send more
// arms, which Cairo wants. With Cairo's seat passive nobody is thanked, and
// with Moscow's seat passive no more arms go; played by the AI, Cairo's
// thanks go to Moscow or Washington in some games, each time as a term of
// a deal with the one thanked (arms from Moscow, a UN force from
// Washington). Before, a careful Moscow scored the same whatever it did.
func TestSuezCairoThanks(t *testing.T) {
	s := load(t, "suez-1956")
	const runs = 24
	thanked := 0
	for seed := uint64(1); seed <= runs; seed++ {
		if g := playSuez(t, s, seed, "EGY"); g.Option("credit") != "neither" {
			t.Errorf("seed %d, Cairo passive: Cairo thanks %q; want no one", seed, g.Option("credit"))
		}
		if g := playSuez(t, s, seed, "SOV"); g.Option("arms") != "contracted" {
			t.Errorf("seed %d, Moscow passive: arms %q; want as contracted", seed, g.Option("arms"))
		}
		g := playSuez(t, s, seed, "")
		who := map[string]string{"moscow": "SOV", "washington": "USA"}[g.Option("credit")]
		if who == "" {
			continue
		}
		thanked++
		if !dealtFor(g, "EGY", "credit", g.Option("credit"), who) {
			t.Errorf("seed %d: Cairo thanked %s outside any deal with it", seed, who)
		}
	}
	t.Logf("AI Cairo thanked someone in %d of %d games", thanked, runs)
	if thanked == 0 {
		t.Errorf("AI Cairo thanked no one in %d games; want it in some", runs)
	}
}

// playSuez plays one game of normal AI seats to its end, the passive
// actor's seat (if any) giving no orders.
func playSuez(t *testing.T, s *game.Scenario, seed uint64, passive string) *game.Game {
	t.Helper()
	g, err := game.New(s, game.Setup{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	var seats []*ai.Seat
	for _, st := range ai.Seats(s, ai.Normal, seed) {
		if st.Actor != passive {
			seats = append(seats, st)
		}
	}
	for !g.Over {
		orders, err := ai.Turn(g, seats)
		if err != nil {
			t.Fatal(err)
		}
		if err := g.Resolve(orders); err != nil {
			t.Fatalf("seed %d turn %d: %v", seed, g.Turn, err)
		}
	}
	return g
}

// dealtFor reports whether actor carried out issue=option as a term of a
// deal that party is in.
func dealtFor(g *game.Game, actor, issue, option, party string) bool {
	for _, ag := range g.Agreements {
		for _, term := range ag.Terms {
			if term.Actor == actor && term.Issue == issue && term.Option == option && term.Status == game.TermFulfilled && slices.Contains(ag.Parties, party) {
				return true
			}
		}
	}
	return false
}

// TestSuezFawziLoose: Fawzi's offer of 12 October promises guarantees for
// the canal in loose words, and a loose promise of guarantees is kept by
// Egypt's own declaration: Egypt carries it out with a declaration and has
// kept its word. With vagueness switched off the same words bind Egypt to
// guarantees, and carrying the term out gives them.
func TestSuezFawziLoose(t *testing.T) {
	for _, loose := range []bool{true, false} {
		s := *load(t, "suez-1956")
		s.Rules.Off.Vagueness = !loose
		g, err := game.New(&s, game.Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		playUntil(t, g, "1956-10-12")
		fawzi := tagged(g, "fawzi")
		if fawzi == nil || fawzi.Terms[0].Issue != "canal" || fawzi.Terms[0].Vague != loose {
			t.Fatalf("loose=%v: Fawzi's offer on turn %d: %+v", loose, g.Turn, fawzi)
		}
		accept := game.Order{Kind: game.OrderAccept, Offer: fawzi.ID}
		if err := g.Resolve(map[string][]game.Order{"GBR": {accept}, "FRA": {accept}}); err != nil {
			t.Fatal(err)
		}
		var ag *game.Agreement
		for _, a := range g.Agreements {
			if a.Offer == fawzi.ID {
				ag = a
			}
		}
		if ag == nil {
			t.Fatalf("loose=%v: London and Paris accepted Fawzi's offer, but there is no agreement", loose)
		}
		fulfil := game.Order{Kind: game.OrderFulfil, Agreement: ag.ID, TermIndex: 0}
		if loose {
			fulfil.Option = "declaration"
		}
		if err := g.Resolve(map[string][]game.Order{"EGY": {fulfil}}); err != nil {
			t.Fatal(err)
		}
		want := map[bool]string{true: "declaration", false: "guarantees"}[loose]
		term := ag.Terms[0]
		if got := g.Option("canal"); got != want || term.Status != game.TermFulfilled || term.Kept != want || g.HasReneged("EGY") {
			t.Errorf("loose=%v: after Egypt carries out its promise the canal is %q, the term %s kept with %q (Egypt reneged: %v); want %q, fulfilled",
				loose, got, term.Status, term.Kept, g.HasReneged("EGY"), want)
		}
	}
}
