//go:build js

package save

import (
	"fmt"
	"strings"
	"syscall/js"
	"time"
)

// KeyPrefix starts the localStorage keys of saves, so that they do not
// mix with settings or with other pages of the same origin.
const KeyPrefix = "backchannel/saves/"

// DefaultStorage is the platform's save storage: in the browser, the
// page's localStorage.
func DefaultStorage() (Storage, error) { return NewLocalStorage() }

// LocalStorage keeps each save as a localStorage item under KeyPrefix+name.
// An item is replaced in one step or not at all, so a full quota leaves the
// previous save as it was.
type LocalStorage struct {
	store js.Value
	now   func() time.Time
}

// NewLocalStorage opens the browser's localStorage. It fails when there is
// none (Node) or the browser refuses it (storage disabled, some private modes).
func NewLocalStorage() (*LocalStorage, error) {
	var store js.Value
	err := try(func() { store = js.Global().Get("localStorage") })
	if err != nil {
		return nil, fmt.Errorf("save: the browser refuses access to localStorage: %w", err)
	}
	if store.IsUndefined() || store.IsNull() {
		return nil, fmt.Errorf("save: this browser has no localStorage; games cannot be saved")
	}
	return &LocalStorage{store: store, now: time.Now}, nil
}

// List returns every save, newest first; damaged ones are listed with Err.
func (l *LocalStorage) List() ([]Slot, error) {
	var keys []string
	err := try(func() {
		n := l.store.Get("length").Int()
		for i := 0; i < n; i++ {
			if k := l.store.Call("key", i); k.Type() == js.TypeString {
				keys = append(keys, k.String())
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("save: cannot list saves: %w", err)
	}
	var out []Slot
	for _, k := range keys {
		name, ok := strings.CutPrefix(k, KeyPrefix)
		if !ok || CheckSlotName(name) != nil {
			continue
		}
		data, err := l.get(name)
		if err != nil {
			out = append(out, Slot{Name: name, Err: named(err, name)})
			continue
		}
		out = append(out, slotOf(name, data, time.Time{}))
	}
	sortSlots(out)
	return out, nil
}

// Load reads the save called name.
func (l *LocalStorage) Load(name string) (*Record, error) {
	if err := CheckSlotName(name); err != nil {
		return nil, err
	}
	data, err := l.get(name)
	if err != nil {
		return nil, named(err, name)
	}
	r, err := Unmarshal(data)
	return r, named(err, name)
}

// Save writes the save called name. A full quota gives an error wrapping
// ErrQuota, and the previous save of that name stays.
func (l *LocalStorage) Save(name string, r *Record) error {
	if err := CheckSlotName(name); err != nil {
		return err
	}
	data, err := Marshal(stamped(r, l.now()))
	if err != nil {
		return err
	}
	if err := try(func() { l.store.Call("setItem", KeyPrefix+name, string(data)) }); err != nil {
		return &Error{Name: name, Kind: kindOf(err), Detail: err.Error(), Err: err}
	}
	return nil
}

// Delete removes the save called name.
func (l *LocalStorage) Delete(name string) error {
	if err := CheckSlotName(name); err != nil {
		return err
	}
	if _, err := l.get(name); err != nil {
		return named(err, name)
	}
	if err := try(func() { l.store.Call("removeItem", KeyPrefix+name) }); err != nil {
		return fmt.Errorf("save: cannot delete %s: %w", name, err)
	}
	return nil
}

func (l *LocalStorage) get(name string) ([]byte, error) {
	var v js.Value
	if err := try(func() { v = l.store.Call("getItem", KeyPrefix+name) }); err != nil {
		return nil, fmt.Errorf("save: %w", err)
	}
	if v.Type() != js.TypeString {
		return nil, &Error{Kind: ErrNoSlot}
	}
	s := v.String()
	if len(s) > MaxSize {
		return nil, errorf(ErrCorrupt, "larger than %d MiB: not a save", MaxSize>>20)
	}
	return []byte(s), nil
}

// try runs f and turns a JavaScript exception (which syscall/js raises as
// a Go panic of type js.Error) into an error.
func try(f func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			if je, ok := p.(js.Error); ok {
				err = je
				return
			}
			panic(p)
		}
	}()
	f()
	return nil
}

// kindOf tells a full quota from other storage failures. Browsers name the
// exception differently: QuotaExceededError (most), code 22 (old WebKit),
// NS_ERROR_DOM_QUOTA_REACHED (old Firefox).
func kindOf(err error) error {
	je, ok := err.(js.Error)
	if !ok {
		return ErrCorrupt
	}
	name := ""
	if n := je.Value.Get("name"); n.Type() == js.TypeString {
		name = n.String()
	}
	code := 0
	if c := je.Value.Get("code"); c.Type() == js.TypeNumber {
		code = c.Int()
	}
	if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || code == 22 || code == 1014 {
		return ErrQuota
	}
	return ErrStorage
}
