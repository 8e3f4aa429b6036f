package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/andybalholm/brotli"
)

// TestCompressRoundTrips compresses a file and reads it back.
func TestCompressRoundTrips(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "game.wasm"), filepath.Join(dir, "game.wasm.br")
	want := bytes.Repeat([]byte("backchannel wasm bytes "), 5000)
	if err := os.WriteFile(in, want, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := compress(in, out); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := io.ReadAll(brotli.NewReader(f))
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("round trip: %d bytes, %v", len(got), err)
	}
	if fi, _ := os.Stat(out); fi.Size() >= int64(len(want))/10 {
		t.Errorf("compressed to %d of %d bytes", fi.Size(), len(want))
	}
	if err := compress(filepath.Join(dir, "missing"), out); err == nil {
		t.Error("a missing input compressed")
	}
}
