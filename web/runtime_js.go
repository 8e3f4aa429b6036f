//go:build js

package web

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"syscall/js"
)

// MemoryLimit is the Go runtime's soft memory limit in the browser (see
// StartBrowser). The browser game's budget is 150 MB of WebAssembly memory
// on the letter-2009 board; the limit leaves room under it for what the Go
// heap does not count (goroutine stacks, the runtime's own structures, and
// free spans that wasm memory cannot give back).
const MemoryLimit = 100 << 20

// StartBrowser prepares the Go runtime for the page, before the game opens
// its window. It sets the soft memory limit MemoryLimit: WebAssembly memory
// grows but never shrinks, so every peak of the Go heap stays in the tab
// for good, and with the limit the collector runs before the heap grows
// past it rather than at twice the live heap. It also sets
// window.backchannelMetrics, which the page's status object calls for its
// memory figures (backchannelStatus.memory). Last it lets the page run a
// task of its own, so that the start of Go and the packages' inits (ebiten
// compiles its built-in shaders in its own) are one task of the page, and
// opening the window (ebiten's WebGL set-up and first frame) another: each
// holds the page half as long as both did (issue 13: no task over 200 ms).
//
// The collector is off during the start (EndStart turns it back on): wasm
// has one thread and no preemption, so each collection's marking ran to
// its end inside whichever step of the start was running (0.2–0.3 s of a
// scenario step at load 13–17), and the start allocates little (the whole
// start, board and five turns of letter-2009 allocate 44 MB), so the heap
// grows by a few MB. The memory limit still holds.
func StartBrowser() {
	debug.SetMemoryLimit(MemoryLimit)
	debug.SetGCPercent(-1)
	js.Global().Set("backchannelMetrics", js.FuncOf(func(js.Value, []js.Value) any {
		return readMetrics()
	}))
	// For the end-to-end tests, when a wait times out (see contract.go).
	js.Global().Set("backchannelStacks", js.FuncOf(func(js.Value, []js.Value) any {
		buf := make([]byte, 1<<20)
		return string(buf[:runtime.Stack(buf, true)])
	}))
	yieldToPage()
}

// EndStart collects the start's garbage now, in one go (in a frame of
// the start's own: window calls it before the first screen's first draw),
// and turns the collector back on at Go's default GOGC of 100, which the
// page cannot change.
func EndStart() {
	runtime.GC()
	debug.SetGCPercent(100)
}

// yieldToPage returns when the page has run a task after this one. A Go
// program in a page hands the page back its thread only when every
// goroutine waits, as this one does for a timer of the page's.
func yieldToPage() {
	done := make(chan struct{})
	f := js.FuncOf(func(js.Value, []js.Value) any {
		close(done)
		return nil
	})
	defer f.Release()
	js.Global().Call("setTimeout", f, 0)
	<-done
}

// readMetrics returns a few runtime/metrics as a JavaScript object, keyed by
// their names without the unit ("/gc/heap/goal").
func readMetrics() any {
	names := []string{
		"/memory/classes/total:bytes",        // all memory the Go runtime mapped
		"/memory/classes/heap/objects:bytes", // live objects and those not yet swept
		"/memory/classes/heap/unused:bytes",  // free space in heap spans
		"/memory/classes/heap/free:bytes",    // free spans, kept (wasm memory never shrinks)
		"/memory/classes/heap/stacks:bytes",  // goroutine stacks
		"/gc/heap/goal:bytes",                // the heap size at which the next collection starts
		"/gc/heap/allocs:bytes",              // allocated since the start, in all
		"/gc/cycles/total:gc-cycles",         // collections since the start
		"/gc/gomemlimit:bytes",               // the soft limit in force
		"/sched/goroutines:goroutines",
	}
	samples := make([]metrics.Sample, len(names))
	for i, name := range names {
		samples[i].Name = name
	}
	metrics.Read(samples)
	out := make(map[string]any, len(samples))
	for _, s := range samples {
		key, _, _ := strings.Cut(s.Name, ":")
		switch s.Value.Kind() {
		case metrics.KindUint64:
			out[key] = float64(s.Value.Uint64())
		case metrics.KindFloat64:
			out[key] = s.Value.Float64()
		}
	}
	return out
}
