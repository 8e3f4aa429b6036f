//go:build !js

// Package storetest gives tests the databases to run against: a SQLite
// file always, and a fresh PostgreSQL database when
// BACKCHANNEL_TEST_POSTGRES names a server (scripts/test.sh starts one).
// Without it the PostgreSQL cases are skipped, except under CI=true, where
// that is a failure: nothing is skipped silently on CI.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// DB is one database to run a test against.
type DB struct {
	Name string // "sqlite" or "postgres"
	DSN  string // what store.Open and `backchannel host -db` take
}

// Databases returns a fresh SQLite file and, when available, a fresh
// PostgreSQL database, each removed after the test.
func Databases(t testing.TB) []DB {
	t.Helper()
	dbs := []DB{{Name: "sqlite", DSN: filepath.Join(t.TempDir(), "class.sqlite")}}
	if pg, ok := Postgres(t); ok {
		dbs = append(dbs, DB{Name: "postgres", DSN: pg})
	}
	return dbs
}

// Postgres creates a fresh database on the server that
// BACKCHANNEL_TEST_POSTGRES names and returns its URL.
func Postgres(t testing.TB) (string, bool) {
	t.Helper()
	admin := os.Getenv("BACKCHANNEL_TEST_POSTGRES")
	if admin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("BACKCHANNEL_TEST_POSTGRES is not set under CI: run the tests with scripts/test.sh, which starts PostgreSQL")
		}
		t.Log("PostgreSQL cases skipped: BACKCHANNEL_TEST_POSTGRES is not set (scripts/test.sh sets it)")
		return "", false
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("BACKCHANNEL_TEST_POSTGRES: %v", err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "bc_test_" + hex.EncodeToString(b)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("creating a test database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	u.Path = "/" + name
	return u.String(), true
}
