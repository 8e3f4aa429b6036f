package save

import (
	"errors"
	"fmt"
)

// Sentinel errors say what is wrong with a save; every error the loader
// returns wraps one of them, so callers can test with errors.Is while the
// message names the particular problem.
var (
	ErrEmpty           = errors.New("the file is empty")
	ErrTruncated       = errors.New("the file is truncated")
	ErrCorrupt         = errors.New("the file is corrupted")
	ErrForeign         = errors.New("not a Backchannel save")
	ErrNewer           = errors.New("made by a newer version of Backchannel")
	ErrScenario        = errors.New("wrong scenario")
	ErrScenarioChanged = errors.New("the scenario has changed since the game was saved")
	ErrHashMismatch    = errors.New("the replay does not reproduce the saved game")
	ErrBadSlot         = errors.New("bad save slot name")
	ErrNoSlot          = errors.New("no such save")
	ErrQuota           = errors.New("no room left to save")
	ErrStorage         = errors.New("the storage refused the save")
)

// Error is a problem with one save: which (a file or slot name, when known),
// what kind (one of the sentinel errors) and the details.
type Error struct {
	Name   string // file or slot; may be empty
	Kind   error  // one of the Err* sentinels
	Detail string // what exactly, in words
	Err    error  // the underlying error, if any
}

func (e *Error) Error() string {
	s := "save: "
	if e.Name != "" {
		s += e.Name + ": "
	}
	s += e.Kind.Error()
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

// Unwrap lets errors.Is find both the kind and the underlying cause.
func (e *Error) Unwrap() []error {
	if e.Err != nil {
		return []error{e.Kind, e.Err}
	}
	return []error{e.Kind}
}

func errorf(kind error, format string, args ...any) *Error {
	return &Error{Kind: kind, Detail: fmt.Sprintf(format, args...)}
}

// named sets the file or slot name on a save error, keeping others as they are.
func named(err error, name string) error {
	var e *Error
	if errors.As(err, &e) && e.Name == "" {
		c := *e
		c.Name = name
		return &c
	}
	return err
}
