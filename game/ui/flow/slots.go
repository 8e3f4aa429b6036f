package flow

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"backchannel/game"
	"backchannel/game/save"
)

// slotLabel is a slot's line in the list of saves.
func slotLabel(s save.Slot) string {
	if s.Err != nil {
		return s.Name + "  (damaged)"
	}
	return s.Name
}

// slotDoc describes a slot for the panel beside the list.
func slotDoc(s save.Slot, lib *Library) doc {
	var d doc
	if s.Err != nil {
		d.h("This save cannot be loaded")
		d.p(s.Err.Error())
		d.note("Delete it, or load another save.")
		return d
	}
	sc := slotScenario(lib, s)
	if sc != nil {
		d.strong(sc.Title)
	} else {
		d.strong(s.Scenario)
	}
	d.p(turnsPlayed(s.Turns) + ".")
	if len(s.Humans) > 0 {
		d.p("Played by " + strings.Join(seatNames(sc, s), ", ") + "; every other government by the computer.")
	} else {
		d.p("Every seat is played by the computer: watch it as a replay.")
	}
	if !s.Saved.IsZero() {
		d.meta("Saved " + s.Saved.Local().Format("2 January 2006, 15:04") + " · " + sizeText(s.Size))
	}
	return d
}

func sizeText(n int64) string {
	if n < 1024 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%.1f KB", float64(n)/1024)
}

// defaultSlotName suggests a slot name for a game: its scenario and turn,
// cut to the characters save.CheckSlotName allows.
func defaultSlotName(scenario string, turn int) string {
	var b strings.Builder
	for _, c := range scenario {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
		if ok {
			b.WriteRune(c)
		}
	}
	name := strings.Trim(b.String(), "-_")
	if name == "" {
		name = "game"
	}
	if len(name) > 48 {
		name = name[:48]
	}
	return fmt.Sprintf("%s turn %d", name, turn)
}

// memStorage keeps saves in memory: for tests, and for a browser whose
// localStorage is refused, so the game can still be played.
type memStorage struct {
	recs map[string]*save.Record
	now  func() time.Time
}

// NewMemStorage returns an empty storage in memory. now stamps saves; nil
// uses time.Now.
func NewMemStorage(now func() time.Time) save.Storage {
	if now == nil {
		now = time.Now
	}
	return &memStorage{recs: map[string]*save.Record{}, now: now}
}

func (m *memStorage) List() ([]save.Slot, error) {
	var out []save.Slot
	for name, r := range m.recs {
		out = append(out, save.Slot{Name: name, Scenario: r.Scenario, Turns: len(r.Turns), Humans: r.HumanSeats(), Saved: r.Saved})
	}
	sortSlots(out)
	return out, nil
}

func (m *memStorage) Load(name string) (*save.Record, error) {
	r, ok := m.recs[name]
	if !ok {
		return nil, &save.Error{Name: name, Kind: save.ErrNoSlot, Detail: "no save of that name"}
	}
	return r.Clone(), nil
}

func (m *memStorage) Save(name string, r *save.Record) error {
	if err := save.CheckSlotName(name); err != nil {
		return err
	}
	c := r.Clone()
	c.Saved = m.now().UTC().Truncate(time.Second)
	m.recs[name] = c
	return nil
}

func (m *memStorage) Delete(name string) error {
	if _, ok := m.recs[name]; !ok {
		return &save.Error{Name: name, Kind: save.ErrNoSlot, Detail: "no save of that name"}
	}
	delete(m.recs, name)
	return nil
}

// sortSlots puts the newest save first, then by name, as save does.
func sortSlots(s []save.Slot) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && slotBefore(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func slotBefore(a, b save.Slot) bool {
	if !a.Saved.Equal(b.Saved) {
		return a.Saved.After(b.Saved)
	}
	return a.Name < b.Name
}

// turnsPlayed says how far a saved game went, in proper English.
func turnsPlayed(n int) string {
	if n == 1 {
		return "1 turn played"
	}
	return fmt.Sprintf("%d turns played", n)
}

// slotScenario is the scenario a save was played in, when it can still
// be read, so that the details name it and its seats as players know them
// ("the United States", not "usa").
func slotScenario(lib *Library, s save.Slot) *game.Scenario {
	src := lib.Find(s.Scenario)
	if src == nil {
		return nil
	}
	sc, err := src.Load()
	if err != nil {
		return nil
	}
	return sc
}

// seatNames names a save's human seats by their governments' names.
func seatNames(sc *game.Scenario, s save.Slot) []string {
	out := slices.Clone(s.Humans)
	if sc == nil {
		return out
	}
	for i, id := range out {
		for _, a := range sc.Actors {
			if a.ID == id {
				out[i] = a.Name
			}
		}
	}
	return out
}
