// Command brcompress writes a Brotli-compressed copy of a file, for the
// browser build when the brotli command is not installed:
//
//	go run ./tools/brcompress IN OUT
//
// It uses quality 9, as the build script asks of the brotli command: 11
// saves little more and takes minutes on a 30 MB file. The output is written
// to a temporary file beside OUT and renamed, so a killed build never leaves
// a torn OUT behind.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: brcompress IN OUT")
		os.Exit(2)
	}
	if err := compress(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "brcompress:", err)
		os.Exit(1)
	}
}

func compress(in, out string) error {
	src, err := os.Open(in)
	if err != nil {
		return err
	}
	defer src.Close()
	tmp, err := os.CreateTemp(filepath.Dir(out), filepath.Base(out)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	w := brotli.NewWriterLevel(tmp, 9)
	if _, err := io.Copy(w, src); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Close(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), out)
}
