package lab

import (
	"os"
	"runtime/debug"
)

// BulkGC lets the garbage collector wait until the heap is five times what
// survives (GOGC=400, unless GOGC is set) while games are played in bulk:
// a game keeps little and throws away much, so collecting at the default
// twice only costs time. simulate, lab and the games-per-second benchmark
// play under it. It returns the function that restores the setting.
func BulkGC() func() {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(400)
	return func() { debug.SetGCPercent(old) }
}
