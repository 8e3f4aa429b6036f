//go:build unix

package gametest

import (
	"syscall"
	"time"
)

// CPUTime is the CPU time the process has used so far, user and system,
// every thread included. Benchmarks report figures per CPU second beside
// those by the clock: on a machine shared with other work the clock
// counts the waits, the CPU time hardly.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
