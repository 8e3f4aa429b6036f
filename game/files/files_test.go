package files

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestRead refuses what is not a regular file, or is too large, and reads
// the rest; a FIFO is refused at once instead of blocking.
func TestRead(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.toml")
	if err := os.WriteFile(ok, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := Read(ok, 5); err != nil || string(data) != "hello" {
		t.Errorf("Read = %q, %v", data, err)
	}
	if _, err := Read(ok, 4); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := Read(dir, 100); !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a directory: %v", err)
	}
	if _, err := Read(dir+"/", 100); !errors.Is(err, ErrNotRegular) {
		t.Errorf("a directory with a slash: %v", err)
	}
	if _, err := Read(filepath.Join(dir, "gone"), 100); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
	if runtime.GOOS == "linux" {
		if _, err := Read("/dev/zero", 100); !errors.Is(err, ErrNotRegular) {
			t.Errorf("/dev/zero: %v", err)
		}
	}
}
