//go:build js

package ui

import "syscall/js"

// wakeDeferredText starts at once a text session that ebiten has put off.
//
// In the browser, ebiten's textinput focuses its hidden text area only from
// a user-interaction handler (iOS Safari shows its keyboard for no other
// focus), so a field that takes the keyboard after a click, as the statement
// dialog's search box does, waits for the student's next key. The first key
// goes to the canvas and the second arrives before the session starts: a
// student who opened the dialog and typed "radar" got "dar". Desktop
// browsers take the focus outside a handler, so this runs ebiten's own
// handler now (it listens for keyup on the body). Where the browser refuses
// the focus (a phone), the deferral is put back as it was, for the next tap.
// It reports whether it started anything.
func wakeDeferredText() bool {
	w := js.Global()
	x, y := w.Get("_ebitengine_textinput_x"), w.Get("_ebitengine_textinput_y")
	if x.IsUndefined() || y.IsUndefined() {
		return false
	}
	doc := w.Get("document")
	area := doc.Call("getElementById", "ebitengine-textinput")
	if !area.Truthy() {
		return false
	}
	doc.Get("body").Call("dispatchEvent", w.Get("KeyboardEvent").New("keyup"))
	if doc.Get("activeElement").Equal(area) {
		return true
	}
	w.Set("_ebitengine_textinput_x", x)
	w.Set("_ebitengine_textinput_y", y)
	w.Set("_ebitengine_textinput_ready", js.Undefined())
	return false
}
