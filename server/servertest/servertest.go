//go:build !js

// Package servertest starts a class server in a test's process, for the
// tests of the packages that play against one (the board over a seat,
// the browser build): a SQLite file in the test's folder, a server on
// loopback, and sessions made through its API as the console makes them.
package servertest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"backchannel/server"
	"backchannel/server/store"
)

// Host is a running class server.
type Host struct {
	t   testing.TB
	Srv *server.Server
	URL string
}

// Start starts a server with opt (its Store is made here); everything
// stops when the test ends.
func Start(t testing.TB, opt server.Options) *Host {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "class.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	opt.Store = st
	srv, err := server.New(ctx, opt)
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(func() {
		ts.CloseClientConnections()
		ts.Close()
		srv.Close()
		st.Close()
	})
	return &Host{t: t, Srv: srv, URL: ts.URL}
}

// Create makes a session with the host's instructor key.
func (h *Host) Create(req server.CreateRequest) server.Created {
	h.t.Helper()
	var cr server.Created
	h.Post("/api/sessions", h.Srv.AdminKey(), req, &cr)
	return cr
}

// Post sends an API request with a key and decodes the answer into out
// (when not nil); anything but 200 fails the test.
func (h *Host) Post(path, key string, body, out any) {
	h.t.Helper()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequest("POST", h.URL+path, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		h.t.Fatalf("POST %s: %s", path, resp.Status)
	}
	if out != nil {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			h.t.Fatalf("POST %s: %v", path, err)
		}
	}
}
