package game_test

import (
	"encoding/json"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestViewHidesSecrets checks that nothing secret of other actors reaches a
// view: their true types, private offers between others, others' intel and
// beliefs, the record's types and the events to come.
func TestViewHidesSecrets(t *testing.T) {
	s := gametest.Small()
	g, err := game.New(s, game.Setup{Seed: 5, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	// A writes privately to C; B must not see it. A receives intel in turn 2.
	must(t, g.Resolve(map[string][]game.Order{"A": {{Kind: game.OrderPropose, To: []string{"C"}, Text: "SECRET-A-TO-C",
		Terms: []game.Term{{Actor: "A", Issue: "base", Option: "delay"}, {Actor: "C", Issue: "programme", Option: "expanding"}}}}}))
	must(t, g.Resolve(nil))
	must(t, g.Resolve(nil))
	vb, err := g.View("B")
	if err != nil {
		t.Fatal(err)
	}
	blob, _ := json.Marshal(vb)
	hist, _ := json.Marshal(g.VisibleLog("B"))
	for _, secret := range []string{"SECRET-A-TO-C", "Sources suggest"} {
		if strings.Contains(string(blob)+string(hist), secret) {
			t.Errorf("B's view contains %q", secret)
		}
	}
	for _, a := range vb.Scenario.Actors {
		if a.HistoricalType != "" {
			t.Errorf("the view reveals %s's historical type", a.ID)
		}
	}
	if vb.Scenario.Events != nil {
		t.Error("the view lists the events to come")
	}
	for b, row := range vb.Beliefs {
		if b == vb.Me && row != nil {
			t.Error("beliefs about oneself")
		}
	}
	// The private letter is in C's view once it has arrived, and in A's.
	for _, who := range []string{"A", "C"} {
		v, _ := g.View(who)
		found := false
		for _, o := range v.Offers {
			if o.Text == "SECRET-A-TO-C" {
				found = true
			}
		}
		if !found {
			t.Errorf("%s does not see the letter", who)
		}
	}
	// Changing a rival's true type leaves B's view identical while nothing
	// it could observe differs: turn 1 with no orders.
	for seedA := 0; seedA < 2; seedA++ {
		s1, s2 := gametest.Small(), gametest.Small()
		s1.Actors[2].HistoricalType, s2.Actors[2].HistoricalType = "defiant", "bargainer"
		g1, _ := game.New(s1, game.Setup{Seed: 9, Historical: true})
		g2, _ := game.New(s2, game.Setup{Seed: 9, Historical: true})
		v1, _ := g1.View("B")
		v2, _ := g2.View("B")
		j1, _ := json.Marshal(v1)
		j2, _ := json.Marshal(v2)
		if string(j1) != string(j2) {
			t.Fatal("B's view depends on C's secret type")
		}
		if g1.Types[2] == g2.Types[2] {
			t.Fatal("the test did not change C's type")
		}
	}
}

// TestCheckNamesTheRule checks the typed errors of refused orders.
func TestCheckNamesTheRule(t *testing.T) {
	g, _ := game.New(gametest.Small(), game.Setup{Seed: 1})
	cases := []struct {
		actor string
		order string
		want  error
	}{
		{"Z", "move base=delay", game.ErrUnknownActor},
		{"B", "move base=delay", game.ErrNotController},
		{"A", "move nowhere=delay", game.ErrUnknownIssue},
		{"A", "move base=moon", game.ErrUnknownOption},
		{"A", "move base=build", game.ErrNoChange},
		{"C", "move programme=halted", game.ErrNeedsConsent},
		{"B", "accept o9", game.ErrUnknownOffer},
		{"C", "accept o1", game.ErrNotRecipient},
		{"A", "propose A private A:base=delay", game.ErrBadRecipient},
		{"A", "propose B private C:base=delay", game.ErrTermActor},
		{"A", "propose B forum A:base=delay", game.ErrNoForum},
		{"A", "fulfil a1 0", game.ErrUnknownTerm},
		{"B", "choose d1 x", game.ErrUnknownDilemma},
		{"C", "leak o1", game.ErrCannotLeak},
	}
	for _, c := range cases {
		o, err := game.ParseOrder(c.order)
		if err != nil {
			t.Fatal(err)
		}
		err = g.Check(c.actor, []game.Order{o})
		var oe *game.OrderError
		if !errorsAs(err, &oe) || !errorsIs(err, c.want) {
			t.Errorf("%s %q: got %v, want %v", c.actor, c.order, err, c.want)
		}
	}
	if err := g.Check("B", []game.Order{{Kind: game.OrderAccept, Offer: "o1"}, {Kind: game.OrderReject, Offer: "o1"}}); !errorsIs(err, game.ErrDuplicate) {
		t.Errorf("two answers to one offer: %v", err)
	}
	if err := g.Check("A", []game.Order{{Kind: "dance"}}); !errorsIs(err, game.ErrUnknownKind) {
		t.Errorf("unknown kind: %v", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
