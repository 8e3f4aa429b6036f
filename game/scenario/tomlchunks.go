package scenario

import (
	"bytes"
	"regexp"
)

// tomlChunk is a piece of a TOML file that parses on its own: the lines
// from one top-level header ([name] or [[name]]) to the next.
type tomlChunk struct {
	from, to int
	name     string // the header's key; "" for the lines before the first
	array    bool   // an element of an array of tables: [[name]]
}

// topHeader matches a header of a top-level table or array element whose
// name is a bare key, the only lines the file is cut before.
var topHeader = regexp.MustCompile(`^[ \t]*(\[\[?)([A-Za-z0-9_-]+)(\]\]?)[ \t]*(#.*)?\r?$`)

// tomlChunks cuts src before each top-level header. A cut inside a value
// (a multi-line string or array holding such a line) leaves the piece
// before it unfinished, so that it fails to parse: then tomlPieces falls
// back to parsing the file whole.
func tomlChunks(src []byte) []tomlChunk {
	var out []tomlChunk
	cur := tomlChunk{}
	for off := 0; off < len(src); {
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off + 1
		}
		if src[off] == '[' || src[off] == ' ' || src[off] == '\t' {
			if m := topHeader.FindSubmatch(bytes.TrimRight(src[off:end], "\n")); m != nil && len(m[1]) == len(m[3]) {
				cur.to = off
				if cur.to > cur.from {
					out = append(out, cur)
				}
				cur = tomlChunk{from: off, name: string(m[2]), array: len(m[1]) == 2}
			}
		}
		off = end
	}
	cur.to = len(src)
	return append(out, cur)
}

// mergeChunk adds the tables a chunk parsed into to those of the chunks
// before it, and reports whether they fit together as in the whole file:
// an array of tables grows by the chunk's element; any other key met
// twice is left to the whole file's parse to report (or accept).
func mergeChunk(into map[string]any, arrays map[string]bool, c tomlChunk, got map[string]any) bool {
	for k, v := range got {
		old, ok := into[k]
		switch {
		case !ok:
			into[k] = v
			arrays[k] = c.array && k == c.name
		case c.array && k == c.name && arrays[k]:
			a, okA := old.([]map[string]any)
			b, okB := v.([]map[string]any)
			if !okA || !okB {
				return false
			}
			into[k] = append(a, b...)
		default:
			return false
		}
	}
	return true
}
