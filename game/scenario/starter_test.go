package scenario

import (
	"testing"

	"backchannel/game"
)

// TestStarter checks that `backchannel new` writes a scenario that loads
// without a warning, passes the schema and plays to the end.
func TestStarter(t *testing.T) {
	src, err := Starter("my-episode", "my-episode.toml")
	if err != nil {
		t.Fatal(err)
	}
	s, diags, err := Parse("my-episode.toml", src)
	if err != nil || len(diags) > 0 {
		t.Fatalf("%v\n%s", err, diags)
	}
	if s.ID != "my-episode" || s.Title != "My episode" {
		t.Errorf("id %q, title %q", s.ID, s.Title)
	}
	if err := validateSchema(t, src); err != nil {
		t.Errorf("schema: %v", err)
	}
	playOut(t, s)
	if _, err := Starter("Bad Id", "x.toml"); err == nil {
		t.Error("Starter accepted a bad id")
	}
}

func TestSlugOf(t *testing.T) {
	for in, want := range map[string]string{"My Episode.toml": "my-episode", "letter_2009": "letter-2009", "--": "", "x": "x"} {
		if got := SlugOf(in); got != want {
			t.Errorf("SlugOf(%q) = %q, want %q", in, got, want)
		}
	}
}

// playOut plays a scenario with empty orders until the game ends.
func playOut(t *testing.T, s *game.Scenario) *game.Game {
	t.Helper()
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; !g.Over; n++ {
		if n > s.Calendar.Turns() {
			t.Fatalf("no end after %d turns", n)
		}
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
	}
	return g
}
