//go:build js

package main

import (
	"encoding/json"
	"syscall/js"
)

var lastPublished string

// publish sets window.testgame to the state, as a plain object, when it
// changed.
func publish(st *state) {
	b, err := json.Marshal(st)
	if err != nil {
		panic(err)
	}
	if s := string(b); s != lastPublished {
		lastPublished = s
		js.Global().Set("testgame", js.Global().Get("JSON").Call("parse", s))
	}
}
