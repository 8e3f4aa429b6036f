package save_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

// TestIntegrity: every change to what a replay uses or a screen shows is
// caught, not only changes that reach the log. A letter's text, the seats
// and the difficulty never reach the log, so the log hash alone let a save
// with a forged letter, an added seat or a "godlike" difficulty replay with
// "matches the saved hash".
func TestIntegrity(t *testing.T) {
	good := string(played(t))
	letter := "Halt the programme and the base will wait."
	for _, tc := range []struct{ name, from, to, says string }{
		{"forged letter", letter, "We surrender unconditionally.", "do not match its digest"},
		{"seat flipped", `"actor": "B",
      "human": false`, `"actor": "B",
      "human": true`, "do not match its digest"},
		{"seat removed", `,
    {
      "actor": "C",
      "human": false
    }`, "", "do not match its digest"},
		{"seat added", `"seats": [`, `"seats": [
    {
      "actor": "D",
      "human": true
    },`, "do not match its digest"},
		{"difficulty", `"difficulty": "normal"`, `"difficulty": "godlike"`, `difficulty "godlike" is not one the game has`},
		{"digest deleted", `"digest"`, `"digest_was"`, "unknown field"},
		{"huge letter", letter, strings.Repeat("x", 1<<20), "its letter is 1048576 bytes; a letter has at most 2000"},
		{"seat id", `"actor": "B"`, `"actor": "B\u0000"`, "seat 2 names no actor"},
	} {
		data := strings.Replace(good, tc.from, tc.to, 1)
		if data == good {
			t.Fatalf("%s: the save has no %q", tc.name, tc.from)
		}
		if _, err := save.Unmarshal([]byte(data)); !errors.Is(err, save.ErrCorrupt) || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%s: got %v, want %q", tc.name, err, tc.says)
		}
	}
	rec, err := save.Unmarshal([]byte(good))
	if err != nil || !rec.Checked() {
		t.Fatalf("the good save: %v, checked %v", err, rec != nil && rec.Checked())
	}
}

// TestIntegrityVersion1: a save from before digests still loads, but says
// that its seats and letters are not covered, so nobody reads "matches" as
// more than it is.
func TestIntegrityVersion1(t *testing.T) {
	rec, err := save.ReadFile("testdata/small-seed7.json")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Version != 1 || rec.Checked() {
		t.Errorf("version %d, checked %v", rec.Version, rec.Checked())
	}
}

// TestScenarioHashRequired: deleting the scenario hash from a save no
// longer skips the scenario check when the scenario has a hash; a seat that
// is no actor of the scenario is refused.
func TestScenarioHashRequired(t *testing.T) {
	s := gametest.Small()
	s.Hash = strings.Repeat("ab", 32)
	_, rec, err := savetest.PlayOn(s, 7, 2)
	if err != nil {
		t.Fatal(err)
	}
	if err := rec.CheckScenario(s); err != nil {
		t.Fatal(err)
	}
	noHash := rec.Clone()
	noHash.ScenarioHash = ""
	if err := noHash.CheckScenario(s); !errors.Is(err, save.ErrScenarioChanged) || !strings.Contains(err.Error(), "carries no hash") {
		t.Errorf("no hash: %v", err)
	}
	stranger := rec.Clone()
	stranger.Seats = append(stranger.Seats, save.Seat{Actor: "Z", Human: true})
	if err := stranger.CheckScenario(s); !errors.Is(err, save.ErrCorrupt) || !strings.Contains(err.Error(), `seats "Z"`) {
		t.Errorf("stranger: %v", err)
	}
}

// TestTurnAfterTheEnd: a save with one turn too many says so, instead of
// "game:  order 1 (): the game is over" with the actor and order blank.
func TestTurnAfterTheEnd(t *testing.T) {
	_, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	n := len(rec.Turns)
	rec.Turns = append(rec.Turns, save.Turn{Orders: map[string][]game.Order{"A": {{Kind: game.OrderStall, Offer: "o1"}}}})
	_, err = rec.Replay(gametest.Small())
	want := fmt.Sprintf("save: the file is corrupted (it records %d turns, but the game ended after turn %d)", n+1, n)
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
