package save_test

import (
	"errors"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

func smallScenario() *game.Scenario { return gametest.Small() }

// testStorage runs the same checks on every platform's Storage.
func testStorage(t *testing.T, st save.Storage) {
	t.Helper()
	_, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	_, early, err := savetest.PlayOn(smallScenario(), 7, 2)
	if err != nil {
		t.Fatal(err)
	}
	if slots, err := st.List(); err != nil || len(slots) != 0 {
		t.Fatalf("new storage lists %v, %v", slots, err)
	}
	if _, err := st.Load(save.AutosaveSlot); !errors.Is(err, save.ErrNoSlot) {
		t.Errorf("loading a missing slot: %v", err)
	}
	if err := st.Save(save.AutosaveSlot, early); err != nil {
		t.Fatal(err)
	}
	if err := st.Save(save.AutosaveSlot, rec); err != nil { // replaces
		t.Fatal(err)
	}
	if err := st.Save("Before the summit", early); err != nil {
		t.Fatal(err)
	}
	if !rec.Saved.IsZero() {
		t.Errorf("Save changed the caller's record")
	}
	got, err := st.Load(save.AutosaveSlot)
	if err != nil {
		t.Fatal(err)
	}
	if got.Saved.IsZero() || got.LogHash != rec.LogHash || len(got.Turns) != len(rec.Turns) {
		t.Errorf("loaded %d turns, hash %s, saved %v", len(got.Turns), got.LogHash, got.Saved)
	}
	slots, err := st.List()
	if err != nil || len(slots) != 2 {
		t.Fatalf("list: %+v, %v", slots, err)
	}
	for _, s := range slots {
		if s.Err != nil || s.Scenario != "small" || s.Saved.IsZero() || len(s.Humans) != 1 {
			t.Errorf("slot %+v", s)
		}
		if s.Name == save.AutosaveSlot && s.Turns != len(rec.Turns) {
			t.Errorf("autosave has %d turns, want %d", s.Turns, len(rec.Turns))
		}
	}
	for _, bad := range []string{"", "../escape", "a/b", ".hidden", "trailing ", "x\x00y", "été", string(make([]byte, 65))} {
		if err := st.Save(bad, rec); !errors.Is(err, save.ErrBadSlot) {
			t.Errorf("Save(%q): %v", bad, err)
		}
		if _, err := st.Load(bad); !errors.Is(err, save.ErrBadSlot) {
			t.Errorf("Load(%q): %v", bad, err)
		}
	}
	if err := st.Delete("Before the summit"); err != nil {
		t.Fatal(err)
	}
	if err := st.Delete("Before the summit"); !errors.Is(err, save.ErrNoSlot) {
		t.Errorf("deleting twice: %v", err)
	}
	if slots, _ := st.List(); len(slots) != 1 || slots[0].Name != save.AutosaveSlot {
		t.Errorf("after delete: %+v", slots)
	}
}
