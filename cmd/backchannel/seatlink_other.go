//go:build !js

package main

// seatFromPage: only the browser build is opened from a seat's link; the
// desktop takes a seat with `backchannel join`.
func seatFromPage() (base, token, member string, ok bool) { return "", "", "", false }
