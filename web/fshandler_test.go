//go:build !js

package web

import (
	"compress/gzip"
	"io"
	"strings"
	"testing"
	"testing/fstest"
)

// TestFSHandler serves a site held in an fs.FS, as `backchannel host`
// serves the build embedded in the program: the files, their types,
// gzip, folders, no dotfiles, and ETags that carry the build's version
// (embedded files have no modification time).
func TestFSHandler(t *testing.T) {
	wasm := "\x00asm\x01\x00\x00\x00" + strings.Repeat("\x00", 4000)
	h := NewFSHandler(fstest.MapFS{
		"index.html": {Data: []byte("<!doctype html><title>Backchannel</title>")},
		"game.wasm":  {Data: []byte(wasm)},
		".hidden":    {Data: []byte("secret")},
	}, "v1")

	resp := get(t, h, "GET", "/", nil)
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(body), "<title>Backchannel") {
		t.Fatalf("GET /: %d %q", resp.StatusCode, body)
	}
	if et := resp.Header.Get("ETag"); !strings.HasPrefix(et, `"v1-`) {
		t.Errorf("ETag %q does not carry the version", et)
	}

	resp = get(t, h, "GET", "/game.wasm", map[string]string{"Accept-Encoding": "gzip"})
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/wasm" || resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("GET /game.wasm: %d %v", resp.StatusCode, resp.Header)
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(zr); string(b) != wasm {
		t.Errorf("game.wasm unzipped is %d bytes, want %d", len(b), len(wasm))
	}

	etag := get(t, h, "GET", "/index.html", nil).Header.Get("ETag")
	if resp := get(t, h, "GET", "/index.html", map[string]string{"If-None-Match": etag}); resp.StatusCode != 304 {
		t.Errorf("revalidation with the ETag: %d, want 304", resp.StatusCode)
	}
	if resp := get(t, h, "GET", "/.hidden", nil); resp.StatusCode == 200 {
		t.Errorf("a dotfile was served")
	}
}
