// Package files reads the files users hand the game (scenarios, saves,
// settings) safely: only regular files, and never more than a limit. A
// path from a command line or a drop can name a FIFO, which would block the
// reader forever, a device that never ends, or a directory.
package files

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Errors a read returns, wrapped with details; test with errors.Is.
var (
	// ErrNotRegular is a directory, FIFO, socket or device.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooLarge is a file over the reader's limit.
	ErrTooLarge = errors.New("file too large")
)

// Read reads the regular file at path, of at most limit bytes.
func Read(path string, limit int64) ([]byte, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if base == "" {
		return nil, fmt.Errorf("%w: it is a directory", ErrNotRegular)
	}
	return ReadFS(os.DirFS(dir), base, limit)
}

// ReadFS reads the regular file name in fsys, of at most limit bytes. It
// looks at the file before opening it, since opening a FIFO blocks until a
// writer comes, and checks the opened file again.
func ReadFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := regular(st); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return nil, err
	} else if err := regular(st); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return data, nil
}

func regular(st fs.FileInfo) error {
	switch m := st.Mode(); {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return fmt.Errorf("%w: it is a directory", ErrNotRegular)
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w: it is a pipe", ErrNotRegular)
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return fmt.Errorf("%w: it is a device", ErrNotRegular)
	default:
		return ErrNotRegular
	}
}
