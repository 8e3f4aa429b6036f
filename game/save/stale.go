package save

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// staleAge is how old a temporary file must be before it is removed
// whatever its writer: an atomic write takes milliseconds.
const staleAge = 10 * time.Minute

// tempPattern is the name of a temporary file for base, carrying the
// writer's process id so that a later process can tell a dead writer's
// leftover from a write in progress.
func tempPattern(base string) string {
	return tempPrefix + base + "-" + strconv.Itoa(os.Getpid()) + "-*"
}

// CleanStale removes the temporary files a killed write left in dir: those
// whose writer is gone, and any older than staleAge. It is called when a
// save folder is opened and listed, and before each atomic write (for the
// file written), so leftovers never pile up. It reports how many it
// removed; errors are ignored, as the files are only litter.
func CleanStale(dir string) int { return cleanStale(dir, "", time.Now()) }

// cleanStale removes stale temporary files in dir, only those for base
// when base is not empty.
func cleanStale(dir, base string, now time.Time) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	prefix := tempPrefix
	if base != "" {
		prefix += base + "-"
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		if now.Sub(info.ModTime()) < staleAge && writerAlive(name) {
			continue
		}
		if os.Remove(filepath.Join(dir, name)) == nil {
			n++
		}
	}
	return n
}

// writerAlive reports whether the process that named a temporary file may
// still be writing it. The id is the last but one dash-separated field; a
// name without one (from an older version) counts as alive, to be removed
// by age.
func writerAlive(name string) bool {
	parts := strings.Split(name, "-")
	if len(parts) < 3 {
		return true
	}
	pid, err := strconv.Atoi(parts[len(parts)-2])
	if err != nil || pid <= 0 {
		return true
	}
	if pid == os.Getpid() {
		return true // a write of ours, in progress in another goroutine
	}
	return processAlive(pid)
}
