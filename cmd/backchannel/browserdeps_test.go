//go:build !js

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestBrowserBuildLeavesOut checks that the browser build does not link
// packages it has no use for in the page (issue 13: the wasm's size is
// compiled and initialised before the first frame). net/http came in with
// github.com/coder/websocket for the class seat, and crypto/tls and
// crypto/x509 with it: 1.7 MB of game.wasm; the page's own WebSocket does
// (server/client/dial_js.go).
func TestBrowserBuildLeavesOut(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps["backchannel/server/client"] {
		t.Fatal("the browser build does not link backchannel/server/client: is this list still right?")
	}
	for _, p := range []string{"net/http", "crypto/tls", "crypto/x509", "github.com/coder/websocket"} {
		if deps[p] {
			t.Errorf("the browser build links %s", p)
		}
	}
}
