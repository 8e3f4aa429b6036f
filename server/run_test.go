//go:build !js

package server

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBoardSite: host serves a folder given to it, and a folder without a
// build, like a program compiled without one, leaves students the seat's
// page and tells the instructor so in words.
func TestBoardSite(t *testing.T) {
	dir := t.TempDir()
	h, note := boardSite(dir)
	if h != nil || !strings.Contains(note, "no browser build in "+dir) {
		t.Errorf("an empty folder: handler %v, note %q", h, note)
	}
	os.WriteFile(filepath.Join(dir, "game.wasm"), []byte("\x00asm"), 0o644)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<title>Backchannel</title>"), 0o644)
	h, _ = boardSite(dir)
	if h == nil {
		t.Fatal("a folder with a build is not served")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Backchannel") {
		t.Errorf("GET /: %d %q", rec.Code, rec.Body.String())
	}
	// The embedded build: there in a program built by `make build`; else
	// the note says how to get it.
	if h, note := boardSite(""); h == nil && !strings.Contains(note, "make build") {
		t.Errorf("without a build in the program the note says nothing of how to get one: %q", note)
	}
}
