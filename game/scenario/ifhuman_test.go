package scenario

import (
	"strings"
	"testing"

	"backchannel/game"
)

// TestIfHuman: a scheduled letter with if_human goes out as written when
// an AI sends it; a human sender is asked first (prompt), and the letter
// arrives as a real offer only if the player says send; with skip it is
// never sent for a human.
func TestIfHuman(t *testing.T) {
	src, err := Starter("letters", "letters.toml")
	if err != nil {
		t.Fatal(err)
	}
	// The starter's opening letter becomes a scheduled one, on turn 2.
	withIf := func(mode string) []byte {
		return []byte(strings.Replace(string(src), "[[opening]]\n", "[[opening]]\ntag = \"note\"\ndate = 2025-01-20\nif_human = \""+mode+"\"\n", 1))
	}
	// play runs two turns with the given humans, answering the sender's
	// dilemma with answer when it is asked, and returns the game.
	play := func(t *testing.T, mode string, humans []string, answer string) (*game.Game, int) {
		t.Helper()
		sc, diags, err := Parse("letters.toml", withIf(mode))
		if err != nil {
			t.Fatalf("%v\n%s", err, diags)
		}
		g, err := game.New(sc, game.Setup{Seed: 1, Humans: humans})
		if err != nil {
			t.Fatal(err)
		}
		asked := 0
		for g.Turn < 3 && !g.Over {
			orders := map[string][]game.Order{}
			v, _ := g.View("NOR")
			for _, d := range v.Dilemmas {
				if d.Actor == "NOR" && d.Choice == "" {
					asked++
					if d.Default != "hold" || len(d.Choices) != 2 || !strings.Contains(d.Prompt, "Sudland") {
						t.Errorf("the question %+v; want send or hold, hold by default, naming the recipient", d)
					}
					if answer != "" {
						orders["NOR"] = append(orders["NOR"], game.Order{Kind: game.OrderChoose, Dilemma: d.ID, Choice: answer})
					}
				}
			}
			if err := g.Resolve(orders); err != nil {
				t.Fatal(err)
			}
		}
		return g, asked
	}
	sent := func(g *game.Game) bool {
		for _, o := range g.Offers {
			if o.From == "NOR" && len(o.Terms) == 2 {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		name, mode string
		humans     []string
		answer     string
		asked      int
		sent       bool
	}{
		{"an AI sender sends it", "prompt", nil, "", 0, true},
		{"a human sender is asked and sends it", "prompt", []string{"NOR"}, "send", 1, true},
		{"a human sender is asked and holds it", "prompt", []string{"NOR"}, "hold", 1, false},
		{"unanswered, it is not sent", "prompt", []string{"NOR"}, "", 1, false},
		{"skip: not sent for a human", "skip", []string{"NOR"}, "", 0, false},
		{"skip: sent for an AI", "skip", []string{"SUD"}, "", 0, true},
		{"send: sent for a human", "send", []string{"NOR"}, "", 0, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			g, asked := play(t, c.mode, c.humans, c.answer)
			if asked != c.asked || sent(g) != c.sent {
				t.Errorf("asked %d times, sent %v; want %d, %v", asked, sent(g), c.asked, c.sent)
			}
		})
	}
}
