package strategy

import (
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// play runs gametest.Small with one actor's seat by the named strategy and
// the others by the normal AI; every order of the strategy must pass the
// engine's check. It returns the game and the strategy's orders by turn.
func play(t *testing.T, actor, strat string, seed uint64) (*game.Game, [][]game.Order) {
	t.Helper()
	sc := gametest.Small()
	g, err := game.New(sc, game.Setup{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	var players []Player
	for _, ad := range sc.Actors {
		name := "normal"
		if ad.ID == actor {
			name = strat
		}
		p, err := New(name, ad.ID, sc, seed)
		if err != nil {
			t.Fatal(err)
		}
		players = append(players, p)
	}
	var mine [][]game.Order
	for !g.Over {
		orders := map[string][]game.Order{}
		for _, p := range players {
			v, err := g.View(p.Actor())
			if err != nil {
				t.Fatal(err)
			}
			list := p.Decide(v)
			if p.Actor() == actor {
				if err := g.Check(actor, list); err != nil {
					t.Fatalf("%s as %s, turn %d: %v", strat, actor, g.Turn, err)
				}
				mine = append(mine, list)
			}
			orders[p.Actor()] = list
		}
		if err := g.Resolve(orders); err != nil {
			t.Fatal(err)
		}
	}
	return g, mine
}

// TestTrivialOrdersAreLegal plays every trivial strategy in every seat over
// a few seeds; play fails on any order the engine would refuse.
func TestTrivialOrdersAreLegal(t *testing.T) {
	for _, strat := range Trivial() {
		for _, actor := range []string{"A", "B", "C"} {
			for seed := uint64(1); seed <= 3; seed++ {
				play(t, actor, strat, seed)
			}
		}
	}
}

func count(orders [][]game.Order, kind game.OrderKind) int {
	n := 0
	for _, turn := range orders {
		for _, o := range turn {
			if o.Kind == kind {
				n++
			}
		}
	}
	return n
}

func TestStrategiesDoWhatTheySay(t *testing.T) {
	_, orders := play(t, "B", "passive", 1)
	for _, turn := range orders {
		if len(turn) != 0 {
			t.Errorf("passive gave orders: %v", turn)
		}
	}
	g, orders := play(t, "B", "accept-all", 1)
	if len(orders) == 0 || len(orders[0]) == 0 || orders[0][0].Kind != game.OrderAccept || orders[0][0].Offer != "o1" {
		t.Errorf("accept-all did not accept the opening letter at once: %v", orders)
	}
	if g.Offers[0].Status != game.OfferAccepted || count(orders, game.OrderRenege) != 0 {
		t.Errorf("accept-all: o1 is %s, %d reneges", g.Offers[0].Status, count(orders, game.OrderRenege))
	}
	if _, orders := play(t, "B", "accept-then-renege", 1); count(orders, game.OrderRenege) == 0 || count(orders, game.OrderFulfil) != 0 {
		t.Errorf("accept-then-renege: %d reneges, %d fulfilments", count(orders, game.OrderRenege), count(orders, game.OrderFulfil))
	}
	g, orders = play(t, "B", "reject-all", 1)
	if count(orders, game.OrderReject) == 0 || count(orders, game.OrderAccept) != 0 || g.Offers[0].Status != game.OfferRejected {
		t.Errorf("reject-all: %v, o1 %s", orders, g.Offers[0].Status)
	}
	if _, orders := play(t, "B", "leak-all", 1); len(orders) == 0 || len(orders[0]) == 0 || orders[0][0].Kind != game.OrderLeak {
		t.Errorf("leak-all did not leak the opening letter at once: %v", orders)
	}
	// Atlantis's hawk wants strict sanctions (Borealia decides) and a halted
	// programme (Caspia decides, with Borealia's consent).
	_, orders = play(t, "A", "propose-max", 1)
	if len(orders) == 0 || count(orders[:1], game.OrderPropose) != 2 {
		t.Fatalf("propose-max, turn 1: %v", orders)
	}
	for _, o := range orders[0] {
		for _, tm := range o.Terms {
			if tm.Issue == "programme" && (len(o.To) != 2 || o.To[0] != "C" || o.To[1] != "B") {
				t.Errorf("the programme needs Borealia's consent, but the letter goes to %v", o.To)
			}
		}
	}
}

func TestNew(t *testing.T) {
	sc := gametest.Small()
	for _, name := range Names() {
		p, err := New(name, "A", sc, 1)
		if err != nil || p.Actor() != "A" {
			t.Errorf("%s: %v", name, err)
		}
		if IsAI(name) != (name == "easy" || name == "normal" || name == "hard") {
			t.Errorf("IsAI(%s) is wrong", name)
		}
	}
	if _, err := New("bluff-all", "A", sc, 1); err == nil {
		t.Error("an unknown strategy was accepted")
	}
}
