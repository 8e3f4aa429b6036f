package save

import (
	"errors"
	"testing"
	"time"
)

func TestMemory(t *testing.T) {
	now := func() time.Time { return time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC) }
	st := NewMemory(now)
	rec := &Record{Scenario: "tutorial", Seats: []Seat{{Actor: "ALD", Human: true}}}
	if err := st.Save("bad/name", rec); err == nil {
		t.Error("a bad name is saved")
	}
	st.Save("b", rec)
	st.Save("a", rec)
	slots, _ := st.List()
	if len(slots) != 2 || slots[0].Name != "a" || slots[0].Humans[0] != "ALD" || !slots[0].Saved.Equal(now()) {
		t.Errorf("slots %+v", slots)
	}
	if err := st.Delete("a"); err != nil {
		t.Error(err)
	}
	if _, err := st.Load("a"); !errors.Is(err, ErrNoSlot) {
		t.Errorf("a deleted save loads: %v", err)
	}
}
