package scenario

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"slices"

	"github.com/BurntSushi/toml"

	"backchannel/game"
)

// Loader checks a scenario from its source a step at a time: the TOML
// parse, the decoding, then the checks of each actor, issue, variable and
// event (each compiling its expressions) in steps of their own, and last
// the lints. Parse runs every step in a row; the browser runs a few a
// frame, since there the program runs in the page's only thread and a
// letter-2009 link checked in one go held the page for seconds (issue 13:
// no task over 200 ms). The result is the same either way.
type Loader struct {
	name  string
	src   []byte
	r     *reporter
	d     *decoder
	raw   map[string]any
	f     fileDef
	c     *checker
	steps []func() bool // each reports false when the rest are to be skipped
	next  int
	done  bool
	scen  *game.Scenario
}

// NewLoader prepares the loading of a scenario from its source; name is
// the file name used in diagnostics. Nothing is read until Step.
func NewLoader(name string, src []byte) *Loader {
	l := &Loader{name: name, src: src, r: &reporter{file: name, src: src}}
	l.steps = []func() bool{l.precheck, l.parseTOML, l.decode, l.checkSteps}
	return l
}

// Step does the next step of the loading and reports whether steps remain.
func (l *Loader) Step() bool {
	if l.done {
		return false
	}
	if l.next < len(l.steps) {
		s := l.steps[l.next]
		l.next++
		if s() && l.next < len(l.steps) {
			return true
		}
	}
	l.finish()
	return false
}

// Result returns what Parse returns, once Step has reported that no steps
// remain; before that, it runs the steps left.
func (l *Loader) Result() (*game.Scenario, Diagnostics, error) {
	for l.Step() {
	}
	if l.r.diags.HasErrors() {
		return nil, l.r.diags, &LoadError{File: l.name, Diags: l.r.diags}
	}
	return l.scen, l.r.diags, nil
}

// precheck refuses, unread, a file too large, too deeply nested or with
// keys too long for the parser.
func (l *Loader) precheck() bool {
	r, src := l.r, l.src
	if len(src) > MaxFileSize {
		r.src = nil // no line numbers for a file refused unread
		r.add(Error, 0, "split the episode, or shorten its texts", fmt.Sprintf("file too large: more than %d bytes", MaxFileSize))
		return false
	}
	if off := nestingError(src); off >= 0 {
		r.add(Error, off, "", fmt.Sprintf("arrays and tables nested too deep: more than %d levels", MaxNesting))
		return false
	}
	if off, msg := keyError(src); off >= 0 {
		r.add(Error, off, fmt.Sprintf("use at most %d parts and %d bytes: the format never needs more", MaxKeyParts, MaxKeyLen), msg)
		return false
	}
	return true
}

// parseTOML parses the file a top-level table at a time (see tomlChunks),
// in steps put after this one, and the file whole in the last of them if
// the pieces did not fit together: a broken file gets the whole parse's
// error and position.
func (l *Loader) parseTOML() bool {
	chunks := tomlChunks(l.src)
	l.raw = map[string]any{}
	arrays := map[string]bool{}
	pieces := make([]func() bool, 0, len(chunks)+1)
	for _, c := range chunks {
		pieces = append(pieces, func() bool {
			if l.raw == nil {
				return true // a piece failed: the last step parses the whole
			}
			var got map[string]any
			if _, err := toml.Decode(string(l.src[c.from:c.to]), &got); err != nil || !mergeChunk(l.raw, arrays, c, got) {
				l.raw = nil
			}
			return true
		})
	}
	pieces = append(pieces, l.parseWhole)
	l.steps = slices.Insert(l.steps, l.next, pieces...)
	return true
}

// parseWhole parses the file in one go, unless its pieces already did.
func (l *Loader) parseWhole() bool {
	if l.raw == nil {
		if _, err := toml.Decode(string(l.src), &l.raw); err != nil {
			l.r.syntax(err)
			return false
		}
	}
	l.r.parsed = true
	return true
}

// decode turns the TOML's tables into the format's structs.
func (l *Loader) decode() bool {
	l.d = &decoder{r: l.r, failed: map[string]bool{}}
	l.d.value(l.raw, reflect.ValueOf(&l.f).Elem(), "", nil)
	l.raw = nil
	if l.d.limited {
		return false // a likely hostile file gets no further work
	}
	return true
}

// checkSteps puts the checker's steps after this one.
func (l *Loader) checkSteps() bool {
	l.c = &checker{r: l.r, d: l.d, f: &l.f}
	for _, s := range l.c.steps() {
		l.steps = append(l.steps, func() bool { s(); return true })
	}
	l.steps = append(l.steps, func() bool {
		l.scen = l.c.s
		sum := sha256.Sum256(l.src)
		l.scen.Hash = hex.EncodeToString(sum[:])
		return true
	})
	return true
}

// finish sorts the diagnostics and caps their number.
func (l *Loader) finish() {
	l.done = true
	if l.c != nil && l.c.sc != nil {
		l.c.sc.release()
	}
	r := l.r
	r.diags.Sort()
	if n := len(r.diags); n > MaxDiagnostics {
		last := r.diags[MaxDiagnostics-1]
		r.diags = append(r.diags[:MaxDiagnostics:MaxDiagnostics], Diagnostic{File: l.name, Line: last.Line, Col: last.Col,
			Msg: fmt.Sprintf("too many problems: %d more not shown", n-MaxDiagnostics), Hint: "fix these first"})
	}
}
