package save

import (
	"cmp"
	"slices"
	"time"
)

// AutosaveSlot is the slot the game writes at the end of every turn, so
// that nothing a student does is lost; other slots are named by players.
const AutosaveSlot = "autosave"

// MaxSize is the largest save a storage will read. A real save is a few
// hundred kilobytes at most; the cap keeps a wrong file from eating memory.
const MaxSize = 32 << 20

// Slot describes one stored save for the load screen.
type Slot struct {
	Name     string    `json:"name"`
	Scenario string    `json:"scenario,omitempty"`
	Turns    int       `json:"turns"`
	Humans   []string  `json:"humans,omitempty"`
	Saved    time.Time `json:"saved"`
	Size     int64     `json:"size"`
	// Err says why the save cannot be loaded; damaged saves are listed
	// rather than hidden, so the player can see and delete them.
	Err error `json:"-"`
}

// Storage keeps named saves: a folder on the desktop, localStorage in the
// browser. Names are checked by CheckSlotName.
type Storage interface {
	// List returns every save, newest first.
	List() ([]Slot, error)
	// Load reads a save; a missing one gives an error wrapping ErrNoSlot.
	Load(name string) (*Record, error)
	// Save writes a save, replacing any of the same name only once the new
	// one is complete.
	Save(name string, r *Record) error
	// Delete removes a save; a missing one gives an error wrapping ErrNoSlot.
	Delete(name string) error
}

// CheckSlotName accepts names of 1 to 64 letters, digits, spaces, dots,
// dashes and underscores that neither start nor end with a space or a dot:
// names that are safe as file names on every desktop and as storage keys.
func CheckSlotName(name string) error {
	bad := func(why string) error {
		return &Error{Name: name, Kind: ErrBadSlot, Detail: why}
	}
	if name == "" || len(name) > 64 {
		return bad("a name has 1 to 64 characters")
	}
	for _, c := range name {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-' || c == '_' || c == '.'
		if !ok {
			return bad("use letters, digits, spaces, dots, dashes and underscores")
		}
	}
	if first, last := name[0], name[len(name)-1]; first == ' ' || first == '.' || last == ' ' || last == '.' {
		return bad("a name cannot start or end with a space or a dot")
	}
	return nil
}

// stamped is a copy of r marked as saved at t, so that Save does not
// change the caller's record.
func stamped(r *Record, t time.Time) *Record {
	c := *r
	c.Saved = t.UTC().Truncate(time.Second)
	return &c
}

// slotOf describes a stored save from its bytes.
func slotOf(name string, data []byte, fallback time.Time) Slot {
	s := Slot{Name: name, Size: int64(len(data)), Saved: fallback}
	r, err := Unmarshal(data)
	if err != nil {
		s.Err = named(err, name)
		return s
	}
	s.Scenario, s.Turns, s.Humans = r.Scenario, len(r.Turns), r.HumanSeats()
	if !r.Saved.IsZero() {
		s.Saved = r.Saved
	}
	return s
}

// sortSlots puts the newest save first, then by name.
func sortSlots(s []Slot) {
	slices.SortFunc(s, func(a, b Slot) int {
		if c := b.Saved.Compare(a.Saved); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
}
