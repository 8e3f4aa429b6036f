//go:build !js

package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"backchannel/server"
	"backchannel/server/client"
	"backchannel/server/store"
)

// host is a class server in the test process.
type host struct {
	t   *testing.T
	srv *server.Server
	ts  *httptest.Server
	st  store.Store
	// skew moves the server's clock ahead, in nanoseconds.
	skew atomic.Int64
}

func startHost(t *testing.T, dsn string) *host {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	h := &host{t: t, st: st}
	srv, err := server.New(ctx, server.Options{Store: st, PollEvery: 50 * time.Millisecond, Log: log.New(testLog{t}, "", 0),
		Now: func() time.Time { return time.Now().Add(time.Duration(h.skew.Load())) }})
	if err != nil {
		t.Fatal(err)
	}
	h.srv, h.ts = srv, httptest.NewServer(srv)
	t.Cleanup(func() {
		h.ts.CloseClientConnections()
		h.ts.Close()
		srv.Close()
		st.Close()
	})
	return h
}

// call makes an API request with the host's key and decodes the answer.
func call(t *testing.T, base, key, method, path string, body, out any) int {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, base+path, rd)
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %d %s", method, path, resp.StatusCode, b)
		}
	}
	return resp.StatusCode
}

func (h *host) create(req server.CreateRequest) server.Created {
	h.t.Helper()
	var cr server.Created
	if code := call(h.t, h.ts.URL, h.srv.AdminKey(), "POST", "/api/sessions", req, &cr); code != 200 {
		h.t.Fatalf("creating a session: %d %+v", code, cr)
	}
	return cr
}

var members int

// student connects a new student to a seat and joins it.
func student(t *testing.T, base, token, name string, opt client.Options) *client.Client {
	t.Helper()
	members++
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, err := client.Dial(ctx, base, token, fmt.Sprintf("member-%s-%06d", name, members), opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	if err := c.Join(ctx, name); err != nil {
		t.Fatalf("%s joining: %v", name, err)
	}
	return c
}

func within(d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	_ = cancel // released when the deadline passes
	return ctx
}

// httpGet reads a URL with an instructor key.
func httpGet(url, key string) ([]byte, error) {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("%s: %d %s", url, resp.StatusCode, b)
	}
	return b, err
}

// testLog writes the server's log lines into the test's.
type testLog struct{ t *testing.T }

func (w testLog) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}
