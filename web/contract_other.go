//go:build !js

package web

// IsBrowser reports whether the program runs in a web page.
const IsBrowser = false

// PendingFiles returns nil: outside the browser there is no page to open
// files in (the desktop game uses ebiten.DroppedFiles and its own dialogs).
func PendingFiles() []File { return nil }

// QueryParams returns an empty map: a desktop program has no URL.
func QueryParams() map[string]string { return map[string]string{} }

// OpenFilePicker does nothing and reports false outside the browser.
func OpenFilePicker() bool { return false }

// NotifyFirstFrame does nothing outside the browser.
func NotifyFirstFrame() {}

// SetWake does nothing outside the browser; release neither.
func SetWake(func()) (release func()) { return func() {} }

// Mirror does nothing outside the browser.
func Mirror(string) {}

// StartBrowser does nothing outside the browser.
func StartBrowser() {}

// EndStart does nothing outside the browser.
func EndStart() {}

// Mark does nothing outside the browser.
func Mark(string) {}

// GPUFence tells when the GPU has done what the page sent it (see the
// browser's); outside the browser nothing waits for it.
type GPUFence struct{}

// NewGPUFence returns a GPUFence.
func NewGPUFence() *GPUFence { return &GPUFence{} }

// Set does nothing outside the browser.
func (*GPUFence) Set() {}

// Passed reports true: outside the browser there is nothing to wait for.
func (*GPUFence) Passed() bool { return true }
