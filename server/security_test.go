//go:build !js

package server_test

import (
	"context"
	"log"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"backchannel/game/class"
	"backchannel/server"
	"backchannel/server/client"
	"backchannel/server/store"
)

// TestKeyOnlyInHeader: an instructor key in a URL opens nothing (it would
// stay in browsers' histories and proxies' logs); in the header it does.
func TestKeyOnlyInHeader(t *testing.T) {
	h := startHost(t, filepath.Join(t.TempDir(), "c.sqlite"))
	cr := h.create(tutorialClass(0))
	for _, k := range []string{h.srv.AdminKey(), cr.Instructor} {
		resp, err := http.Get(h.ts.URL + "/api/sessions/" + cr.ID + "/report?key=" + k)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("a key in the URL: %d", resp.StatusCode)
		}
		if _, err := httpGet(h.ts.URL+"/api/sessions/"+cr.ID+"/report", k); err != nil {
			t.Fatalf("the key in the header: %v", err)
		}
	}
}

// TestDeleteSession: the instructor deletes a session; it is gone from
// the list and the store, its students are told, and its links open
// nothing.
func TestDeleteSession(t *testing.T) {
	h := startHost(t, filepath.Join(t.TempDir(), "c.sqlite"))
	keep, gone := h.create(tutorialClass(0)), h.create(tutorialClass(0))
	ada := student(t, h.ts.URL, gone.Seats["ALD"], "Ada", client.Options{})
	ctx := within(30 * time.Second)
	if err := ada.HandIn(ctx, nil); err != nil {
		t.Fatal(err)
	}
	var e map[string]any
	if code := call(t, h.ts.URL, gone.Instructor, "POST", "/api/sessions/"+gone.ID+"/delete", nil, &e); code != 200 {
		t.Fatalf("deleting: %d %v", code, e)
	}
	// The student's connection closes; dialled again, the link opens nothing.
	if _, err := ada.Until(ctx, func(*class.SeatView) bool { return false }); err == nil || !strings.Contains(err.Error(), "not a seat") {
		t.Fatalf("the student of a deleted session: %v", err)
	}
	var list []struct{ ID string }
	call(t, h.ts.URL, h.srv.AdminKey(), "GET", "/api/sessions", nil, &list)
	if len(list) != 1 || list[0].ID != keep.ID {
		t.Fatalf("sessions after deleting one: %+v", list)
	}
	if code := call(t, h.ts.URL, h.srv.AdminKey(), "GET", "/api/sessions/"+gone.ID, nil, &e); code != 404 {
		t.Fatalf("a deleted session's overview: %d %v", code, e)
	}
	if evs, err := h.st.Events(ctx, gone.ID, 0); len(evs) != 0 || err != nil {
		t.Fatalf("a deleted session's events: %d %v", len(evs), err)
	}
	if _, err := h.st.Record(ctx, gone.ID); err != store.ErrNotFound {
		t.Fatalf("a deleted session's save: %v", err)
	}
	if code := call(t, h.ts.URL, "", "GET", "/api/join/"+gone.Code, nil, &e); code != 404 {
		t.Fatalf("a deleted session's code: %d", code)
	}
	// The other session plays on.
	cy := student(t, h.ts.URL, keep.Seats["BOR"], "Cy", client.Options{})
	if err := cy.HandIn(ctx, nil); err != nil {
		t.Fatal(err)
	}
}

// TestBehindAProxy: behind a configured proxy, the rate limits count each
// student's own address (from X-Forwarded-For), so one student's wrong
// codes do not lock out the class; from anyone else the header is
// ignored, so it cannot be forged to escape the limits.
func TestBehindAProxy(t *testing.T) {
	proxies, err := server.ParseProxies("127.0.0.1, ::1")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		proxies bool
	}{{"behind the proxy", true}, {"without a proxy", false}} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "c.sqlite"))
			if err != nil {
				t.Fatal(err)
			}
			opt := server.Options{Store: st, Log: log.New(testLog{t}, "", 0)}
			if tc.proxies {
				opt.Proxies = proxies
			}
			srv, err := server.New(context.Background(), opt)
			if err != nil {
				t.Fatal(err)
			}
			ts := httptest.NewServer(srv)
			defer func() { ts.Close(); srv.Close(); st.Close() }()
			get := func(from string) int {
				req, _ := http.NewRequest("GET", ts.URL+"/api/join/ZZZZ-ZZZZ", nil)
				req.Header.Set("X-Forwarded-For", "198.51.100.7, "+from)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				return resp.StatusCode
			}
			// One student guesses codes until the limit stops them.
			n := 0
			for ; get("203.0.113.5") == http.StatusNotFound; n++ {
				if n > 100 {
					t.Fatal("wrong codes were never limited")
				}
			}
			// Another student's wrong code is still answered, behind a proxy;
			// without one, both are the same address (the header is ignored).
			code := get("203.0.113.6")
			if tc.proxies && code != http.StatusNotFound || !tc.proxies && code != http.StatusTooManyRequests {
				t.Fatalf("after %d wrong codes from one student, another's: %d", n, code)
			}
		})
	}
}

func TestParseProxies(t *testing.T) {
	if p, err := server.ParseProxies("10.0.0.0/8, 192.0.2.1,fd00::/8"); err != nil || len(p) != 3 || p[1].Bits() != 32 {
		t.Fatalf("%v %v", p, err)
	}
	if _, err := server.ParseProxies("10.0.0"); err == nil || !strings.Contains(err.Error(), "neither an address") {
		t.Fatalf("a bad address: %v", err)
	}
}
