//go:build !js

package window

import (
	"os"
	"path/filepath"

	"backchannel/game/files"
	"backchannel/game/ui"
)

// maxSettings is the largest settings file read: a few hundred bytes are
// written, so anything near this is not ours.
const maxSettings = 1 << 20

// fileSettings keeps settings in a JSON file.
type fileSettings struct{ path string }

// DefaultSettingsStore keeps settings in os.UserConfigDir()/backchannel/
// settings.json on the desktop.
func DefaultSettingsStore() (SettingsStore, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return nil, err
	}
	return &fileSettings{path: filepath.Join(dir, "backchannel", "settings.json")}, nil
}

// NewFileSettings keeps settings in the file at path.
func NewFileSettings(path string) SettingsStore { return &fileSettings{path: path} }

func (f *fileSettings) Load() (ui.Settings, error) {
	data, err := files.Read(f.path, maxSettings)
	if err != nil {
		return ui.DefaultSettings(), err
	}
	return decodeSettings(data)
}

// Save writes through a temporary file and a rename, as saves do, so a
// crash never leaves half a file.
func (f *fileSettings) Save(s ui.Settings) error {
	data, err := encodeSettings(s)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
		return err
	}
	tmp := f.path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, f.path)
}
