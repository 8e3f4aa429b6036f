//go:build js

package main

import (
	"crypto/rand"
	"encoding/hex"
	"syscall/js"

	"backchannel/web"
)

// seatFromPage reads a seat from the page's link, /play/?seat=TOKEN, as
// the seat's page opens the board: the class server is the page's own
// origin, and the student's id is the one the seat's page keeps in this
// browser (the same key as server/static/seat.js), so the board and the
// page are one student.
func seatFromPage() (base, token, member string, ok bool) {
	token = web.QueryParams()["seat"]
	if token == "" {
		return "", "", "", false
	}
	base = js.Global().Get("location").Get("origin").String()
	store := js.Global().Get("localStorage")
	key := "backchannel-member-" + token
	if m := store.Call("getItem", key); m.Type() == js.TypeString && m.String() != "" {
		return base, token, m.String(), true
	}
	b := make([]byte, 18)
	rand.Read(b)
	member = hex.EncodeToString(b)
	store.Call("setItem", key, member)
	return base, token, member, true
}
