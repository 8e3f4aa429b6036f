//go:build !js

package ui

// wakeDeferredText has nothing to wake outside the browser: the desktop's
// input method starts its session when the field asks (see textwake_js.go).
func wakeDeferredText() bool { return false }
