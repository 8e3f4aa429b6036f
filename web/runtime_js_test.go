//go:build js

package web

import (
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// TestStartTurnsTheCollectorOff checks that the collector is off from
// StartBrowser to EndStart, and that EndStart collects once and turns it
// back on (run under Node: GOOS=js GOARCH=wasm go test -exec go_js_wasm_exec).
func TestStartTurnsTheCollectorOff(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	StartBrowser()
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Fatalf("after StartBrowser the collector's GOGC is %d, want -1 (off)", p)
	}
	before := cycles()
	EndStart()
	if n := cycles() - before; n < 1 {
		t.Errorf("EndStart ran %d collections, want one", n)
	}
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("after EndStart GOGC is %d, want 100", p)
	}
}

// cycles is the number of collections so far.
func cycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
