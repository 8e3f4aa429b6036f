package scenario

import (
	"io/fs"
	"strings"
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

// TestRulesSwitches reads the rules' off switches and forced linkage, and
// the headline marks, from a file.
func TestRulesSwitches(t *testing.T) {
	src, err := fs.ReadFile(builtinFS(), "tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(src), "[rules]\n", "[rules]\noff = [\"leaks\", \"beliefs\"]\nlinkage = \"implicit\"\n", 1)
	s, diags, err := Parse("tutorial.toml", []byte(text))
	if err != nil || diags.HasErrors() {
		t.Fatalf("%v\n%s", err, diags)
	}
	want := game.Off{Leaks: true, Beliefs: true}
	if s.Rules.Off != want || s.Rules.Linkage != game.LinkImplicit {
		t.Errorf("rules read as off %+v, linkage %q", s.Rules.Off, s.Rules.Linkage)
	}
	bad := strings.Replace(text, `"beliefs"]`, `"belief"]`, 1)
	if _, diags, _ := Parse("tutorial.toml", []byte(bad)); !strings.Contains(diags.String(), "beliefs") {
		t.Errorf("a misspelt switch is not refused with a suggestion: %s", diags)
	}
	letter, _, err := Load(builtinFS(), "letter-2009.toml")
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, is := range letter.Issues {
		if is.Headline {
			heads = append(heads, is.ID)
		}
	}
	if strings.Join(heads, ",") != "third_site,iran_sanctions,start_followon" {
		t.Errorf("letter-2009's headline issues are %v", heads)
	}
}
