package ai

import (
	"reflect"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
	"backchannel/game/scenario"
)

// TestOrdersPassCheck plays many seeded all-AI games at every difficulty
// and checks every seat's orders with game.Check before they resolve.
func TestOrdersPassCheck(t *testing.T) {
	scens := []*game.Scenario{gametest.Small(), gametest.Synthetic(5, 10), gametest.Synthetic(3, 4)}
	for _, name := range scenario.BuiltinNames() {
		sc, err := scenario.Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		scens = append(scens, sc)
	}
	runs := 40
	if testing.Short() {
		runs = 8
	}
	for _, sc := range scens {
		for _, d := range []Difficulty{Easy, Normal, Hard} {
			for seed := uint64(1); seed <= uint64(runs); seed++ {
				g, err := game.New(sc, game.Setup{Seed: seed, Historical: seed%5 == 0})
				if err != nil {
					t.Fatal(err)
				}
				seats := Seats(sc, d, seed)
				for !g.Over {
					orders := map[string][]game.Order{}
					for _, s := range seats {
						v, _ := g.View(s.Actor)
						dec := s.Decide(v)
						if err := g.Check(s.Actor, dec.Orders); err != nil {
							t.Fatalf("%s %v seed %d turn %d: %v\norders: %+v", sc.ID, d, seed, g.Turn, err, dec.Orders)
						}
						if len(dec.Explanations) == 0 {
							t.Fatalf("%s %v seed %d turn %d: no explanation", sc.ID, d, seed, g.Turn)
						}
						for n := range dec.Orders {
							if !explained(dec, n) {
								t.Fatalf("%s %v seed %d turn %d: order %d (%s) unexplained", sc.ID, d, seed, g.Turn, n, dec.Orders[n].Kind)
							}
						}
						orders[s.Actor] = dec.Orders
					}
					if err := g.Resolve(orders); err != nil {
						t.Fatalf("%s %v seed %d: %v", sc.ID, d, seed, err)
					}
				}
			}
		}
	}
}

func explained(d Decision, n int) bool {
	for _, e := range d.Explanations {
		if e.Order == n && e.Text != "" {
			return true
		}
	}
	return false
}

// TestOrdersAreDecidesOrders plays each shipped scenario twice side by
// side, one game's seats deciding with Decide and the other's with the
// quiet Orders, and requires the same orders every turn: skipping the
// reasons must not change what a seat does.
func TestOrdersAreDecidesOrders(t *testing.T) {
	runs := uint64(4)
	if testing.Short() {
		runs = 2
	}
	for _, name := range scenario.BuiltinNames() {
		sc, err := scenario.Builtin(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range []Difficulty{Easy, Normal, Hard} {
			for seed := uint64(1); seed <= runs; seed++ {
				setup := game.Setup{Seed: seed, Historical: seed == 3}
				loud, err := game.New(sc, setup)
				if err != nil {
					t.Fatal(err)
				}
				quiet, _ := game.New(sc, setup)
				ls, qs := Seats(sc, d, seed), Seats(sc, d, seed)
				for !loud.Over && !quiet.Over {
					lo, qo := map[string][]game.Order{}, map[string][]game.Order{}
					for n := range ls {
						lv, _ := loud.View(ls[n].Actor)
						qv, _ := quiet.View(qs[n].Actor)
						lo[ls[n].Actor] = ls[n].Decide(lv).Orders
						qo[qs[n].Actor] = qs[n].Orders(qv)
						if !reflect.DeepEqual(lo[ls[n].Actor], qo[qs[n].Actor]) {
							t.Fatalf("%s %v seed %d turn %d, %s: Decide ordered %+v, Orders %+v", name, d, seed, loud.Turn, ls[n].Actor, lo[ls[n].Actor], qo[qs[n].Actor])
						}
					}
					if err := loud.Resolve(lo); err != nil {
						t.Fatal(err)
					}
					if err := quiet.Resolve(qo); err != nil {
						t.Fatal(err)
					}
				}
				if loud.LogHash() != quiet.LogHash() {
					t.Fatalf("%s %v seed %d: the logs differ", name, d, seed)
				}
			}
		}
	}
}

// TestRenewedSeatsPlayAsNew plays games in turn with one set of seats,
// renewed for each (as the lab's workers and the benchmark do), and
// requires each game's log to be that of the game played by new seats:
// nothing a seat keeps from an earlier game, of the same scenario or of
// another, may change what it does. The renewed seats play in one game
// restarted each time (game.Game.Restart), which must play as a new one.
func TestRenewedSeatsPlayAsNew(t *testing.T) {
	runs := uint64(3)
	if testing.Short() {
		runs = 2
	}
	names := scenario.BuiltinNames()
	renewed := &game.Game{} // restarted for every game, whatever its scenario
	for _, d := range []Difficulty{Easy, Normal, Hard} {
		kept := map[int][]*Seat{} // by actor count: a seat moves on to another scenario's game
		for seed := uint64(1); seed <= runs; seed++ {
			for _, name := range names {
				sc, err := scenario.Builtin(name)
				if err != nil {
					t.Fatal(err)
				}
				setup := game.Setup{Seed: seed, Historical: seed == 2}
				fresh, _ := game.New(sc, setup)
				if err := Play(fresh, Seats(sc, d, seed), nil); err != nil {
					t.Fatal(err)
				}
				seats := kept[len(sc.Actors)]
				if seats == nil {
					seats = Seats(sc, d, seed)
					kept[len(sc.Actors)] = seats
				} else {
					for a, s := range seats {
						s.Actor = sc.Actors[a].ID
						s.SetScenario(sc)
					}
					Reseat(seats, seed)
				}
				if err := renewed.Restart(sc, setup); err != nil {
					t.Fatal(err)
				}
				if err := Play(renewed, seats, nil); err != nil {
					t.Fatal(err)
				}
				if fresh.LogHash() != renewed.LogHash() {
					t.Fatalf("%s %v seed %d: renewed seats in a restarted game played otherwise than new ones in a new game", name, d, seed)
				}
			}
		}
	}
}
