package scenario

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"backchannel/game"
	"backchannel/game/files"
)

// Load reads and checks the scenario file at path in fsys. The diagnostics
// are sorted; the error is non-nil (a *LoadError) exactly when one of them
// is an error, and then the scenario is nil.
func Load(fsys fs.FS, path string) (*game.Scenario, Diagnostics, error) {
	return load(fsys, path, path)
}

// load reads a file, naming it display in diagnostics.
func load(fsys fs.FS, path, display string) (*game.Scenario, Diagnostics, error) {
	src, err := readSource(fsys, path)
	if err != nil {
		ds := Diagnostics{{File: display, Msg: readError(err)}}
		return nil, ds, &LoadError{File: display, Diags: ds}
	}
	return Parse(display, src)
}

// readSource reads a scenario file: only a regular file (a FIFO would
// block), and no more than MaxFileSize bytes of it. A larger file reads as
// MaxFileSize+1 zero bytes, which Parse refuses unread with its message.
func readSource(fsys fs.FS, path string) ([]byte, error) {
	src, err := files.ReadFS(fsys, path, MaxFileSize)
	if errors.Is(err, files.ErrTooLarge) {
		return make([]byte, MaxFileSize+1), nil
	}
	return src, err
}

// readError says in a user's words why a scenario file could not be read.
func readError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file"
	case errors.Is(err, files.ErrNotRegular):
		return strings.TrimPrefix(err.Error(), files.ErrNotRegular.Error()+": ") + ", not a scenario file"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Sprintf("cannot read the file: %v", err)
}

// Parse checks a scenario from its source; name is the file name used in
// diagnostics. See Load, and Loader for the same a step at a time.
func Parse(name string, src []byte) (*game.Scenario, Diagnostics, error) {
	return NewLoader(name, src).Result()
}

func lineStarts(src []byte) []int {
	lines := []int{0}
	for i, c := range src {
		if c == '\n' {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// syntax reports a TOML parse error at its position.
func (r *reporter) syntax(err error) {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		r.add(Error, 0, "", "TOML syntax: "+err.Error())
		return
	}
	off, lines := pe.Position.Start, r.index().lines
	if ln, _ := r.lineCol(off); ln != pe.Position.Line && pe.Position.Line > 0 && pe.Position.Line <= len(lines) {
		off = lines[pe.Position.Line-1] + max(pe.Position.Col-1, 0)
	}
	msg, hint := pe.Message, ""
	if strings.Contains(msg, "cannot contain control characters") {
		// The parser's line is one late for a control byte at the start of
		// a line: point at the byte itself.
		if i := controlByte(r.src); i >= 0 {
			off = i
		}
	}
	// The parser calls the end of the file '\x00'.
	msg = strings.ReplaceAll(msg, "but got '\\x00' instead", "but the file ends there")
	if k, ok := strings.CutPrefix(msg, "Key '"); ok && strings.HasSuffix(k, "' has already been defined.") {
		msg = fmt.Sprintf("duplicate key %q", strings.TrimSuffix(k, "' has already been defined."))
		hint = "a key may appear once in a table; use [[...]] for a list of tables"
	}
	r.add(Error, off, hint, "TOML syntax: "+msg)
}

// controlByte returns the offset of the first byte TOML forbids (a control
// character other than tab, newline and a carriage return before a
// newline, or DEL), or -1.
func controlByte(src []byte) int {
	for i, c := range src {
		if c == 0x7f || c < 0x20 && c != '\t' && c != '\n' && !(c == '\r' && i+1 < len(src) && src[i+1] == '\n') {
			return i
		}
	}
	return -1
}

// LoadFile loads a scenario file from disk, naming it in diagnostics as
// path is written.
func LoadFile(path string) (*game.Scenario, Diagnostics, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	s, ds, err := load(os.DirFS(dir), base, path)
	if s != nil {
		s.File = path
	}
	return s, ds, err
}

// Open loads a built-in scenario by name (see BuiltinNames), or else the
// scenario file at a path on disk. The error lists the diagnostics one per
// line; warnings are dropped (use Load or `backchannel validate` to see
// them).
func Open(nameOrPath string) (*game.Scenario, error) {
	if isBuiltinName(nameOrPath) {
		return Builtin(nameOrPath)
	}
	s, _, err := LoadFile(nameOrPath)
	return s, err
}
