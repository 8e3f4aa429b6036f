//go:build !js

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL, as "pgx"
	_ "modernc.org/sqlite"             // SQLite in pure Go, as "sqlite"
)

// schema is the same for both databases: TEXT for ids, JSON and times
// (RFC 3339, UTC), BIGINT for event numbers.
var schema = []string{
	`CREATE TABLE IF NOT EXISTS sessions (
		id TEXT PRIMARY KEY,
		code TEXT NOT NULL UNIQUE,
		name TEXT NOT NULL,
		created TEXT NOT NULL,
		config TEXT NOT NULL,
		scenario TEXT NOT NULL,
		record TEXT NOT NULL DEFAULT ''
	)`,
	`CREATE TABLE IF NOT EXISTS tokens (
		token TEXT PRIMARY KEY,
		session_id TEXT NOT NULL,
		actor TEXT NOT NULL
	)`,
	`CREATE INDEX IF NOT EXISTS tokens_session ON tokens (session_id)`,
	`CREATE TABLE IF NOT EXISTS events (
		session_id TEXT NOT NULL,
		seq BIGINT NOT NULL,
		body TEXT NOT NULL,
		PRIMARY KEY (session_id, seq)
	)`,
	`CREATE TABLE IF NOT EXISTS settings (
		key TEXT PRIMARY KEY,
		value TEXT NOT NULL
	)`,
}

type sqlStore struct {
	db *sql.DB
	pg bool // placeholders $1, $2… instead of ?
	// appends queue events for the SQLite committer, which writes all
	// that are waiting in one transaction: one commit for many students.
	appends chan appendReq
	quit    chan struct{}
	done    chan struct{}
	cpDone  chan struct{}
}

type appendReq struct {
	session string
	record  bool // body is the session's save record, not event seq
	delete  bool // remove the session
	seq     int
	body    []byte
	result  chan error
}

// Open opens the store named by dsn: a postgres:// or postgresql:// URL
// for PostgreSQL, anything else is a SQLite file (created if missing).
func Open(ctx context.Context, dsn string) (Store, error) {
	s := &sqlStore{}
	var err error
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		s.pg = true
		s.db, err = sql.Open("pgx", dsn)
		if err == nil {
			s.db.SetMaxOpenConns(16)
		}
	} else {
		// WAL with synchronous=NORMAL keeps every committed event across a
		// crash of the process. Readers run beside the one writer, the
		// committer; busy_timeout covers the rare other writes. The WAL
		// is copied into the file by checkpointer, not inside commits.
		s.db, err = sql.Open("sqlite", "file:"+dsn+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(on)&_pragma=wal_autocheckpoint(0)")
		if err == nil {
			s.db.SetMaxOpenConns(4)
			s.appends, s.quit, s.done, s.cpDone = make(chan appendReq, 1024), make(chan struct{}), make(chan struct{}), make(chan struct{})
		}
	}
	if err != nil {
		return nil, err
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("cannot open the database: %w", err)
	}
	for _, q := range schema {
		if _, err := s.db.ExecContext(ctx, q); err != nil && !s.raced(err) {
			s.db.Close()
			return nil, fmt.Errorf("cannot create the tables: %w", err)
		}
	}
	if s.appends != nil {
		go s.commit()
		go s.checkpointer()
	}
	return s, nil
}

// raced reports an error from two processes creating the same table at
// once in PostgreSQL, where IF NOT EXISTS is not atomic.
func (s *sqlStore) raced(err error) bool {
	return s.pg && (strings.Contains(err.Error(), "23505") || strings.Contains(err.Error(), "already exists"))
}

// q rewrites ? placeholders for PostgreSQL.
func (s *sqlStore) q(query string) string {
	if !s.pg {
		return query
	}
	var b strings.Builder
	n := 0
	for _, c := range query {
		if c == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

func duplicate(err error) bool {
	m := err.Error()
	return strings.Contains(m, "UNIQUE constraint failed") || strings.Contains(m, "SQLSTATE 23505") ||
		strings.Contains(m, "duplicate key value")
}

func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return err
}

func (s *sqlStore) Create(ctx context.Context, ss Session, tokens []Token) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO sessions (id, code, name, created, config, scenario) VALUES (?, ?, ?, ?, ?, ?)`),
		ss.ID, ss.Code, ss.Name, ss.Created.UTC().Format(time.RFC3339Nano), string(ss.Config), string(ss.Scenario)); err != nil {
		if duplicate(err) {
			return ErrConflict
		}
		return err
	}
	for _, t := range tokens {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO tokens (token, session_id, actor) VALUES (?, ?, ?)`), t.Token, ss.ID, t.Actor); err != nil {
			return err
		}
	}
	return tx.Commit()
}

