//go:build js

package web

import "testing"

// TestGPUFenceWithoutCanvas checks that a page without a WebGL 2 canvas
// (here Node, which has no document) never holds the start: a fence set
// there has passed at once (run under Node: GOOS=js GOARCH=wasm go test
// -exec go_js_wasm_exec).
func TestGPUFenceWithoutCanvas(t *testing.T) {
	f := NewGPUFence()
	for i := range 3 {
		f.Set()
		if !f.Passed() {
			t.Fatalf("fence %d has not passed without a canvas to wait for", i+1)
		}
	}
}
