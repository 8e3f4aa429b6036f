//go:build unix

package save_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

// TestMain lets the kill test run this binary as a writer that saves in a
// loop until it is killed.
func TestMain(m *testing.M) {
	if dir := os.Getenv("BACKCHANNEL_TEST_WRITER"); dir != "" {
		_, rec, err := savetest.Play(7)
		if err != nil {
			os.Exit(3)
		}
		data, _ := save.Marshal(rec)
		for i := 0; ; i++ {
			if err := save.WriteAtomic(filepath.Join(dir, "game.json"), data); err != nil {
				os.Exit(4)
			}
			if i == 0 {
				os.WriteFile(filepath.Join(dir, "started"), nil, 0o644)
			}
		}
	}
	os.Exit(m.Run())
}

// TestKilledWritesLeaveNoLitter kills writers in the middle of their saves:
// the file is always a whole save, and the temporary files they leave are
// removed by the next listing (killed saves used to leave theirs forever:
// 125 after 250 kills).
func TestKilledWritesLeaveNoLitter(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	for range 20 {
		os.Remove(filepath.Join(dir, "started"))
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "BACKCHANNEL_TEST_WRITER="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for the state, not for a time: the writer has saved once.
		deadline := time.Now().Add(time.Minute)
		for {
			if _, err := os.Stat(filepath.Join(dir, "started")); err == nil {
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("the writer never saved")
			}
			time.Sleep(time.Millisecond)
		}
		cmd.Process.Kill()
		cmd.Wait()
		if _, err := save.ReadFile(filepath.Join(dir, "game.json")); err != nil {
			t.Fatalf("after a kill: %v", err)
		}
	}
	slots, err := save.NewDirStorage(dir).List()
	if err != nil || len(slots) != 1 {
		t.Fatalf("slots %+v, %v", slots, err)
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("left behind after listing: %v", left)
	}
}

// TestCleanStale keeps a write in progress (a live writer, a recent file)
// and removes a dead writer's file and one too old to be in progress.
func TestCleanStale(t *testing.T) {
	dir := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip(err)
	}
	live, deadPID := strconv.Itoa(os.Getpid()), strconv.Itoa(dead.Process.Pid)
	files := map[string]time.Duration{
		".tmp-a.json-" + live + "-1":    0,
		".tmp-a.json-" + deadPID + "-2": 0,
		".tmp-a.json-" + live + "-3":    -time.Hour,
		".tmp-a.json-old-4":             -time.Hour,
		".tmp-a.json-5":                 0, // an older version's name: kept until old
		"keep.json":                     -time.Hour,
	}
	for name, age := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		when := time.Now().Add(age)
		os.Chtimes(p, when, when)
	}
	if n := save.CleanStale(dir); n != 3 {
		t.Errorf("removed %d, want 3", n)
	}
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	// Directory order is by name, and where the pid sorts depends on its digits.
	want := []string{".tmp-a.json-" + live + "-1", ".tmp-a.json-5", "keep.json"}
	slices.Sort(want)
	if got := strings.Join(left, " "); got != strings.Join(want, " ") {
		t.Errorf("left %s, want %s", got, strings.Join(want, " "))
	}
}
