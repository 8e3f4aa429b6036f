//go:build !js

package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// site writes a small site into a temporary folder, with a secret beside it
// that no request may reach.
func site(t testing.TB) string {
	t.Helper()
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	files := map[string]string{
		"index.html":        "<!doctype html><title>Backchannel</title>" + strings.Repeat(" ", 300),
		"loader.js":         "console.log('x');" + strings.Repeat("// padding\n", 100),
		"style.css":         "body{}" + strings.Repeat("\n", 300),
		"favicon.svg":       `<svg xmlns="http://www.w3.org/2000/svg"></svg>` + strings.Repeat(" ", 300),
		"game.wasm":         "\x00asm\x01\x00\x00\x00" + strings.Repeat("\x00", 4000),
		"wasm_exec.js":      "class Go {}",
		"sub/index.html":    "sub",
		"scenario.toml":     "[scenario]\nid = 'x'\n",
		".hidden":           "secret",
		"image.png":         "\x89PNG" + strings.Repeat("\x00", 1000),
		"precomp/a.js":      strings.Repeat("a", 1000),
		"precomp/a.js.gz":   "", // filled below with real gzip data
		"stale/b.js":        strings.Repeat("b", 1000),
		"stale/b.js.gz":     "",
		"dir-no-index/x.js": "x",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, ".gz") {
			body = gzipString(t, "PRECOMPRESSED "+name)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The files were written in map order: make a.js.gz newer than a.js, as a
	// build makes it, and b.js.gz stale (older than its file), to be ignored.
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(filepath.Join(dir, "precomp", "a.js.gz"), later, later); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "stale", "b.js.gz"), old, old); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(parent, "secret.txt"), []byte("top secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(parent, "secret.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Logf("no symlink test: %v", err)
	}
	return dir
}

func gzipString(t testing.TB, s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	io.WriteString(zw, s)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func get(t *testing.T, h http.Handler, method, target string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestHandlerMIMETypes(t *testing.T) {
	h := NewHandler(site(t))
	for path, want := range map[string]string{
		"/":              "text/html; charset=utf-8",
		"/index.html":    "text/html; charset=utf-8",
		"/game.wasm":     "application/wasm",
		"/loader.js":     "text/javascript; charset=utf-8",
		"/wasm_exec.js":  "text/javascript; charset=utf-8",
		"/style.css":     "text/css; charset=utf-8",
		"/favicon.svg":   "image/svg+xml",
		"/scenario.toml": "text/plain; charset=utf-8",
		"/image.png":     "image/png",
	} {
		resp := get(t, h, "GET", path, nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: status %d", path, resp.StatusCode)
		}
		if got := resp.Header.Get("Content-Type"); got != want {
			t.Errorf("GET %s: Content-Type %q, want %q", path, got, want)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q", path, got)
		}
		if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q, want no-cache", path, got)
		}
	}
}

func TestHandlerGzipOnTheFly(t *testing.T) {
	dir := site(t)
	h := NewHandler(dir)
	want, _ := os.ReadFile(filepath.Join(dir, "game.wasm"))

	plain := get(t, h, "GET", "/game.wasm", nil)
	if enc := plain.Header.Get("Content-Encoding"); enc != "" {
		t.Errorf("without Accept-Encoding: Content-Encoding %q", enc)
	}
	if got := body(t, plain); got != string(want) {
		t.Errorf("plain body differs")
	}
	if v := plain.Header.Get("Vary"); v != "Accept-Encoding" {
		t.Errorf("plain: Vary %q, want Accept-Encoding", v)
	}

	for i := range 2 { // the second answer comes from the cache
		resp := get(t, h, "GET", "/game.wasm", map[string]string{"Accept-Encoding": "deflate, gzip;q=0.8"})
		if enc := resp.Header.Get("Content-Encoding"); enc != "gzip" {
			t.Fatalf("round %d: Content-Encoding %q, want gzip", i, enc)
		}
		if v := resp.Header.Get("Vary"); v != "Accept-Encoding" {
			t.Errorf("round %d: Vary %q", i, v)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("round %d: Content-Type %q", i, ct)
		}
		raw := body(t, resp)
		if cl := resp.Header.Get("Content-Length"); cl == "" {
			t.Errorf("round %d: no Content-Length", i)
		} else if cl != strconv.Itoa(len(raw)) {
			t.Errorf("round %d: Content-Length %s, body %d bytes", i, cl, len(raw))
		}
		zr, err := gzip.NewReader(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("round %d: gunzipped body differs from the file", i)
		}
	}

	if enc := get(t, h, "GET", "/game.wasm", map[string]string{"Accept-Encoding": "gzip;q=0"}).Header.Get("Content-Encoding"); enc != "" {
		t.Errorf("gzip;q=0: Content-Encoding %q", enc)
	}
	if enc := get(t, h, "GET", "/image.png", map[string]string{"Accept-Encoding": "gzip"}).Header.Get("Content-Encoding"); enc != "" {
		t.Errorf("png: Content-Encoding %q, want none", enc)
	}
}

func TestHandlerPrecompressed(t *testing.T) {
	h := NewHandler(site(t))
	resp := get(t, h, "GET", "/precomp/a.js", map[string]string{"Accept-Encoding": "gzip"})
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/javascript; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	if string(got) != "PRECOMPRESSED precomp/a.js.gz" {
		t.Errorf("served %q, want the .gz file", got)
	}

	// b.js.gz is older than b.js: compress b.js instead.
	resp = get(t, h, "GET", "/stale/b.js", map[string]string{"Accept-Encoding": "gzip"})
	zr, err = gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, _ = io.ReadAll(zr)
	if string(got) != strings.Repeat("b", 1000) {
		t.Errorf("stale .gz was served: %.40q", got)
	}
}

func TestHandlerConditional(t *testing.T) {
	h := NewHandler(site(t))
	first := get(t, h, "GET", "/loader.js", map[string]string{"Accept-Encoding": "gzip"})
	etag := first.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	again := get(t, h, "GET", "/loader.js", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": etag})
	if again.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", again.StatusCode)
	}
	plain := get(t, h, "GET", "/loader.js", nil)
	if plain.Header.Get("ETag") == etag {
		t.Errorf("gzip and identity share the ETag %s", etag)
	}
}

func TestHandlerRefusesTraversal(t *testing.T) {
	h := NewHandler(site(t))
	for _, target := range []string{
		"/../secret.txt",
		"/sub/../../secret.txt",
		"/%2e%2e/secret.txt",
		"/sub/%2E%2E/%2e%2e/secret.txt",
		"/..%2fsecret.txt",
		"/..%5csecret.txt",
		"/.hidden",
		"/link.txt", // a symbolic link to ../secret.txt
	} {
		resp := get(t, h, "GET", target, nil)
		b := body(t, resp)
		if resp.StatusCode != http.StatusBadRequest && resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 400 or 404; body %q", target, resp.StatusCode, b)
		}
		if strings.Contains(b, "top secret") {
			t.Errorf("GET %s leaked the secret", target)
		}
	}
}

