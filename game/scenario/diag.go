package scenario

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severity says whether a diagnostic stops a scenario from loading.
type Severity int

// Severities: an Error stops the scenario loading; a Warning is a likely
// mistake that still plays.
const (
	Error Severity = iota
	Warning
)

// String names the severity.
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem found in a scenario file. Line and Col count
// from 1 (Col in bytes, as editors and the Go tools do); Line 0 means the
// problem concerns the whole file.
type Diagnostic struct {
	File      string
	Line, Col int
	Severity  Severity
	Msg       string
	Hint      string
}

// String formats the diagnostic as FILE:LINE:COL: message (hint), with
// "warning: " before the message of a warning.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", d.Line, d.Col)
	}
	b.WriteString(": ")
	if d.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(d.Msg)
	if d.Hint != "" {
		b.WriteString(" (" + d.Hint + ")")
	}
	return b.String()
}

// Diagnostics is a list of problems, sorted by file and position once the
// loader returns it.
type Diagnostics []Diagnostic

// Sort orders the diagnostics by file, line, column, severity and message,
// so that output is stable whatever order the checks ran in. At one place,
// a "missing key" comes after the rest: it is most often the echo of
// another fault there (a misspelt [scenari] leaves [scenario] missing),
// and the real fault should be read first.
func (ds Diagnostics) Sort() {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col),
			cmp.Compare(a.Severity, b.Severity), cmp.Compare(echo(a), echo(b)), cmp.Compare(a.Msg, b.Msg))
	})
}

// echo ranks a missing key after other problems at the same place.
func echo(d Diagnostic) int {
	if strings.HasPrefix(d.Msg, "missing key ") {
		return 1
	}
	return 0
}

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	return slices.ContainsFunc(ds, func(d Diagnostic) bool { return d.Severity == Error })
}

// Errors returns only the errors.
func (ds Diagnostics) Errors() Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == Error {
			out = append(out, d)
		}
	}
	return out
}

// String formats the diagnostics one per line, each ending in a newline:
// exactly what `backchannel validate` prints.
func (ds Diagnostics) String() string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// LoadError is the error returned when a scenario has errors. Its text
// lists the error diagnostics one per line.
type LoadError struct {
	File  string
	Diags Diagnostics
}

// Error says how many errors the file has, then lists them.
func (e *LoadError) Error() string {
	errs := e.Diags.Errors()
	s := "s"
	if len(errs) == 1 {
		s = ""
	}
	return fmt.Sprintf("scenario: %d error%s in %s:\n%s", len(errs), s, e.File, strings.TrimSuffix(errs.String(), "\n"))
}
