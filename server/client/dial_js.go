//go:build js

package client

import "github.com/coder/websocket"

// dialOptions: in a browser the page's own origin is sent.
func dialOptions(string) *websocket.DialOptions { return nil }
