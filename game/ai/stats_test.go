package ai

import (
	"fmt"
	"os"
	"strconv"
	"testing"

	"backchannel/game"
	"backchannel/game/scenario"
)

// TestAIStats prints the AI's bargaining figures over many games of the
// built-in episodes: how often it takes a dilemma's default, which linkage
// it puts on multi-term offers, how often a public statement is broken,
// and each seat's mean score against simple fixed strategies. It is a
// measuring tool, not a check: it runs only with BC_AISTATS set to the
// number of games per arm, e.g.
//
//	BC_AISTATS=100 go test -run TestAIStats -v ./game/ai
func TestAIStats(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BC_AISTATS"))
	if n <= 0 {
		t.Skip("set BC_AISTATS=N to measure over N games per arm")
	}
	scens := []string{"letter-2009", "pittsburgh-2009"}
	if s := os.Getenv("BC_AISCEN"); s != "" {
		scens = []string{s}
	}
	for _, id := range scens {
		sc, err := scenario.Builtin(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range []Difficulty{Normal, Hard} {
			st := measure(t, sc, d, n, "", nil)
			if os.Getenv("BC_AICHOICES") != "" {
				fmt.Println(st.choices)
			}
			fmt.Printf("%s %v: dilemmas %d, default %.0f%%; multi-term offers %d: none %.0f%% implicit %.0f%% explicit %.0f%%; games with a broken statement %.0f%%; agreements/game %.2f, reneges/game %.2f\n",
				id, d, st.dilemmas, pct(st.defaults, st.dilemmas), st.multi, pct(st.link[game.LinkNone], st.multi),
				pct(st.link[game.LinkImplicit], st.multi), pct(st.link[game.LinkExplicit], st.multi), pct(st.broken, n),
				float64(st.agreements)/float64(n), float64(st.reneges)/float64(n))
			fmt.Printf("  mean scores:")
			for a, ad := range sc.Actors {
				fmt.Printf(" %s %.1f", ad.ID, st.score[a]/float64(n))
			}
			fmt.Println()
		}
		if os.Getenv("BC_AITRIVIAL") == "" {
			continue
		}
		normal := measure(t, sc, Normal, n, "", nil)
		for a, ad := range sc.Actors {
			line := fmt.Sprintf("  %s: normal %.1f", ad.ID, normal.score[a]/float64(n))
			for _, tr := range trivials {
				st := measure(t, sc, Normal, n, ad.ID, tr.orders)
				line += fmt.Sprintf(", %s %.1f", tr.name, st.score[a]/float64(n))
			}
			fmt.Println(line)
		}
	}
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

type stats struct {
	dilemmas, defaults, multi, broken, agreements, reneges int
	link                                                   map[game.Linkage]int
	choices                                                map[string]int
	score                                                  []float64
}

// measure plays n seeded games with AI seats of one difficulty, except
// that actor fixed (if any) plays the orders strategy gives.
func measure(t *testing.T, sc *game.Scenario, d Difficulty, n int, fixed string, strategy func(v *game.View) []game.Order) stats {
	st := stats{link: map[game.Linkage]int{}, choices: map[string]int{}, score: make([]float64, len(sc.Actors))}
	for seed := uint64(1); seed <= uint64(n); seed++ {
		g, err := game.New(sc, game.Setup{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		seats := Seats(sc, d, seed)
		for !g.Over {
			orders := map[string][]game.Order{}
			for _, s := range seats {
				v, _ := g.View(s.Actor)
				if s.Actor == fixed {
					orders[s.Actor] = strategy(v)
					continue
				}
				dec := s.Decide(v)
				orders[s.Actor] = dec.Orders
				for _, o := range dec.Orders {
					if (o.Kind == game.OrderPropose || o.Kind == game.OrderCounter) && distinctTermActors(o.Terms) > 1 {
						st.multi++
						st.link[o.Linkage]++
					}
				}
			}
			if err := g.Resolve(orders); err != nil {
				t.Fatal(err)
			}
		}
		for _, dl := range g.Dilemmas {
			if dl.Actor == fixed {
				continue
			}
			st.dilemmas++
			if st.choices != nil {
				st.choices[sc.Events[dl.Event].ID+"/"+sc.Actors[g.ActorIndex(dl.Actor)].Types[g.Types[g.ActorIndex(dl.Actor)]].ID+"/"+dl.Choice]++
			}
			if dl.Choice == sc.Events[dl.Event].Dilemma.Default {
				st.defaults++
			}
		}
		for _, s := range g.Statements {
			if s.Broken {
				st.broken++
				break
			}
		}
		st.agreements += len(g.Agreements)
		for _, ag := range g.Agreements {
			for _, tm := range ag.Terms {
				if tm.Status == game.TermReneged {
					st.reneges++
				}
			}
		}
		for a, s := range g.Scores() {
			st.score[a] += s.Final
		}
	}
	return st
}

func distinctTermActors(ts []game.Term) int {
	seen := map[string]bool{}
	for _, t := range ts {
		seen[t.Actor] = true
	}
	return len(seen)
}

// trivials are the fixed strategies a seat must beat.
var trivials = []struct {
	name   string
	orders func(v *game.View) []game.Order
}{
	{"passive", func(v *game.View) []game.Order { return nil }},
	{"accept-all", func(v *game.View) []game.Order { return answerAll(v, game.OrderAccept, game.OrderFulfil) }},
	{"reject-all", func(v *game.View) []game.Order { return answerAll(v, game.OrderReject, game.OrderFulfil) }},
	{"accept-renege", func(v *game.View) []game.Order { return answerAll(v, game.OrderAccept, game.OrderRenege) }},
}

// answerAll answers every open offer to the actor one way and settles
// every pending term of its own another way.
func answerAll(v *game.View, reply, settle game.OrderKind) []game.Order {
	var out []game.Order
	for _, o := range v.Offers {
		k := indexStr(o.To, v.Actor)
		if k < 0 || o.Arrives > v.Turn || o.Status != game.OfferOpen || o.Expires < v.Turn {
			continue
		}
		if k < len(o.Replies) && o.Replies[k].Kind != "" {
			continue
		}
		out = append(out, game.Order{Kind: reply, Offer: o.ID})
	}
	for _, ag := range v.Agreements {
		for k, tm := range ag.Terms {
			if tm.Actor == v.Actor && tm.Status == game.TermPending {
				out = append(out, game.Order{Kind: settle, Agreement: ag.ID, TermIndex: k})
			}
		}
	}
	if len(out) > game.MaxOrders {
		out = out[:game.MaxOrders]
	}
	return out
}
