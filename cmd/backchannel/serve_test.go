//go:build !js

package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeSite: serve chooses its build as host does: a folder given to
// it, else the one inside the program; without either it says how to get
// one.
func TestServeSite(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := serveSite(dir); err == nil || !strings.Contains(err.Error(), "no browser build in "+dir) {
		t.Errorf("an empty folder: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "game.wasm"), []byte("\x00asm"), 0o644)
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<title>Backchannel</title>"), 0o644)
	h, where, err := serveSite(dir)
	if err != nil || !strings.Contains(where, dir) {
		t.Fatalf("a folder with a build: %q %v", where, err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Backchannel") {
		t.Errorf("GET /: %d %q", rec.Code, rec.Body.String())
	}
	// No folder: the build inside the program (make build), else how to get one.
	if _, where, err := serveSite(""); err != nil && !strings.Contains(err.Error(), "make build") || err == nil && !strings.Contains(where, "inside this program") {
		t.Errorf("no folder: %q %v", where, err)
	}
}
