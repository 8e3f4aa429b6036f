package scenarios_test

import (
	"testing"

	"backchannel/game"
	"backchannel/game/ai"
)

// TestSuezPoundReadsWashington: when the pound runs, what fighting on costs
// London at home turns on Washington's type (20 support if it is the
// peacekeeper, 5 if it puts the alliance first), so London's answer turns
// on what it believes of Washington. In some games an AI London that
// believes the peacekeeper ceases fire where, believing the alliance type,
// it fights on; never the other way round. Before, fighting on cost 5
// whatever London believed, and its answer never turned on a belief.
func TestSuezPoundReadsWashington(t *testing.T) {
	s := load(t, "suez-1956")
	g0, _ := poundRuns(t, s, 1)
	usa := g0.ActorIndex("USA")
	flips := 0
	for seed := uint64(1); seed <= 12; seed++ {
		answer := map[string]string{}
		for _, believed := range []string{"anticolonial", "alliance"} {
			g, d := poundRuns(t, s, seed)
			v, err := g.View("GBR")
			if err != nil {
				t.Fatal(err)
			}
			w := make([]float64, len(s.Actors[usa].Types))
			for k, ty := range s.Actors[usa].Types {
				w[k] = 0.05
				if ty.ID == believed {
					w[k] = 0.95
				}
			}
			v.Beliefs[usa] = w
			seat := ai.New("GBR", ai.Normal, seed)
			seat.SetScenario(s)
			for _, o := range seat.Decide(v).Orders {
				if o.Kind == game.OrderChoose && o.Dilemma == d {
					answer[believed] = o.Choice
				}
			}
		}
		if answer["anticolonial"] == "fight_on" && answer["alliance"] == "ceasefire" {
			t.Errorf("seed %d: London fights on believing the peacekeeper and ceases fire believing the alliance type", seed)
		}
		if answer["anticolonial"] != answer["alliance"] {
			flips++
		}
	}
	t.Logf("London's answer turned on its belief in %d of 12 games", flips)
	if flips == 0 {
		t.Error("London's answer to the run on the pound never turned on what it believes of Washington")
	}

	// The cost itself is the true type's: 15 more support lost against a
	// peacekeeper than against an alliance-first Washington (support moves
	// less near its floor, so at least 10).
	lost := map[string]float64{}
	for k, ty := range s.Actors[usa].Types {
		g, d := poundRuns(t, s, 1)
		g.Types[usa] = k
		before := g.Support[0]
		if err := g.Resolve(map[string][]game.Order{"GBR": {{Kind: game.OrderChoose, Dilemma: d, Choice: "fight_on"}}}); err != nil {
			t.Fatal(err)
		}
		lost[ty.ID] = before - g.Support[0]
	}
	if lost["anticolonial"]-lost["alliance"] < 10 {
		t.Errorf("fighting on cost London %.1f support against the peacekeeper and %.1f against the alliance type; want at least 10 more",
			lost["anticolonial"], lost["alliance"])
	}
}

// poundRuns plays seed to the war with no orders, lands the force, and
// plays on until the pound runs; it returns the game and London's dilemma.
func poundRuns(t *testing.T, s *game.Scenario, seed uint64) (*game.Game, string) {
	t.Helper()
	g, err := game.New(s, game.Setup{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	playUntil(t, g, "1956-10-31")
	landing := g.IssueIndex("landing")
	g.Options[landing] = g.OptionIndex(landing, "landed")
	for n := 0; n < 8 && !g.Over; n++ {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
		for _, d := range g.Dilemmas {
			if d.Actor == "GBR" && d.Choice == "" && g.Scen.Events[d.Event].ID == "run_on_pound" {
				return g, d.ID
			}
		}
	}
	t.Fatalf("seed %d: the pound did not run within 8 days of the landing (sterling %.0f)", seed, g.Var("sterling"))
	return nil, ""
}

// TestSuezJointAction: Moscow's letter of 5 November asks Washington to
// squeeze London and Paris while Moscow threatens them. Every American type
// wants Moscow kept out of the Middle East, so the AI's Washington turns it
// down, whatever its type; a Washington that accepts it binds itself to the
// squeeze and Moscow to its threats.
func TestSuezJointAction(t *testing.T) {
	s := load(t, "suez-1956")
	g0, _ := poundRuns(t, s, 1)
	usa := g0.ActorIndex("USA")
	for k, ty := range s.Actors[usa].Types {
		g, err := game.New(s, game.Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		g.Types[usa] = k
		playUntil(t, g, "1956-11-05")
		off := tagged(g, "joint_action")
		if off == nil || off.From != "SOV" || len(off.To) != 1 || off.To[0] != "USA" || len(off.Terms) != 2 {
			t.Fatalf("turn %d: Moscow's letter to Washington is not on the table: %+v", g.Turn, off)
		}
		v, err := g.View("USA")
		if err != nil {
			t.Fatal(err)
		}
		seat := ai.New("USA", ai.Normal, 1)
		seat.SetScenario(s)
		for _, o := range seat.Decide(v).Orders {
			if o.Kind == game.OrderAccept && o.Offer == off.ID {
				t.Errorf("a Washington of type %s accepts Moscow's joint action", ty.ID)
			}
		}
		if k > 0 {
			continue
		}
		if err := g.Resolve(map[string][]game.Order{"USA": {{Kind: game.OrderAccept, Offer: off.ID}}}); err != nil {
			t.Fatal(err)
		}
		agreed := false
		for _, ag := range g.Agreements {
			agreed = agreed || ag.Offer == off.ID
		}
		if !agreed {
			t.Error("Washington accepted Moscow's joint action, and no agreement was made")
		}
	}
}
