//go:build js

package ui

import "syscall/js"

// browserClipboard is the browser's clipboard. Copying writes to it with
// navigator.clipboard; pasting is the browser's own: Ctrl+V pastes into
// ebiten's hidden text area, whose text reaches the field through the input
// method, so ReadText gives nothing and the field does not paste twice.
type browserClipboard struct{}

// systemClipboard returns the browser's clipboard.
func systemClipboard() Clipboard { return browserClipboard{} }

// ReadText implements Clipboard.
func (browserClipboard) ReadText() string { return "" }

// WriteText implements Clipboard. The browser may refuse (the page has no
// focus, or no permission); the copy is then lost, as in any page.
func (browserClipboard) WriteText(s string) {
	c := js.Global().Get("navigator").Get("clipboard")
	if c.IsUndefined() {
		return
	}
	p := c.Call("writeText", s)
	p.Call("catch", js.FuncOf(func(js.Value, []js.Value) any { return nil }))
}
