//go:build !unix

package gametest

import "time"

// CPUTime is 0 where the process cannot read its CPU time (the browser).
func CPUTime() time.Duration { return 0 }
