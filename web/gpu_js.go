//go:build js

package web

import "syscall/js"

// The WebGL 2 names a fence needs.
const (
	glSyncGPUCommandsComplete = 0x9117
	glSyncStatus              = 0x9114
	glSignaled                = 0x9119
)

// GPUFence tells the game when the GPU has done the drawing that the page
// sent it, without waiting for it. In Chromium a page's WebGL calls go to
// the GPU process, which runs them later, in order; a call that needs an
// answer from it (ebiten reading a program's link status, deleting a
// buffer) holds the page's only thread until the GPU process has run all
// that was sent before. A fence set in the command stream and asked about
// in later frames answers at once, from a cache the browser updates
// between tasks (WebGL 2's getSyncParameter never waits).
type GPUFence struct {
	gl    js.Value // the canvas's WebGL 2 context, once found
	fence js.Value // the fence set last, until it has passed
}

// NewGPUFence returns a GPUFence. It looks for the canvas's context at its
// first Set, which must come after ebiten has made the context (after the
// first frame): asked first, the browser would make one with its own
// settings, and ebiten would get that one.
func NewGPUFence() *GPUFence { return &GPUFence{} }

// Set sets a fence after everything the page has sent the GPU so far. A
// frame's drawing is sent at its end, so a fence set in a frame's Update
// comes after the frames before it.
func (f *GPUFence) Set() {
	if f.gl.IsUndefined() {
		f.gl = context()
	}
	if f.gl.IsNull() {
		return
	}
	if !f.fence.IsUndefined() {
		f.gl.Call("deleteSync", f.fence)
	}
	f.fence = f.gl.Call("fenceSync", glSyncGPUCommandsComplete, 0)
}

// Passed reports whether the GPU has run everything sent before the last
// Set. Without a fence (no Set, or no WebGL 2 canvas) it reports true.
func (f *GPUFence) Passed() bool {
	if f.fence.IsUndefined() || f.fence.IsNull() {
		return true
	}
	if f.gl.Call("getSyncParameter", f.fence, glSyncStatus).Int() != glSignaled {
		return false
	}
	f.gl.Call("deleteSync", f.fence)
	f.fence = js.Undefined()
	return true
}

// context returns the WebGL 2 context of the page's canvas, or null.
func context() js.Value {
	doc := js.Global().Get("document")
	if doc.Type() != js.TypeObject {
		return js.Null()
	}
	c := doc.Call("querySelector", "body > canvas")
	if c.Type() != js.TypeObject {
		return js.Null()
	}
	return c.Call("getContext", "webgl2")
}
