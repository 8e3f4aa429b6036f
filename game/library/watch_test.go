package library

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWatchFile: a changed file arrives as a reload, and wakes the frame.
func TestWatchFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kessel.toml")
	src := tutorialText(t, "kessel")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	woke := make(chan struct{}, 8)
	w := WatchFile(path, 10*time.Millisecond, func() { woke <- struct{}{} })
	defer w.Stop()
	if _, ok := w.Poll(); ok {
		t.Fatal("a reload before the file changed")
	}
	retitled := bytes.Replace(src, []byte(`title = "Tutorial: The Radar at Kessel"`), []byte(`title = "Kessel, revised"`), 1)
	if err := os.WriteFile(path, retitled, 0o644); err != nil {
		t.Fatal(err)
	}
	<-woke // the state waited for: the watcher saw the change
	rl, ok := w.Poll()
	if !ok || rl.Scenario == nil || rl.Scenario.Title != "Kessel, revised" {
		t.Fatalf("reload %+v, %v", rl, ok)
	}
	var none *Watch
	if _, ok := none.Poll(); ok {
		t.Error("a nil watch has a reload")
	}
	none.Stop()
}
