package scenario

import (
	"testing"

	"backchannel/game"
)

// TestTutorialPlays loads the tutorial, which must have no warnings, and
// plays it to the end with empty orders.
func TestTutorialPlays(t *testing.T) {
	s, diags, err := Load(builtinFS(), "tutorial.toml")
	if err != nil || len(diags) > 0 {
		t.Fatalf("tutorial: %v\n%s", err, diags)
	}
	for _, historical := range []bool{false, true} {
		g, err := game.New(s, game.Setup{Seed: 7, Historical: historical})
		if err != nil {
			t.Fatal(err)
		}
		for turn := 0; !g.Over; turn++ {
			if turn > s.Calendar.Turns() {
				t.Fatalf("the game did not end after %d turns", turn)
			}
			if err := g.Resolve(nil); err != nil {
				t.Fatal(err)
			}
		}
		if g.Turn < 5 || g.Turn > 6 {
			t.Errorf("tutorial ended on turn %d, want 5-6", g.Turn)
		}
	}
}
