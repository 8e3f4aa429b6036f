//go:build !js

package web

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestRangeCapped: a thousand one-byte ranges were answered with ten times
// the file, part headers and all; past maxRanges the whole file is sent.
func TestRangeCapped(t *testing.T) {
	dir := site(t)
	h := NewHandler(dir)
	size := int64(4008) // game.wasm in site()
	var many []string
	for i := range 1000 {
		many = append(many, fmt.Sprintf("%d-%d", i, i))
	}
	for _, tc := range []struct {
		rng    string
		status int
	}{
		{"bytes=" + strings.Join(many, ","), http.StatusOK},
		{"bytes=0-0,2-2,4-4", http.StatusPartialContent},
		{"bytes=" + strings.Repeat("0-1,", 7) + "0-1", http.StatusPartialContent}, // eight: allowed
		{"bytes=" + strings.Repeat(" ", 300) + "0-1", http.StatusOK},
	} {
		req := httptest.NewRequest("GET", "/game.wasm", nil)
		req.Header.Set("Range", tc.rng)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tc.status || int64(rec.Body.Len()) > size+1024 {
			t.Errorf("Range %.40s…: status %d, %d bytes for a file of %d", tc.rng, rec.Code, rec.Body.Len(), size)
		}
	}
}

// FuzzRange: whatever the Range header, the answer is never much larger
// than the file.
func FuzzRange(f *testing.F) {
	f.Add("bytes=0-0,1-1,2-2")
	f.Add("bytes=-5")
	f.Add("bytes=100-,0-")
	dir := site(f)
	h := NewHandler(dir)
	f.Fuzz(func(t *testing.T, rng string) {
		req := httptest.NewRequest("GET", "/game.wasm", nil)
		req.Header.Set("Range", rng)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if n := rec.Body.Len(); n > 4008+maxRanges*200+200 {
			t.Fatalf("Range %q: %d bytes for a file of 4008", rng, n)
		}
	})
}

// TestGzipOnce: concurrent requests for a file with no .gz beside it share
// one compression (each used to compress the 27 MB game.wasm separately).
func TestGzipOnce(t *testing.T) {
	dir := site(t)
	big := bytes.Repeat([]byte("(module (func $f (result i32) i32.const 42))\n"), 100_000)
	if err := os.WriteFile(filepath.Join(dir, "big.wasm"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	h := NewHandler(dir).(*handler)
	var wg sync.WaitGroup
	bodies := make([][]byte, 40)
	for i := range bodies {
		wg.Go(func() {
			req := httptest.NewRequest("GET", "/big.wasm", nil)
			req.Header.Set("Accept-Encoding", "gzip")
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code == http.StatusOK && rec.Header().Get("Content-Encoding") == "gzip" {
				bodies[i] = rec.Body.Bytes()
			}
		})
	}
	wg.Wait()
	for i, b := range bodies {
		if b == nil || !bytes.Equal(b, bodies[0]) {
			t.Fatalf("request %d got another answer", i)
		}
	}
	h.gz.mu.Lock()
	runs := h.gz.runs
	h.gz.mu.Unlock()
	if runs != 1 {
		t.Errorf("%d compressions for 40 requests", runs)
	}
}

// TestSlowReaderDropped: a client that never reads its answer is cut off
// by the write timeout instead of holding the connection.
func TestSlowReaderDropped(t *testing.T) {
	dir := site(t)
	noise := make([]byte, 32<<20)
	for i := range noise {
		noise[i] = byte(rand.Uint32())
	}
	if err := os.WriteFile(filepath.Join(dir, "noise.png"), noise, 0o644); err != nil {
		t.Fatal(err)
	}
	returned := make(chan struct{})
	var once sync.Once
	h := NewHandler(dir)
	srv := NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r)
		once.Do(func() { close(returned) })
	}))
	srv.WriteTimeout = 300 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(Limit(ln, 4))
	defer srv.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "GET /noise.png HTTP/1.1\r\nHost: x\r\n\r\n")
	select { // the state: the handler gave up on the write
	case <-returned:
	case <-time.After(time.Minute):
		t.Fatal("the server still writes to a client that does not read")
	}
	n, _ := io.Copy(io.Discard, bufio.NewReader(c))
	if n >= int64(len(noise)) {
		t.Errorf("the whole file went out (%d bytes)", n)
	}
}

// TestConnLimit: past the limit, a connection waits until another closes.
func TestConnLimit(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := Limit(ln, 2)
	defer l.Close()
	accepted := make(chan net.Conn, 3)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			accepted <- c
		}
	}()
	for range 3 {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
	}
	first, second := <-accepted, <-accepted
	select {
	case <-accepted:
		t.Fatal("a third connection was accepted past the limit of 2")
	case <-time.After(200 * time.Millisecond): // a bound on an absence, not a wait for a state
	}
	first.Close()
	third := <-accepted
	second.Close()
	third.Close()
}
