package scenario

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWatch edits a scenario file under a watcher: a good change reloads,
// a broken one reports its errors, a fix reloads again.
func TestWatch(t *testing.T) {
	good, err := Starter("watched", "watched.toml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "watched.toml")
	// Writes replace the file whole (as most editors save): a write that
	// truncates first can sit empty for longer than the test's 10 ms
	// interval on a busy machine, and the watcher would rightly load it.
	write := func(src []byte) {
		t.Helper()
		tmp := path + ".new"
		if err := os.WriteFile(tmp, src, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			t.Fatal(err)
		}
	}
	next := func(w *Watcher) Reload {
		t.Helper()
		select {
		case r := <-w.Changes():
			return r
		case <-time.After(5 * time.Second):
			t.Fatal("no reload within 5s")
		}
		return Reload{}
	}
	write(good)
	w := Watch(path, 10*time.Millisecond)
	defer w.Stop()

	write(append(good, "\n# an edit\n"...))
	if r := next(w); r.Err != nil || r.Scenario == nil || r.Scenario.ID != "watched" {
		t.Fatalf("good edit: %v", r.Err)
	}
	write(append(good, "\n[[actors]]\nid = 3\n"...))
	if r := next(w); r.Err == nil || r.Scenario != nil || !r.Diags.HasErrors() {
		t.Fatalf("broken edit: want errors and no scenario, got %v", r.Err)
	}
	write(good)
	if r := next(w); r.Err != nil || r.Scenario == nil {
		t.Fatalf("fixed: %v", r.Err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if r := next(w); r.Err == nil {
		t.Fatal("removal: want an error")
	}
	w.Stop()
	if _, open := <-w.Changes(); open {
		t.Error("Changes() still open after Stop")
	}
}
