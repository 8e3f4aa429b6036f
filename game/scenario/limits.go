package scenario

import "fmt"

// Limits on what a scenario file may ask of the loader and the engine. A
// file is data from anyone (a download, a student's email), so each limit
// keeps a hostile or broken file from exhausting memory or time, and each
// gives its own clear error. Counts are enforced by the decoder from the
// `items` tags in format.go, which the JSON Schema repeats as maxItems.
const (
	// MaxFileSize is the largest scenario file, in bytes.
	MaxFileSize = 2 << 20
	// MaxNesting is the deepest nesting of TOML arrays and inline tables;
	// the format itself never needs more than four levels.
	MaxNesting = 16
	// MaxText is the longest string value (a briefing, an event's text).
	MaxText = 20000
	// MaxName is the longest name, headline or label.
	MaxName = 200
	// MaxExprLen is the longest expression, in bytes.
	MaxExprLen = 500
	// MaxExprNodes is the largest expression, in syntax-tree nodes; with no
	// loops in the language, it bounds the cost of evaluating one.
	MaxExprNodes = 100
	// MaxKeyParts is the most dotted parts of a key or table header
	// ("a.b.c" has three); the format needs three at most. The TOML parser
	// copies a key's path once per part, so without this bound a 60 KB file
	// of long dotted keys costs it half a minute and gigabytes.
	MaxKeyParts = 8
	// MaxKeyLen is the longest key or table header, dots included, in bytes.
	MaxKeyLen = 256
	// MaxTurns is the most turns a calendar may have.
	MaxTurns = 520
	// MaxDiagnostics is the most diagnostics reported for one file; past
	// it, a last line says how many more there were.
	MaxDiagnostics = 200

	maxUnknownKeys = 20 // unknown keys reported per table

	maxActors    = 32
	maxTypes     = 8
	maxIssues    = 64
	maxOptions   = 16
	maxVariables = 128
	maxEvents    = 1000
	maxForums    = 100
	maxOpening   = 32
	maxEnd       = 32
	maxDebrief   = 200
	maxList      = 64 // effects, intel, choices, rules, red lines, objectives...
)

// nestingError returns the byte offset at which the file's arrays and
// inline tables nest deeper than MaxNesting, or -1. It runs before the TOML
// parser, whose recursion would otherwise take seconds on a file of a
// million brackets. It knows just enough TOML to skip strings and comments.
func nestingError(src []byte) int {
	depth := 0
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case '"', '\'':
			i = skipString(src, i) - 1
		case '[', '{':
			depth++
			if depth > MaxNesting {
				return i
			}
		case ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return -1
}

// keyError returns the byte offset of the first key or table header with
// more than MaxKeyParts dotted parts or more than MaxKeyLen bytes, or -1,
// and what is wrong with it. Like nestingError it runs before the TOML
// parser, and for every way in (validate, simulate, play and the browser
// all load through Parse). It sees every run of dot-separated words and
// quoted strings outside comments; a run counts as a key when an "=" or,
// in a header, a "]" follows it. Values are runs too (1.5 has two parts),
// so the part limit applies to every run, which no value comes near.
func keyError(src []byte) (int, string) {
	header := false // inside [header] or [[header]]
	lineStart := true
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			header, lineStart = false, true
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case c == '[' && lineStart:
			header = true
			i++
			continue
		case c == '"' || c == '\'' || isBareKeyByte(c):
			start, parts := i, 0
			for {
				parts++
				if parts > MaxKeyParts {
					return start, fmt.Sprintf("key has more than %d dotted parts", MaxKeyParts)
				}
				if src[i] == '"' || src[i] == '\'' {
					i = skipString(src, i)
				} else {
					for i < len(src) && isBareKeyByte(src[i]) {
						i++
					}
				}
				j := skipBlanks(src, i)
				if j < len(src) && src[j] == '.' {
					if k := skipBlanks(src, j+1); k < len(src) && (src[k] == '"' || src[k] == '\'' || isBareKeyByte(src[k])) {
						i = k
						continue
					}
				}
				break
			}
			j := skipBlanks(src, i)
			isKey := j < len(src) && (src[j] == '=' || header && src[j] == ']')
			if isKey && i-start > MaxKeyLen {
				return start, fmt.Sprintf("key longer than %d bytes", MaxKeyLen)
			}
			lineStart = false
			continue
		}
		lineStart = false
		i++
	}
	return -1, ""
}

// isBareKeyByte reports whether c may appear in a bare TOML key.
func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// skipBlanks returns the offset of the first byte at or after i that is not
// a space or a tab.
func skipBlanks(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// skipString returns the offset just past the string that starts at i
// (basic or literal, single or triple quoted), or len(src) if it is not
// closed.
func skipString(src []byte, i int) int {
	q := src[i]
	triple := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	if triple {
		j := i + 3
		for j < len(src) {
			if q == '"' && src[j] == '\\' {
				j += 2
				continue
			}
			if j+2 < len(src) && src[j] == q && src[j+1] == q && src[j+2] == q {
				j += 3
				for k := 0; k < 2 && j < len(src) && src[j] == q; k++ {
					j++ // up to two quotes may end the content
				}
				return j
			}
			j++
		}
		return len(src)
	}
	j := i + 1
	for j < len(src) && src[j] != '\n' {
		if q == '"' && src[j] == '\\' {
			j += 2
			continue
		}
		if src[j] == q {
			return j + 1
		}
		j++
	}
	return j
}
