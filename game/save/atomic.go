package save

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// fileSystem is the handful of file operations an atomic write needs. It
// is an interface so that the crash test can fail each step in turn and
// check that the previous save survives.
type fileSystem interface {
	CreateTemp(dir, pattern string) (tempFile, error)
	Rename(oldpath, newpath string) error
	Remove(name string) error
	SyncDir(dir string) error
}

// tempFile is the file being written.
type tempFile interface {
	io.Writer
	Name() string
	Chmod(mode os.FileMode) error
	Sync() error
	Close() error
}

// fileMode is the mode of a save file. A temporary file is created private
// (0600); a save is an ordinary document that others may read.
const fileMode = 0o644

// osFS is the real file system.
type osFS struct{}

func (osFS) CreateTemp(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }
func (osFS) Rename(oldpath, newpath string) error             { return os.Rename(oldpath, newpath) }
func (osFS) Remove(name string) error                         { return os.Remove(name) }

// SyncDir makes a rename durable: until the directory itself is synced, a
// power cut can bring back the old entry. Windows cannot open a directory
// for syncing, and its rename is already durable, so it skips this.
func (osFS) SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// tempPrefix starts the names of files being written, which listings skip
// (a crash can leave one behind).
const tempPrefix = ".tmp-"

// WriteFile saves a record to path so that, whatever happens, path holds
// either the previous save or the new one, never a mixture: the data goes
// to a temporary file in the same folder, which is synced to disk, closed
// and renamed over path, and then the folder is synced. The file is made
// readable by all (0644), like any document.
func WriteFile(path string, r *Record) error {
	return writeFile(osFS{}, path, r)
}

func writeFile(fs fileSystem, path string, r *Record) error {
	data, err := Marshal(r)
	if err != nil {
		return err
	}
	return writeAtomic(fs, path, data)
}

// WriteAtomic writes any output file (a report, a log) as saves are
// written: whatever happens, path holds the old contents or the new, never
// an empty or partial file.
func WriteAtomic(path string, data []byte) error { return writeAtomic(osFS{}, path, data) }

func writeAtomic(fs fileSystem, path string, data []byte) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	cleanStale(dir, base, time.Now())
	f, err := fs.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	tmp := f.Name()
	closed, renamed := false, false
	defer func() {
		if err == nil {
			return
		}
		// Leave no half-written file behind; the previous save is untouched.
		if !closed {
			_ = f.Close()
		}
		if !renamed {
			_ = fs.Remove(tmp)
		}
		err = fmt.Errorf("cannot write %s: %w", path, err)
	}()
	if err := f.Chmod(fileMode); err != nil {
		return err
	}
	n, err := f.Write(data)
	if err == nil && n < len(data) {
		err = io.ErrShortWrite
	}
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	closed = true
	if err := f.Close(); err != nil {
		return err
	}
	if err := fs.Rename(tmp, path); err != nil {
		return err
	}
	renamed = true
	// The new save is in place; a failed folder sync only means that it
	// may not be on disk yet, which the caller should hear about.
	if err := fs.SyncDir(dir); err != nil {
		return fmt.Errorf("saved, but the folder could not be synced to disk: %w", err)
	}
	return nil
}
