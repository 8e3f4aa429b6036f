//go:build !js

package save_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"backchannel/game/save"
)

func TestDirStorage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "saves") // not there yet: Save creates it
	testStorage(t, save.NewDirStorage(dir))
	// A damaged file in the folder is listed with its error, not hidden.
	if err := os.WriteFile(filepath.Join(dir, "broken.json"), []byte(`{"format": "backchannel-save", "vers`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	slots, err := save.NewDirStorage(dir).List()
	if err != nil {
		t.Fatal(err)
	}
	var broken *save.Slot
	for i := range slots {
		if slots[i].Name == "notes" {
			t.Errorf("a text file is listed as a save")
		}
		if slots[i].Name == "broken" {
			broken = &slots[i]
		}
	}
	if broken == nil || !errors.Is(broken.Err, save.ErrTruncated) {
		t.Errorf("broken save listed as %+v", broken)
	}
	if _, err := save.NewDirStorage(dir).Load("broken"); !errors.Is(err, save.ErrTruncated) {
		t.Errorf("loading a truncated slot: %v", err)
	}
}

func TestDirStorageMissingFolder(t *testing.T) {
	slots, err := save.NewDirStorage(filepath.Join(t.TempDir(), "none")).List()
	if err != nil || len(slots) != 0 {
		t.Errorf("listing a folder not yet created: %v, %v", slots, err)
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv(save.SaveDirEnv, "/tmp/elsewhere")
	if d, err := save.DefaultDir(); err != nil || d != "/tmp/elsewhere" {
		t.Errorf("override: %q, %v", d, err)
	}
	t.Setenv(save.SaveDirEnv, "")
	cfg, err := os.UserConfigDir()
	if err != nil {
		t.Skip("no user config dir here")
	}
	if d, _ := save.DefaultDir(); d != filepath.Join(cfg, "backchannel", "saves") {
		t.Errorf("default dir %q", d)
	}
}
