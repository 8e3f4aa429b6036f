//go:build !js

package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"backchannel/server/store"
	"backchannel/server/store/storetest"
)

func TestStore(t *testing.T) {
	for _, db := range storetest.Databases(t) {
		t.Run(db.Name, func(t *testing.T) {
			ctx := context.Background()
			s, err := store.Open(ctx, db.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			now := time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)
			ss := store.Session{ID: "s1", Code: "ABC-123", Name: "Section 1", Created: now, Config: []byte(`{"a":1}`), Scenario: []byte("builtin:tutorial")}
			if err := s.Create(ctx, ss, []store.Token{{Token: "t-ins"}, {Token: "t-ald", Actor: "ALD"}}); err != nil {
				t.Fatal(err)
			}
			if err := s.Create(ctx, ss, nil); !errors.Is(err, store.ErrConflict) {
				t.Fatalf("a second session s1: %v", err)
			}
			got, err := s.ByCode(ctx, "ABC-123")
			if err != nil || got.ID != "s1" || string(got.Config) != `{"a":1}` || !got.Created.Equal(now) {
				t.Fatalf("by code: %+v %v", got, err)
			}
			if _, err := s.Session(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("missing session: %v", err)
			}
			tok, err := s.Lookup(ctx, "t-ald")
			if err != nil || tok.Session != "s1" || tok.Actor != "ALD" {
				t.Fatalf("lookup: %+v %v", tok, err)
			}
			if _, err := s.Lookup(ctx, "t-x"); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("bad token: %v", err)
			}
			// Writers racing for the same numbers: each number is taken once.
			var wg sync.WaitGroup
			won := make([]int, 20)
			for w := 0; w < 4; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for seq := 1; seq <= 20; seq++ {
						if err := s.Append(ctx, "s1", seq, []byte(`{"seq":1}`)); err == nil {
							won[seq-1]++
						} else if !errors.Is(err, store.ErrConflict) {
							t.Error(err)
						}
					}
				}()
			}
			wg.Wait()
			for i, n := range won {
				if n != 1 {
					t.Fatalf("event %d appended %d times", i+1, n)
				}
			}
			evs, err := s.Events(ctx, "s1", 15)
			if err != nil || len(evs) != 5 {
				t.Fatalf("events after 15: %d %v", len(evs), err)
			}
			if n, err := s.LastSeq(ctx, "s1"); n != 20 || err != nil {
				t.Fatalf("last seq %d %v", n, err)
			}
			if err := <-s.SetRecord("s1", []byte(`{"turns":[]}`)); err != nil {
				t.Fatal(err)
			}
			if r, _ := s.Record(ctx, "s1"); string(r) != `{"turns":[]}` {
				t.Fatalf("record %q", r)
			}
			a, _ := s.Setting(ctx, "k", "first")
			b, _ := s.Setting(ctx, "k", "second")
			if a != "first" || b != "first" {
				t.Fatalf("setting %q %q", a, b)
			}
			list, err := s.Sessions(ctx)
			if err != nil || len(list) != 1 {
				t.Fatalf("sessions %v %v", list, err)
			}
			// Deleting takes everything of the session, on SQLite also an
			// event queued just before (PostgreSQL's server appends and
			// waits).
			queued := s.Queue("s1", 21, []byte(`{"seq":21}`))
			if s.Shared() {
				if err := <-queued; err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Delete(ctx, "s1"); err != nil {
				t.Fatal(err)
			}
			if !s.Shared() {
				if err := <-queued; err != nil {
					t.Fatal(err)
				}
			}
			if _, err := s.Session(ctx, "s1"); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("a deleted session: %v", err)
			}
			if _, err := s.Lookup(ctx, "t-ald"); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("a deleted session's token: %v", err)
			}
			if evs, err := s.Events(ctx, "s1", 0); len(evs) != 0 || err != nil {
				t.Fatalf("a deleted session's events: %d %v", len(evs), err)
			}
		})
	}
}
