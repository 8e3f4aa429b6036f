//go:build !js

package save

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// SaveDirEnv names an environment variable that, when set, replaces the
// default save folder: for tests, classrooms with shared drives and
// portable installs.
const SaveDirEnv = "BACKCHANNEL_SAVES"

// DefaultDir is where the desktop game keeps its saves:
// os.UserConfigDir()/backchannel/saves, unless SaveDirEnv says otherwise.
func DefaultDir() (string, error) {
	if d := os.Getenv(SaveDirEnv); d != "" {
		return d, nil
	}
	cfg, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("save: no folder for saves: %w", err)
	}
	return filepath.Join(cfg, "backchannel", "saves"), nil
}

// DefaultStorage is the platform's save storage: on the desktop, a folder
// (see DefaultDir), created at the first save.
func DefaultStorage() (Storage, error) {
	dir, err := DefaultDir()
	if err != nil {
		return nil, err
	}
	CleanStale(dir) // what killed games left behind
	return NewDirStorage(dir), nil
}

// DirStorage keeps each save as NAME.json in a folder.
type DirStorage struct {
	Dir string
	fs  fileSystem
	now func() time.Time
}

// NewDirStorage keeps saves in dir.
func NewDirStorage(dir string) *DirStorage {
	return &DirStorage{Dir: dir, fs: osFS{}, now: time.Now}
}

const ext = ".json"

func (d *DirStorage) path(name string) (string, error) {
	if err := CheckSlotName(name); err != nil {
		return "", err
	}
	return filepath.Join(d.Dir, name+ext), nil
}

// List returns every save in the folder, newest first; files that are not
// saves (or are being written) are skipped, damaged saves are listed with Err.
func (d *DirStorage) List() ([]Slot, error) {
	entries, err := os.ReadDir(d.Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("save: cannot list saves: %w", err)
	}
	cleanStale(d.Dir, "", d.now())
	var out []Slot
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ext)
		if !ok || !e.Type().IsRegular() || CheckSlotName(name) != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // removed while listing
		}
		data, err := readFile(filepath.Join(d.Dir, e.Name()))
		if err != nil {
			out = append(out, Slot{Name: name, Size: info.Size(), Saved: info.ModTime(), Err: named(err, name)})
			continue
		}
		out = append(out, slotOf(name, data, info.ModTime()))
	}
	sortSlots(out)
	return out, nil
}

// Load reads the save called name.
func (d *DirStorage) Load(name string) (*Record, error) {
	p, err := d.path(name)
	if err != nil {
		return nil, err
	}
	data, err := readFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &Error{Name: name, Kind: ErrNoSlot}
	}
	if err != nil {
		return nil, named(err, name)
	}
	r, err := Unmarshal(data)
	return r, named(err, name)
}

// Save writes the save called name atomically (see WriteFile), creating
// the folder if needed.
func (d *DirStorage) Save(name string, r *Record) error {
	p, err := d.path(name)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(d.Dir, 0o755); err != nil {
		return fmt.Errorf("save: cannot create the save folder: %w", err)
	}
	return writeFile(d.fs, p, stamped(r, d.now()))
}

// Delete removes the save called name.
func (d *DirStorage) Delete(name string) error {
	p, err := d.path(name)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return &Error{Name: name, Kind: ErrNoSlot}
		}
		return fmt.Errorf("save: cannot delete %s: %w", name, err)
	}
	return nil
}
