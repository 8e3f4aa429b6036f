package scenario

import (
	"sort"
	"strconv"
	"unicode/utf8"
)

// positions records where each key and value of a TOML file starts, by
// path ("actors[2].types[0].weights.third_site"). BurntSushi/toml keeps
// positions only per key name, without array indices, so the loader scans
// the (already parsed, hence valid) source once more to find them.
type positions struct {
	src   []byte
	lines []int          // byte offset of the start of each line
	key   map[string]int // path → offset of its key, or of its table header
	val   map[string]int // path → offset of its value
}

// joinKey appends a key to a path.
func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// joinIndex appends an array index to a path.
func joinIndex(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// lineCol converts a byte offset to a 1-based line and column.
func (p *positions) lineCol(off int) (int, int) {
	off = min(max(off, 0), len(p.src))
	ln := sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > off }) - 1
	return ln + 1, off - p.lines[ln] + 1
}

// keyOf returns the offset of a path's key (or header), falling back to
// its value and then to the nearest enclosing path that has one.
func (p *positions) keyOf(path string) int { return p.find(path, p.key, p.val) }

// valOf returns the offset of a path's value, falling back to its key and
// then to the nearest enclosing path.
func (p *positions) valOf(path string) int { return p.find(path, p.val, p.key) }

func (p *positions) find(path string, first, second map[string]int) int {
	for {
		if off, ok := first[path]; ok {
			return off
		}
		if off, ok := second[path]; ok {
			return off
		}
		if path == "" {
			return 0
		}
		path = parentPath(path)
	}
}

// parentPath drops the last key or index of a path.
func parentPath(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		switch path[i] {
		case '.':
			return path[:i]
		case '[':
			if i > 0 {
				return path[:i]
			}
		}
	}
	return ""
}

// scanPositions indexes a TOML source that the parser has accepted.
func scanPositions(src []byte) *positions {
	p := &positions{src: src, lines: lineStarts(src), key: map[string]int{}, val: map[string]int{}}
	s := &posScanner{src: src, p: p, arrays: map[string]int{}}
	s.run()
	return p
}

// posScanner walks the source, tracking the current table.
type posScanner struct {
	src    []byte
	i      int
	p      *positions
	arrays map[string]int // resolved path of each array of tables → elements so far
}

func (s *posScanner) run() {
	cur := ""
	for {
		s.skipSpace(true)
		if s.i >= len(s.src) {
			return
		}
		start := s.i
		if s.src[s.i] == '[' {
			arrayTable := s.i+1 < len(s.src) && s.src[s.i+1] == '['
			s.i++
			if arrayTable {
				s.i++
			}
			segs, _ := s.keySegs()
			// A header makes its parent tables too ([a.b.c] makes a.b):
			// an error about one of them points here, not at 1:1.
			for k := 1; k < len(segs); k++ {
				s.setOnce(s.p.key, s.resolve(segs[:k]), start)
			}
			if arrayTable && len(segs) > 0 {
				arr := joinKey(s.resolve(segs[:len(segs)-1]), segs[len(segs)-1])
				n := s.arrays[arr]
				s.arrays[arr] = n + 1
				s.setOnce(s.p.key, arr, start)
				cur = joinIndex(arr, n)
			} else {
				cur = s.resolve(segs)
			}
			s.setOnce(s.p.key, cur, start)
			s.skipLine()
			continue
		}
		before := s.i
		s.keyValue(cur)
		if s.i == before {
			s.skipLine() // never stall on something unexpected
		}
	}
}

// resolve turns header keys into a path, stepping into the last element of
// every array of tables on the way, as TOML does.
func (s *posScanner) resolve(segs []string) string {
	path := ""
	for _, k := range segs {
		path = joinKey(path, k)
		if n, ok := s.arrays[path]; ok {
			path = joinIndex(path, n-1)
		}
	}
	return path
}

func (s *posScanner) setOnce(m map[string]int, path string, off int) {
	if _, ok := m[path]; !ok {
		m[path] = off
	}
}

// keyValue reads `a.b = value` under base.
func (s *posScanner) keyValue(base string) {
	segs, offs := s.keySegs()
	if len(segs) == 0 {
		return
	}
	path := base
	for k, seg := range segs {
		path = joinKey(path, seg)
		s.setOnce(s.p.key, path, offs[k])
	}
	s.skipSpace(false)
	if s.i < len(s.src) && s.src[s.i] == '=' {
		s.i++
	}
	s.skipSpace(false)
	s.value(path)
}