func TestHandlerNotFound(t *testing.T) {
	h := NewHandler(site(t))
	for _, target := range []string{"/missing.js", "/sub/missing", "/dir-no-index/"} {
		if resp := get(t, h, "GET", target, nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", target, resp.StatusCode)
		}
	}
	if resp := get(t, NewHandler(filepath.Join(t.TempDir(), "nope")), "GET", "/", nil); resp.StatusCode == http.StatusOK {
		t.Errorf("missing site folder: status %d", resp.StatusCode)
	}
}

func TestHandlerFoldersAndMethods(t *testing.T) {
	h := NewHandler(site(t))
	resp := get(t, h, "GET", "/sub", nil)
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/sub/" {
		t.Errorf("GET /sub: %d %q, want 301 to /sub/", resp.StatusCode, resp.Header.Get("Location"))
	}
	if got := body(t, get(t, h, "GET", "/sub/", nil)); got != "sub" {
		t.Errorf("GET /sub/: %q", got)
	}
	resp = get(t, h, "HEAD", "/game.wasm", map[string]string{"Accept-Encoding": "gzip"})
	if resp.StatusCode != http.StatusOK || body(t, resp) != "" {
		t.Errorf("HEAD: status %d", resp.StatusCode)
	}
	resp = get(t, h, "POST", "/index.html", nil)
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", resp.StatusCode)
	}
}

func TestParseQuery(t *testing.T) {
	got := ParseQuery("?scenario=letter-2009&as=russia&seed=42&difficulty=hard&seed=7&bad=%zz&empty=&=x&flag")
	want := map[string]string{"scenario": "letter-2009", "as": "russia", "seed": "42", "difficulty": "hard", "empty": "", "flag": ""}
	if len(got) != len(want) {
		t.Errorf("ParseQuery: %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("ParseQuery[%q] = %q, want %q", k, got[k], v)
		}
	}
	if got := ParseQuery("scenario=my%20file.toml&as=p+l"); got["scenario"] != "my file.toml" || got["as"] != "p l" {
		t.Errorf("unescaping: %v", got)
	}
	if got := ParseQuery(""); len(got) != 0 {
		t.Errorf("empty: %v", got)
	}
}

func TestContentType(t *testing.T) {
	if got := ContentType("GAME.WASM"); got != "application/wasm" {
		t.Errorf("upper case extension: %q", got)
	}
	if got := ContentType("noext"); got != "application/octet-stream" {
		t.Errorf("no extension: %q", got)
	}
}
