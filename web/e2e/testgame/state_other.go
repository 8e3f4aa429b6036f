//go:build !js

package main

// publish does nothing on the desktop: only the browser tests observe the
// state.
func publish(*state) {}
