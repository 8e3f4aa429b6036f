package scenario

import "fmt"

// reporter collects diagnostics for one file, placing each by path. The
// index of key positions is built only when the first diagnostic needs
// it: a valid file never pays for it.
type reporter struct {
	file   string
	src    []byte
	parsed bool // the source is valid TOML, so it can be indexed
	pos    *positions
	diags  Diagnostics
}

// index returns the positions of the source's keys and values; before the
// source is known to parse, only its lines.
func (r *reporter) index() *positions {
	if r.pos == nil || (r.parsed && r.pos.key == nil) {
		if r.parsed {
			r.pos = scanPositions(r.src)
		} else {
			r.pos = &positions{src: r.src, lines: lineStarts(r.src)}
		}
	}
	return r.pos
}

// lineCol converts a byte offset of the source to a line and column.
func (r *reporter) lineCol(off int) (int, int) { return r.index().lineCol(off) }

func (r *reporter) add(sev Severity, off int, hint, msg string) {
	d := Diagnostic{File: r.file, Severity: sev, Msg: msg, Hint: hint}
	if r.src != nil {
		d.Line, d.Col = r.lineCol(off)
	}
	r.diags = append(r.diags, d)
}

// errVal reports an error at the value of path.
func (r *reporter) errVal(path, hint, format string, args ...any) {
	r.add(Error, r.valOf(path), hint, fmt.Sprintf(format, args...))
}

// errKey reports an error at the key (or table header) of path.
func (r *reporter) errKey(path, hint, format string, args ...any) {
	r.add(Error, r.keyOf(path), hint, fmt.Sprintf(format, args...))
}

// warnVal reports a warning at the value of path.
func (r *reporter) warnVal(path, hint, format string, args ...any) {
	r.add(Warning, r.valOf(path), hint, fmt.Sprintf(format, args...))
}

// warnKey reports a warning at the key of path.
func (r *reporter) warnKey(path, hint, format string, args ...any) {
	r.add(Warning, r.keyOf(path), hint, fmt.Sprintf(format, args...))
}

func (r *reporter) valOf(path string) int {
	if !r.parsed {
		return 0
	}
	return r.index().valOf(path)
}

func (r *reporter) keyOf(path string) int {
	if !r.parsed {
		return 0
	}
	return r.index().keyOf(path)
}

// keyName is the last key of a path, with its index if it is an array
// element: what an author sees at the reported position.
func keyName(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			return path[i+1:]
		}
	}
	return path
}

// tableName names the table at path as it is written in the file:
// "[[actors]]" for an element of an array of tables, "[actors.ai]" for a
// table inside one.
func tableName(path string) string {
	if path == "" {
		return "the top level"
	}
	plain := make([]byte, 0, len(path))
	skip := false
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c == '[':
			skip = true
		case c == ']':
			skip = false
		case !skip:
			plain = append(plain, c)
		}
	}
	if path[len(path)-1] == ']' {
		return "[[" + string(plain) + "]]"
	}
	return "[" + string(plain) + "]"
}