func (s *sqlStore) scanSession(row interface{ Scan(...any) error }) (Session, error) {
	var ss Session
	var created, cfg, scen string
	if err := row.Scan(&ss.ID, &ss.Code, &ss.Name, &created, &cfg, &scen); err != nil {
		return ss, notFound(err)
	}
	ss.Created, _ = time.Parse(time.RFC3339Nano, created)
	ss.Config, ss.Scenario = []byte(cfg), []byte(scen)
	return ss, nil
}

func (s *sqlStore) Session(ctx context.Context, id string) (Session, error) {
	return s.scanSession(s.db.QueryRowContext(ctx, s.q(`SELECT id, code, name, created, config, scenario FROM sessions WHERE id = ?`), id))
}

func (s *sqlStore) ByCode(ctx context.Context, code string) (Session, error) {
	return s.scanSession(s.db.QueryRowContext(ctx, s.q(`SELECT id, code, name, created, config, scenario FROM sessions WHERE code = ?`), code))
}

func (s *sqlStore) Sessions(ctx context.Context) ([]Session, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, code, name, created, '', '' FROM sessions ORDER BY created DESC, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Session
	for rows.Next() {
		ss, err := s.scanSession(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, ss)
	}
	return out, rows.Err()
}

func (s *sqlStore) Lookup(ctx context.Context, token string) (Token, error) {
	t := Token{Token: token}
	err := s.db.QueryRowContext(ctx, s.q(`SELECT session_id, actor FROM tokens WHERE token = ?`), token).Scan(&t.Session, &t.Actor)
	return t, notFound(err)
}

func (s *sqlStore) Tokens(ctx context.Context, session string) ([]Token, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT token, actor FROM tokens WHERE session_id = ? ORDER BY actor`), session)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Token
	for rows.Next() {
		t := Token{Session: session}
		if err := rows.Scan(&t.Token, &t.Actor); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Append inserts unless the number is taken: ON CONFLICT DO NOTHING and
// no row affected means another writer was first.
func (s *sqlStore) Append(ctx context.Context, session string, seq int, body []byte) error {
	if s.appends == nil {
		return s.insert(ctx, s.db, session, seq, body)
	}
	r := appendReq{session: session, seq: seq, body: body, result: make(chan error, 1)}
	select {
	case s.appends <- r:
	case <-s.quit:
		return errors.New("the store is closed")
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-r.result:
		return err
	case <-ctx.Done():
		return ctx.Err() // it may still be stored: the next read of events tells
	}
}

func (s *sqlStore) Queue(session string, seq int, body []byte) <-chan error {
	r := appendReq{session: session, seq: seq, body: body, result: make(chan error, 1)}
	if s.appends == nil {
		go func() { r.result <- s.insert(context.Background(), s.db, session, seq, body) }()
		return r.result
	}
	select {
	case s.appends <- r:
	case <-s.quit:
		r.result <- errors.New("the store is closed")
	}
	return r.result
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// insertEvent appends an event unless its number is taken.
const insertEvent = `INSERT INTO events (session_id, seq, body) VALUES (?, ?, ?) ON CONFLICT (session_id, seq) DO NOTHING`

func (s *sqlStore) insert(ctx context.Context, db execer, session string, seq int, body []byte) error {
	return inserted(db.ExecContext(ctx, s.q(insertEvent), session, seq, string(body)))
}

// inserted reads the outcome of an insertEvent: ErrConflict when the
// number was taken.
func inserted(res sql.Result, err error) error {
	if err != nil {
		if duplicate(err) {
			return ErrConflict
		}
		return err
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return ErrConflict
	}
	return err
}

// commit writes the queued appends, as many as are waiting, in one
// transaction each time, and answers each once its transaction is
// committed.
func (s *sqlStore) commit() {
	defer close(s.done)
	ctx := context.Background()
	for {
		var batch []appendReq
		select {
		case r := <-s.appends:
			batch = append(batch, r)
		case <-s.quit:
			return
		}
	more:
		for len(batch) < 512 {
			select {
			case r := <-s.appends:
				batch = append(batch, r)
			default:
				break more
			}
		}
		results := make([]error, len(batch))
		tx, err := s.db.BeginTx(ctx, nil)
		var ins *sql.Stmt
		if err == nil {
			// One statement for the batch's events: SQLite then parses the
			// insert once, not once an event, and the committer is the one
			// path every acknowledgement waits on.
			ins, err = tx.PrepareContext(ctx, insertEvent)
		}
		if err == nil {
			for i, r := range batch {
				if r.record {
					results[i] = s.setRecord(ctx, tx, r.session, r.body)
				} else if r.delete {
					results[i] = s.remove(ctx, tx, r.session)
				} else {
					results[i] = inserted(ins.ExecContext(ctx, r.session, r.seq, string(r.body)))
				}
			}
			ins.Close()
			err = tx.Commit()
		} else if tx != nil {
			tx.Rollback()
		}
		for i, r := range batch {
			if err != nil {
				results[i] = err
			}
			r.result <- results[i]
		}
	}
}

// checkpointer copies the WAL into the database file every second,
// beside the committer. SQLite's own checkpoints ran inside a commit, and
// their fsync held every acknowledgement waiting behind it: the load
// test's slowest orders came in 100-170 ms stalls of all sessions at
// once. A passive checkpoint does not hold up the writer.
func (s *sqlStore) checkpointer() {
	defer close(s.cpDone)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-s.quit:
			return
		case <-t.C:
		}
		s.db.ExecContext(context.Background(), "PRAGMA wal_checkpoint(PASSIVE)")
	}
}

func (s *sqlStore) Events(ctx context.Context, session string, after int) ([][]byte, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT body FROM events WHERE session_id = ? AND seq > ? ORDER BY seq`), session, after)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]byte
	for rows.Next() {
		var b string
		if err := rows.Scan(&b); err != nil {
			return nil, err
		}
		out = append(out, []byte(b))
	}
	return out, rows.Err()
}

