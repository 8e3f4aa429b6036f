package scenario

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
