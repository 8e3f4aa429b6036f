package game_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// state is every field of a game that play can change, for comparing two
// games (the scenario holds functions, which JSON cannot carry).
func state(t *testing.T, g *game.Game) string {
	t.Helper()
	b, err := json.Marshal([]any{g.Turn, g.Date, g.Over, g.Summit, g.Options, g.Controller, g.Vars, g.Support, g.BaseSupport, g.Face,
		g.Trust, g.Capital, g.Types, g.Beliefs, g.Embarrassed, g.Grievance, g.LeakBoost, g.Fired, g.Offers, g.Agreements,
		g.Statements, g.Breaches, g.Dilemmas, g.Intel, g.Forums, g.Log})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// smallAfterLetters is gametest.Small a few turns in: A has written to C in
// private, C has answered, and B has proposed to A; the first seed at
// which A's letter has not leaked.
func smallAfterLetters(t *testing.T) *game.Game {
	t.Helper()
	for seed := uint64(1); seed < 50; seed++ {
		if g := smallPlayed(t, seed); !g.Offers[1].Leaked {
			return g
		}
	}
	t.Fatal("A's letter leaks at every seed")
	return nil
}

func smallPlayed(t *testing.T, seed uint64) *game.Game {
	g, err := game.New(gametest.Small(), game.Setup{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	must(t, g.Resolve(map[string][]game.Order{
		"A": {{Kind: game.OrderPropose, To: []string{"C"}, Text: "SECRET-A-TO-C",
			Terms: []game.Term{{Actor: "A", Issue: "base", Option: "delay"}}}},
		"B": {{Kind: game.OrderPropose, To: []string{"A"}, Text: "B-TO-A",
			Terms: []game.Term{{Actor: "A", Issue: "base", Option: "cancel"}, {Actor: "B", Issue: "sanctions", Option: "strict"}}}}}))
	must(t, g.Resolve(nil))
	must(t, g.Resolve(map[string][]game.Order{"C": {{Kind: game.OrderReject, Offer: "o2"}}}))
	return g
}

// TestFromViewKnowsOnlyTheView builds B's imagined game and checks that
// nothing hidden from B reaches it: a private letter between others, the
// true types, others' trust in third parties and beliefs, secret intel,
// the events and scheduled letters to come. Then it changes every hidden
// field of the real game and checks that the imagined game is unchanged.
func TestFromViewKnowsOnlyTheView(t *testing.T) {
	g := smallAfterLetters(t)
	v, err := g.View("B")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := game.FromView(g.Scen, v, game.Guess{Types: []int{0, 0, 0}}); !errors.Is(err, game.ErrNotImagined) {
		t.Fatalf("the full scenario was taken: %v", err)
	}
	if _, err := game.FromView(v.Scenario, v, game.Guess{Types: []int{0, 0, 0}}); !errors.Is(err, game.ErrNotImagined) {
		t.Fatalf("the scheduled letters were taken: %v", err)
	}
	sc := game.Imagined(v.Scenario)
	guess := game.Guess{Types: []int{1 - g.Types[0], 0, 1 - g.Types[2]}, TrustIn: []float64{61, 0, 47}, Seed: 3}
	b, err := game.FromView(sc, v, guess)
	if err != nil {
		t.Fatal(err)
	}
	if s := state(t, b); strings.Contains(s, "SECRET-A-TO-C") {
		t.Error("the imagined game holds A's private letter to C")
	}
	if !strings.Contains(state(t, b), "B-TO-A") {
		t.Error("the imagined game lost B's own letter")
	}
	if b.Types[0] == g.Types[0] || b.Types[2] == g.Types[2] || b.Types[1] != g.Types[1] {
		t.Errorf("types %v: want the guess for others (%v) and B's own", b.Types, guess.Types)
	}
	if b.Trust[0][2] != 50 || b.Trust[2][0] != 50 || b.Trust[0][1] != 61 || b.Trust[2][1] != 47 {
		t.Errorf("others' trust %v: want 50 between others and the guess in B", b.Trust)
	}
	for _, row := range b.Beliefs[0] {
		if row[0] != 0.5 {
			t.Errorf("A's beliefs %v: want the priors", b.Beliefs[0])
		}
	}
	if len(b.Intel) > 0 || len(b.Dilemmas) > 0 || len(b.Scen.Events) > 0 || len(b.Scen.Opening) > 0 {
		t.Error("the imagined game holds events, letters, intel or dilemmas to come")
	}
	// Every hidden field of the real game changed: B's view stays, and so
	// does the game built from it.
	h := g.Clone()
	h.Types[0], h.Types[2] = 1-h.Types[0], 1-h.Types[2]
	h.Trust[0][2], h.Trust[2][0], h.Beliefs[0][2][0], h.Beliefs[2][0][1] = 3, 97, 0.9, 0.1
	h.Capital[0], h.Embarrassed[0][2], h.Grievance[2][0] = 0, 3, 4
	h.Offers[1].Text = "ANOTHER-SECRET"
	w, err := h.View("B")
	if err != nil {
		t.Fatal(err)
	}
	b2, err := game.FromView(sc, w, guess)
	if err != nil {
		t.Fatal(err)
	}
	if s1, s2 := state(t, b), state(t, b2); s1 != s2 {
		t.Errorf("the imagined game depends on something B cannot see:\n%s", gametest.LineDiff([]byte(s1), []byte(s2), 3))
	}
}

// TestFromViewPlaysOn checks that an imagined game goes on from the view's
// turn: new offers take fresh ids after the real game's, and it reaches
// its end.
func TestFromViewPlaysOn(t *testing.T) {
	g := smallAfterLetters(t)
	v, err := g.View("A")
	if err != nil {
		t.Fatal(err)
	}
	b, err := game.FromView(game.Imagined(v.Scenario), v, game.Guess{Types: []int{0, 1, 1}, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if b.Turn != g.Turn || b.Date != g.Date {
		t.Fatalf("imagined game at turn %d %v, want %d %v", b.Turn, b.Date, g.Turn, g.Date)
	}
	seen := map[string]bool{}
	for _, o := range g.Offers {
		seen[o.ID] = true
	}
	must(t, b.Resolve(map[string][]game.Order{"A": {{Kind: game.OrderPropose, To: []string{"B"},
		Terms: []game.Term{{Actor: "A", Issue: "base", Option: "delay"}}}}}))
	last := b.Offers[len(b.Offers)-1]
	if seen[last.ID] || last.From != "A" {
		t.Errorf("new offer %s from %s: want a fresh id from A", last.ID, last.From)
	}
	for guard := 0; !b.Over; guard++ {
		if guard > 2*b.TurnsTotal() {
			t.Fatal("the imagined game does not end")
		}
		must(t, b.Resolve(nil))
	}
	if s := b.Scores(); len(s) != 3 {
		t.Fatalf("scores %v", s)
	}
}

// TestFromViewCarriesOpenDilemmas checks that a dilemma put to the viewer
// comes into its imagined game, so that it can be played on with each
// answer: the answer's effects apply, and an unanswered one takes its
// default at the deadline. Another actor's dilemma stays out.
func TestFromViewCarriesOpenDilemmas(t *testing.T) {
	g := smallAfterLetters(t)
	for guard := 0; len(g.Dilemmas) == 0; guard++ {
		if guard > 10 {
			t.Fatal("the stockpile dilemma is never put")
		}
		must(t, g.Resolve(nil))
	}
	v, err := g.View("B")
	if err != nil {
		t.Fatal(err)
	}
	sc := game.Imagined(v.Scenario)
	guess := game.Guess{Types: []int{0, g.Types[1], 0}, TrustIn: []float64{50, 0, 50}, Seed: 5}
	condemned, err := game.FromView(sc, v, guess)
	if err != nil {
		t.Fatal(err)
	}
	if len(condemned.Dilemmas) != 1 || condemned.Dilemmas[0].ID != v.Dilemmas[0].ID {
		t.Fatalf("imagined dilemmas %v: want B's open one, %s", condemned.Dilemmas, v.Dilemmas[0].ID)
	}
	before := condemned.Trust[2][1]
	must(t, condemned.Resolve(map[string][]game.Order{"B": {{Kind: game.OrderChoose, Dilemma: v.Dilemmas[0].ID, Choice: "condemn"}}}))
	if got := condemned.Trust[2][1]; got > before-5 {
		t.Errorf("C's trust in B after B condemns: %.1f, was %.1f (want it 10 lower)", got, before)
	}
	idle, err := game.FromView(sc, v, guess)
	if err != nil {
		t.Fatal(err)
	}
	for idle.Turn <= v.Dilemmas[0].Deadline {
		must(t, idle.Resolve(nil))
	}
	if d := idle.Dilemmas[0]; d.Choice != "quiet" || !d.Defaulted {
		t.Errorf("unanswered imagined dilemma: choice %q defaulted %v, want the default", d.Choice, d.Defaulted)
	}
	if len(sc.Events) > 0 {
		t.Error("building a game with a dilemma changed the shared imagined scenario")
	}
	w, err := g.View("A")
	if err != nil {
		t.Fatal(err)
	}
	a, err := game.FromView(game.Imagined(w.Scenario), w, game.Guess{Types: []int{g.Types[0], 0, 0}, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Dilemmas) > 0 || len(a.Scen.Events) > 0 {
		t.Error("A's imagined game holds B's dilemma")
	}
}

// TestFromViewFiresEventsToCome gives the imagined games the scenario's
// events (public, like a rulebook): those the viewer saw fire and the dated
// ones whose date has passed do not fire again, the others fire when they
// fall due in the imagined game, and a dilemma an event puts to another
// actor stays out.
func TestFromViewFiresEventsToCome(t *testing.T) {
	g := smallAfterLetters(t)
	events := gametest.Small().Events
	for _, who := range []string{"B", "C"} {
		v, err := g.View(who)
		if err != nil {
			t.Fatal(err)
		}
		var fired []string
		for _, e := range g.VisibleLog(who) {
			if e.Kind == game.KindEvent {
				fired = append(fired, e.Event)
			}
		}
		sc := game.Imagined(v.Scenario)
		im, err := game.FromView(sc, v, game.Guess{Types: g.Types, Seed: 3, Events: events, Fired: fired})
		if err != nil {
			t.Fatal(err)
		}
		if g.HasFired("breakout") {
			t.Fatal("the stockpile passed 1300 kg before the view: pick an earlier view")
		}
		for !im.Over {
			must(t, im.Resolve(nil))
		}
		again := 0
		for _, e := range im.Log {
			if e.Kind == game.KindEvent && (e.Event == "story" || e.Event == "tip") {
				again++
			}
		}
		if again > 0 {
			t.Errorf("%s's imagined game fired %d dated events whose date had passed", who, again)
		}
		if !im.HasFired("breakout") {
			t.Errorf("%s's imagined game never fired the stockpile event, which falls due in it", who)
		}
		posed := len(im.Dilemmas) > 0
		if posed != (who == "B") {
			t.Errorf("%s's imagined game put B's dilemma: %v, want %v", who, posed, who == "B")
		}
		if len(sc.Events) > 0 || events[2].Dilemma == nil {
			t.Error("building a game with events changed the shared scenario or the guess's events")
		}
	}
}
