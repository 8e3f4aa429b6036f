//go:build unix

package files

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadFIFO: a FIFO is refused at once instead of blocking the reader
// until a writer comes (validate on a FIFO used to hang forever).
func TestReadFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	done := make(chan error, 1)
	go func() { _, err := Read(fifo, 100); done <- err }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "pipe") {
			t.Errorf("a FIFO: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("reading a FIFO blocked")
	}
}
