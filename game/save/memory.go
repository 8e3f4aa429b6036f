package save

import "time"

// memory keeps saves in memory: for tests, and for a browser whose
// localStorage is refused, so the game can still be played.
type memory struct {
	recs map[string]*Record
	now  func() time.Time
}

// NewMemory returns an empty Storage in memory. now stamps saves; nil uses
// time.Now.
func NewMemory(now func() time.Time) Storage {
	if now == nil {
		now = time.Now
	}
	return &memory{recs: map[string]*Record{}, now: now}
}

func (m *memory) List() ([]Slot, error) {
	var out []Slot
	for name, r := range m.recs {
		out = append(out, Slot{Name: name, Scenario: r.Scenario, Turns: len(r.Turns), Humans: r.HumanSeats(), Saved: r.Saved})
	}
	sortSlots(out)
	return out, nil
}

func (m *memory) Load(name string) (*Record, error) {
	r, ok := m.recs[name]
	if !ok {
		return nil, &Error{Name: name, Kind: ErrNoSlot, Detail: "no save of that name"}
	}
	return r.Clone(), nil
}

func (m *memory) Save(name string, r *Record) error {
	if err := CheckSlotName(name); err != nil {
		return err
	}
	c := r.Clone()
	c.Saved = m.now().UTC().Truncate(time.Second)
	m.recs[name] = c
	return nil
}

func (m *memory) Delete(name string) error {
	if _, ok := m.recs[name]; !ok {
		return &Error{Name: name, Kind: ErrNoSlot, Detail: "no save of that name"}
	}
	delete(m.recs, name)
	return nil
}
