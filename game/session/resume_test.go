package session

import (
	"testing"

	"backchannel/game/ai"
	"backchannel/game/save"
	"backchannel/game/scenario"
)

// TestResumedAIDecidesAsUninterrupted saves a solo game part-way, resumes
// it and plays both on: the AI seats of the resumed game must decide as
// those of the game never stopped. An AI seat remembers every view it
// decided on (trust, events seen, its reading of the others), so a resume
// that only replays the record would give it a blank memory.
func TestResumedAIDecidesAsUninterrupted(t *testing.T) {
	sc, err := scenario.Open("letter-2009")
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []uint64{1, 2, 3, 4} {
		whole, err := New(Config{Scenario: sc, Seed: seed, Humans: []string{"POL"}, Difficulty: ai.Normal})
		if err != nil {
			t.Fatal(err)
		}
		var saved *save.Record
		for turn := 0; !whole.Game.Over; turn++ {
			if turn == 6 {
				saved = copyRecord(t, whole.Record)
			}
			if err := whole.EndTurn(); err != nil {
				t.Fatal(err)
			}
		}
		resumed, err := Resume(saved, sc)
		if err != nil {
			t.Fatal(err)
		}
		for !resumed.Game.Over {
			if err := resumed.EndTurn(); err != nil {
				t.Fatal(err)
			}
		}
		if a, b := resumed.Game.LogHash(), whole.Game.LogHash(); a != b {
			t.Errorf("seed %d: the resumed game ends with log hash %s, the uninterrupted one %s", seed, a, b)
		}
	}
}

// copyRecord is the record as a save file holds it.
func copyRecord(t *testing.T, r *save.Record) *save.Record {
	t.Helper()
	raw, err := save.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	c, err := save.Unmarshal(raw)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
