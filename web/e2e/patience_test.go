//go:build !js

package e2e

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// patient stretches a deadline by how busy the machine is now. The
// deadlines in these tests only stop a wait for a state that never comes.
// On a machine running two copies of the tests beside other work, Chromium's
// software WebGL gets a small share of a core, and a screen that comes in
// 20 s on a quiet machine takes minutes: the same wait, stretched by the
// load per core, still fails within its plain deadline when the machine is
// quiet and a screen really never comes.
func patient(d time.Duration) time.Duration {
	return time.Duration(float64(d) * busyFactor())
}

// busyFactor is the one-minute load average per core, between 1 and 8
// (1 where the load cannot be read).
func busyFactor() float64 {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 1
	}
	fields := strings.Fields(string(raw))
	if len(fields) == 0 {
		return 1
	}
	load, err := strconv.ParseFloat(fields[0], 64)
	if err != nil {
		return 1
	}
	return min(max(load/float64(runtime.NumCPU()), 1), 8)
}