func (s *sqlStore) LastSeq(ctx context.Context, session string) (int, error) {
	var n sql.NullInt64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT MAX(seq) FROM events WHERE session_id = ?`), session).Scan(&n)
	return int(n.Int64), err
}

// SetRecord goes through the committer on SQLite, like the events: a
// second writer beside it made both wait on SQLite's busy handler, which
// sleeps 1 to 100 ms at a time (the load test's p99).
func (s *sqlStore) SetRecord(session string, record []byte) <-chan error {
	r := appendReq{session: session, record: true, body: record, result: make(chan error, 1)}
	if s.appends == nil {
		r.result <- s.setRecord(context.Background(), s.db, session, record)
		return r.result
	}
	select {
	case s.appends <- r:
	case <-s.quit:
		r.result <- errors.New("the store is closed")
	}
	return r.result
}

func (s *sqlStore) setRecord(ctx context.Context, db execer, session string, record []byte) error {
	_, err := db.ExecContext(ctx, s.q(`UPDATE sessions SET record = ? WHERE id = ?`), string(record), session)
	return err
}

func (s *sqlStore) Delete(ctx context.Context, session string) error {
	if s.appends == nil {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if err := s.remove(ctx, tx, session); err != nil {
			return err
		}
		return tx.Commit()
	}
	r := appendReq{session: session, delete: true, result: make(chan error, 1)}
	select {
	case s.appends <- r:
	case <-s.quit:
		return errors.New("the store is closed")
	case <-ctx.Done():
		return ctx.Err()
	}
	return <-r.result
}

// remove deletes a session's rows, inside a transaction.
func (s *sqlStore) remove(ctx context.Context, db execer, session string) error {
	for _, q := range []string{`DELETE FROM events WHERE session_id = ?`, `DELETE FROM tokens WHERE session_id = ?`, `DELETE FROM sessions WHERE id = ?`} {
		if _, err := db.ExecContext(ctx, s.q(q), session); err != nil {
			return err
		}
	}
	return nil
}

func (s *sqlStore) Record(ctx context.Context, session string) ([]byte, error) {
	var r string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT record FROM sessions WHERE id = ?`), session).Scan(&r)
	return []byte(r), notFound(err)
}

func (s *sqlStore) Setting(ctx context.Context, key, value string) (string, error) {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`), key, value)
	if err != nil {
		return "", err
	}
	var v string
	err = s.db.QueryRowContext(ctx, s.q(`SELECT value FROM settings WHERE key = ?`), key).Scan(&v)
	return v, err
}

func (s *sqlStore) Shared() bool { return s.pg }

func (s *sqlStore) Close() error {
	if s.quit != nil {
		close(s.quit)
		<-s.done
		<-s.cpDone
	}
	return s.db.Close()
}
