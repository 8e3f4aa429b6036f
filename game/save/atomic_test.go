//go:build !js

package save_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"backchannel/game/gametest"
	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

// faultFS is the real file system with one step made to fail. With crash
// set, the failing step also stops everything after it, cleanup included,
// as if the power went out there.
type faultFS struct {
	save.OSFS
	fail    string
	crash   bool
	crashed bool
	steps   []string
}

var errInjected = errors.New("injected failure")

func (f *faultFS) step(name string) error {
	if f.crashed {
		return errInjected
	}
	f.steps = append(f.steps, name)
	if name == f.fail {
		f.crashed = f.crash
		return errInjected
	}
	return nil
}

func (f *faultFS) CreateTemp(dir, pattern string) (save.TempFile, error) {
	if err := f.step("create"); err != nil {
		return nil, err
	}
	t, err := f.OSFS.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return &faultFile{TempFile: t, fs: f}, nil
}

func (f *faultFS) Rename(o, n string) error {
	if err := f.step("rename"); err != nil {
		return err
	}
	return f.OSFS.Rename(o, n)
}

func (f *faultFS) Remove(name string) error {
	if err := f.step("remove"); err != nil {
		return err
	}
	return f.OSFS.Remove(name)
}

func (f *faultFS) SyncDir(dir string) error {
	if err := f.step("syncdir"); err != nil {
		return err
	}
	return f.OSFS.SyncDir(dir)
}

type faultFile struct {
	save.TempFile
	fs *faultFS
}

// Write fails halfway through, leaving a partial temporary file.
func (f *faultFile) Write(p []byte) (int, error) {
	if err := f.fs.step("write"); err != nil {
		n, _ := f.TempFile.Write(p[:len(p)/2])
		return n, err
	}
	return f.TempFile.Write(p)
}

func (f *faultFile) Chmod(mode os.FileMode) error {
	if err := f.fs.step("chmod"); err != nil {
		return err
	}
	return f.TempFile.Chmod(mode)
}

func (f *faultFile) Sync() error {
	if err := f.fs.step("sync"); err != nil {
		return err
	}
	return f.TempFile.Sync()
}

func (f *faultFile) Close() error {
	if err := f.fs.step("close"); err != nil {
		_ = f.TempFile.Close() // the descriptor is gone either way
		return err
	}
	return f.TempFile.Close()
}

// TestWriteFileCrash fails each step of an atomic write in turn, as an
// error and as a crash, and checks that the previous save is still there,
// whole, and still loads.
func TestWriteFileCrash(t *testing.T) {
	_, oldRec, err := savetest.PlayOn(gametest.Small(), 7, 2)
	if err != nil {
		t.Fatal(err)
	}
	_, newRec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	oldData, _ := save.Marshal(oldRec)
	newData, _ := save.Marshal(newRec)
	steps := []string{"create", "chmod", "write", "sync", "close", "rename", "syncdir"}
	for _, crash := range []bool{false, true} {
		for _, step := range steps {
			name := step
			if crash {
				name = "crash at " + step
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "game.json")
				if err := save.WriteFile(path, oldRec); err != nil {
					t.Fatal(err)
				}
				fs := &faultFS{fail: step, crash: crash}
				err := save.WriteFileFS(fs, path, newRec)
				if !crash && !errors.Is(err, errInjected) {
					t.Fatalf("failing %s gave %v", step, err)
				}
				if err != nil && !strings.Contains(err.Error(), path) {
					t.Errorf("error %q does not name the file", err)
				}
				got, rerr := os.ReadFile(path)
				if rerr != nil {
					t.Fatal(rerr)
				}
				switch {
				case step == "syncdir":
					// The rename happened: the file is the new save, whole.
					if !bytes.Equal(got, newData) {
						t.Errorf("after a failed folder sync the file is neither save")
					}
				case !bytes.Equal(got, oldData):
					t.Errorf("failing %s changed the previous save", step)
				}
				if _, err := save.ReadFile(path); err != nil {
					t.Errorf("the save no longer loads: %v", err)
				}
				left := tempFiles(t, dir)
				if !crash && len(left) > 0 {
					t.Errorf("failing %s left %v behind", step, left)
				}
				// Whatever a crash leaves, the slot list ignores it.
				slots, err := save.NewDirStorage(dir).List()
				if err != nil || len(slots) != 1 || slots[0].Name != "game" || slots[0].Err != nil {
					t.Errorf("slots after the crash: %+v, %v", slots, err)
				}
			})
		}
	}
}

func TestWriteFileSteps(t *testing.T) {
	_, rec, err := savetest.Play(3)
	if err != nil {
		t.Fatal(err)
	}
	fs := &faultFS{}
	path := filepath.Join(t.TempDir(), "g.json")
	if err := save.WriteFileFS(fs, path, rec); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(fs.steps, ","), "create,chmod,write,sync,close,rename,syncdir"; got != want {
		t.Errorf("steps %s, want %s", got, want)
	}
	back, err := save.ReadFile(path)
	if err != nil || back.LogHash != rec.LogHash {
		t.Fatalf("read back %v, %v", back, err)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("save file mode %v, %v", info.Mode(), err)
	}
}

func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), save.TempPrefix) {
			out = append(out, e.Name())
		}
	}
	return out
}
