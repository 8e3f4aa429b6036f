//go:build !js

// Package store keeps class sessions for the class server: each session's
// settings, scenario and save record, its seat tokens, and its append-only
// list of events. One implementation over database/sql serves both SQLite
// (a pure-Go driver, the default: one file, nothing to install) and
// PostgreSQL (pgx, for several server processes sharing one database),
// with the same schema.
package store

import (
	"context"
	"errors"
	"time"
)

// Errors of a Store.
var (
	// ErrNotFound: no session, token or code of that name.
	ErrNotFound = errors.New("not found")
	// ErrConflict: another writer appended an event with the same number
	// first; reload the events and try again.
	ErrConflict = errors.New("an event with that number exists")
)

// Session is a stored session's settings.
type Session struct {
	ID      string
	Code    string // the short join code students type
	Name    string
	Created time.Time
	// Config is the class.Config as JSON; Scenario the uploaded scenario's
	// TOML source, or the name of a built-in scenario prefixed with
	// "builtin:".
	Config   []byte
	Scenario []byte
}

// Token gives access to a session: to one seat, or (Actor empty) to the
// instructor's console for it.
type Token struct {
	Token   string
	Session string
	Actor   string
}

// Store keeps sessions. Every method is safe for concurrent use, also by
// several processes sharing one database.
type Store interface {
	// Create stores a new session with its tokens.
	Create(ctx context.Context, s Session, tokens []Token) error
	// Session reads a session's settings.
	Session(ctx context.Context, id string) (Session, error)
	// Sessions lists every session, newest first, without Config and Scenario.
	Sessions(ctx context.Context) ([]Session, error)
	// ByCode finds a session by its join code.
	ByCode(ctx context.Context, code string) (Session, error)
	// Lookup finds what a token opens.
	Lookup(ctx context.Context, token string) (Token, error)
	// Tokens lists a session's tokens.
	Tokens(ctx context.Context, session string) ([]Token, error)
	// Append stores event number seq of a session; ErrConflict if that
	// number is taken. It returns once the event is durable.
	Append(ctx context.Context, session string, seq int, body []byte) error
	// Queue is Append without waiting: events queued one after another
	// are written in that order, and the channel answers once the event
	// is durable.
	Queue(session string, seq int, body []byte) <-chan error
	// Events returns a session's events after seq, in order.
	Events(ctx context.Context, session string, after int) ([][]byte, error)
	// LastSeq is the number of a session's latest event (0 if none).
	LastSeq(ctx context.Context, session string) (int, error)
	// SetRecord stores a session's save record (JSON), after a turn. Like
	// Queue it need not wait: the record is written after the events
	// queued before it, and the channel answers once it is durable.
	SetRecord(session string, record []byte) <-chan error
	// Delete removes a session: its settings, tokens, events and record.
	// On SQLite it is written after the events queued before it, so that
	// none of them is left behind.
	Delete(ctx context.Context, session string) error
	// Record reads a session's latest stored save record.
	Record(ctx context.Context, session string) ([]byte, error)
	// Shared reports whether other processes may write to the database
	// (PostgreSQL); a SQLite file belongs to one server process, which
	// then need not read back what it wrote.
	Shared() bool
	// Setting reads a host-wide setting, storing value first if it has none,
	// so that every process sharing the database agrees on it.
	Setting(ctx context.Context, key, value string) (string, error)
	Close() error
}
