//go:build !js

package client

import "github.com/coder/websocket"

func dialOptions(origin string) *websocket.DialOptions {
	if origin == "" {
		return nil
	}
	return &websocket.DialOptions{HTTPHeader: map[string][]string{"Origin": {origin}}}
}