// value records where the value at path starts and skips over it,
// indexing the elements of arrays and the keys of inline tables.
func (s *posScanner) value(path string) {
	if s.i >= len(s.src) {
		return
	}
	s.p.val[path] = s.i
	switch s.src[s.i] {
	case '"', '\'':
		s.i = skipString(s.src, s.i)
	case '[':
		s.i++
		for n := 0; ; n++ {
			s.skipSpace(true)
			if s.i >= len(s.src) || s.src[s.i] == ']' {
				s.i++
				return
			}
			before := s.i
			s.value(joinIndex(path, n))
			s.skipSpace(true)
			if s.i < len(s.src) && s.src[s.i] == ',' {
				s.i++
			} else if s.i == before {
				s.i++
			}
		}
	case '{':
		s.i++
		for {
			s.skipSpace(true)
			if s.i >= len(s.src) || s.src[s.i] == '}' {
				s.i++
				return
			}
			before := s.i
			s.keyValue(path)
			s.skipSpace(true)
			if s.i < len(s.src) && s.src[s.i] == ',' {
				s.i++
			} else if s.i == before {
				s.i++
			}
		}
	default:
		for s.i < len(s.src) {
			switch s.src[s.i] {
			case ',', ']', '}', '\n', '\r', '#':
				return
			}
			s.i++
		}
	}
}

// keySegs reads a possibly dotted, possibly quoted key.
func (s *posScanner) keySegs() (segs []string, offs []int) {
	for {
		s.skipSpace(false)
		if s.i >= len(s.src) {
			return
		}
		start := s.i
		switch c := s.src[s.i]; {
		case c == '"' || c == '\'':
			end := skipString(s.src, s.i)
			segs = append(segs, unquoteKey(s.src[s.i:end]))
			s.i = end
		case isBareKey(c):
			for s.i < len(s.src) && isBareKey(s.src[s.i]) {
				s.i++
			}
			segs = append(segs, string(s.src[start:s.i]))
		default:
			return
		}
		offs = append(offs, start)
		s.skipSpace(false)
		if s.i < len(s.src) && s.src[s.i] == '.' {
			s.i++
			continue
		}
		return
	}
}

func isBareKey(c byte) bool {
	return c == '_' || c == '-' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// unquoteKey decodes a quoted key; escapes are rare in keys, so a failed
// unquote keeps the raw text, which only costs a position.
func unquoteKey(b []byte) string {
	if len(b) >= 2 && b[0] == '\'' {
		return string(b[1 : len(b)-1])
	}
	if v, err := strconv.Unquote(string(b)); err == nil {
		return v
	}
	return string(b)
}

// skipSpace skips blanks and comments, and newlines too when nl is set.
func (s *posScanner) skipSpace(nl bool) {
	for s.i < len(s.src) {
		switch s.src[s.i] {
		case ' ', '\t':
		case '\r', '\n':
			if !nl {
				return
			}
		case '#':
			if !nl {
				return
			}
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
			continue
		default:
			return
		}
		s.i++
	}
}

func (s *posScanner) skipLine() {
	for s.i < len(s.src) && s.src[s.i] != '\n' {
		if s.src[s.i] == '"' || s.src[s.i] == '\'' {
			s.i = skipString(s.src, s.i)
			continue
		}
		s.i++
	}
}

// stringOffset maps a rune index inside the decoded value of the string
// that starts at off back to a byte offset in the source, so that an error
// inside an expression points at the right column of the file.
func stringOffset(src []byte, off, runeIdx int) int {
	if off >= len(src) {
		return off
	}
	q := src[off]
	if q != '"' && q != '\'' {
		return off
	}
	i := off + 1
	if off+2 < len(src) && src[off+1] == q && src[off+2] == q {
		i = off + 3
		if i < len(src) && src[i] == '\n' {
			i++ // a newline right after the opening quotes is trimmed
		} else if i+1 < len(src) && src[i] == '\r' && src[i+1] == '\n' {
			i += 2
		}
	}
	for n := 0; n < runeIdx && i < len(src); n++ {
		if q == '"' && src[i] == '\\' && i+1 < len(src) {
			switch src[i+1] {
			case 'u':
				i += 6
			case 'U':
				i += 10
			case ' ', '\t', '\r', '\n':
				// A line-ending backslash swallows the following blanks.
				for i++; i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r' || src[i] == '\n'); i++ {
				}
				n--
			default:
				i += 2
			}
			continue
		}
		_, size := utf8.DecodeRune(src[i:])
		i += size
	}
	return min(i, len(src))
}
