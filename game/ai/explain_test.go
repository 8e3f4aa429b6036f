package ai

import (
	"reflect"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestWouldAcceptIsAccepted builds, for every refusal in many games, the
// offer its "would accept if" describes, and puts it to the seat instead.
func TestWouldAcceptIsAccepted(t *testing.T) {
	tried := 0
	playAll(t, fixtures(), allLevels(), 5, func(d decision) {
		for _, e := range d.dec.Explanations {
			if e.WouldAccept == nil || e.Offer == "" {
				continue
			}
			if e.WouldAccept.Change == "" || len(e.WouldAccept.Terms) == 0 {
				t.Fatalf("empty counterfactual: %+v", e)
			}
			off := *d.v.Offer(e.Offer)
			off.Terms, off.Linkage, off.Channel = e.WouldAccept.Terms, e.WouldAccept.Linkage, e.WouldAccept.Channel
			off.Public = off.Channel == game.ChannelPublic
			off.Replies = []game.Reply{}
			for _, to := range off.To {
				off.Replies = append(off.Replies, game.Reply{Actor: to})
			}
			dec := fresh(d.s, withOffer(d.v, off))
			if k := replyTo(dec, off.ID); k != game.OrderAccept {
				t.Fatalf("%s turn %d said %q of %s, yet answers %q to it: %+v", d.v.Actor, d.v.Turn, e.WouldAccept.Change, e.Offer, k, dec.Explanations)
			}
			tried++
		}
	})
	if tried < 20 {
		t.Fatalf("only %d refusals named a change; too few to judge", tried)
	}
}

// TestEveryRefusalExplained checks that each rejection, counter and stall
// says why, and that a refusal either names a change or says none would do.
func TestEveryRefusalExplained(t *testing.T) {
	playAll(t, fixtures(), []Difficulty{Normal}, 3, func(d decision) {
		for n, o := range d.dec.Orders {
			if o.Kind != game.OrderReject && o.Kind != game.OrderCounter {
				continue
			}
			for _, e := range d.dec.Explanations {
				if e.Order != n {
					continue
				}
				if containsWord(e.Text, "No small change") {
					t.Fatalf("generic refusal: %s", e.Text)
				}
				if e.WouldAccept == nil && !containsAny(e.Text, "red lines", "trusts", "embarrassed", "too early", "No deal with", "Even if it also had", "short of", "settles the same issue", "already carried out") {
					t.Fatalf("refusal without a way to yes or a reason none would do: %s", e.Text)
				}
			}
		}
	})
}

func containsAny(s string, ws ...string) bool {
	for _, w := range ws {
		if containsWord(s, w) {
			return true
		}
	}
	return false
}

func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return true
		}
	}
	return false
}

// TestNeverReadsHiddenState plays pairs of games that differ only in one
// actor's true type. While another actor's views of the two games are
// identical, its decisions must be too.
func TestNeverReadsHiddenState(t *testing.T) {
	compared := 0
	for _, sc := range []*game.Scenario{gametest.Small(), gametest.Synthetic(5, 10)} {
		for _, d := range allLevels() {
			for seed := uint64(1); seed <= 6; seed++ {
				g1, _ := game.New(sc, game.Setup{Seed: seed})
				g2, _ := game.New(sc, game.Setup{Seed: seed})
				secret := int(seed) % len(sc.Actors)
				g2.Types[secret] = (g2.Types[secret] + 1) % len(sc.Actors[secret].Types)
				s1, s2 := Seats(sc, d, seed), Seats(sc, d, seed)
				same := make([]bool, len(sc.Actors))
				for a := range same {
					same[a] = a != secret
				}
				for !g1.Over && !g2.Over {
					o1, o2 := map[string][]game.Order{}, map[string][]game.Order{}
					for a := range sc.Actors {
						v1, _ := g1.View(sc.Actors[a].ID)
						v2, _ := g2.View(sc.Actors[a].ID)
						d1, d2 := s1[a].Decide(v1), s2[a].Decide(v2)
						if same[a] && !reflect.DeepEqual(v1, v2) {
							same[a] = false // from here on the actor has seen a difference
						}
						if same[a] {
							compared++
							if !reflect.DeepEqual(d1, d2) {
								t.Fatalf("%s %v seed %d turn %d: identical views, different decisions:\n%+v\n%+v", sc.ID, d, seed, g1.Turn, d1, d2)
							}
						}
						o1[sc.Actors[a].ID], o2[sc.Actors[a].ID] = d1.Orders, d2.Orders
					}
					if err := g1.Resolve(o1); err != nil {
						t.Fatal(err)
					}
					if err := g2.Resolve(o2); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
	if compared < 100 {
		t.Fatalf("only %d decisions compared", compared)
	}
}

// TestSameSeedSameGame plays each fixture twice per difficulty and wants
// the same log, byte for byte.
func TestSameSeedSameGame(t *testing.T) {
	for _, sc := range fixtures() {
		for _, d := range allLevels() {
			hash := func() string {
				g, _ := game.New(sc, game.Setup{Seed: 42})
				if err := Play(g, Seats(sc, d, 42), nil); err != nil {
					t.Fatal(err)
				}
				return g.LogHash()
			}
			if a, b := hash(), hash(); a != b {
				t.Fatalf("%s %v: two runs differ: %s vs %s", sc.ID, d, a, b)
			}
		}
	}
}
