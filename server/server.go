//go:build !js

// Package server is the class server of `backchannel host`: it holds each
// class session's game (package class), stores every event before it is
// acknowledged (package store), sends each seat only its own view over
// WebSocket, and serves the instructor's console and the students' page.
//
// Several server processes may share one PostgreSQL database: events are
// numbered, the database takes each number once, and a process that finds
// a number taken reads the other process's events and tries again.
// Processes also read new events of the sessions their students watch
// every PollEvery, so a seat connected to one process sees a turn that
// another resolved.
package server

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"log"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"backchannel/server/store"
)

// Options configure a Server.
type Options struct {
	Store store.Store
	// Web serves the browser build under /play/ (web.NewHandler of a
	// folder, or the build embedded in the program); nil serves none.
	Web http.Handler
	// Origins are extra host patterns (as in "*.example.edu") allowed to
	// open WebSockets; the server's own host always is.
	Origins []string
	// Proxies are the reverse proxies in front of the server (addresses
	// and ranges): requests from them are limited by the address their
	// X-Forwarded-For names. Without any, that header is ignored: anyone
	// could write it.
	Proxies []netip.Prefix
	// PollEvery is how often a process looks for other processes' events
	// in the sessions it serves; 0 means 500 ms.
	PollEvery time.Duration
	// Now is the clock; nil is time.Now.
	Now func() time.Time
	// Log receives one line per notable thing; nil discards.
	Log *log.Logger
}

// Server is a class server.
type Server struct {
	opt      Options
	st       store.Store
	mux      *http.ServeMux
	adminKey string // the host's instructor key
	limit    *limiter
	scens    scenarios
	answers  answerTimes

	mu       sync.Mutex
	sessions map[string]*live
	ctx      context.Context
	cancel   context.CancelFunc
	wg       sync.WaitGroup
}

// New starts a server over a store. The host's instructor key is made on
// the first start and kept in the store, so every process shares it.
func New(ctx context.Context, opt Options) (*Server, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.PollEvery <= 0 {
		opt.PollEvery = 500 * time.Millisecond
	}
	if opt.Log == nil {
		opt.Log = log.New(discard{}, "", 0)
	}
	key, err := opt.Store.Setting(ctx, "admin_key", newToken())
	if err != nil {
		return nil, err
	}
	s := &Server{opt: opt, st: opt.Store, adminKey: key, sessions: map[string]*live{}, limit: newLimiter()}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.routes()
	s.wg.Add(1)
	go s.poll()
	return s, nil
}

// AdminKey is the key of the host's instructor console.
func (s *Server) AdminKey() string { return s.adminKey }

// Answers sums up how long the server took to answer seats' requests
// since it started (see answerTimes); "" before the first.
func (s *Server) Answers() string { return s.answers.Summary() }

// ServeHTTP serves the API, the pages and the WebSockets.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Close stops the server's timers and pollers and closes its seats'
// connections; the store stays open.
func (s *Server) Close() {
	s.cancel()
	s.mu.Lock()
	for _, l := range s.sessions {
		l.stop()
	}
	s.mu.Unlock()
	s.wg.Wait()
}

// newToken is 130 random bits in base32: unguessable, and safe in a URL.
func newToken() string {
	b := make([]byte, 17)
	rand.Read(b)
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b)[:26]
}

// newCode is a join code a student can type from a projector: eight
// letters and digits without look-alikes (40 bits).
func newCode() string {
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 8)
	rand.Read(b)
	out := make([]byte, 0, 9)
	for i, c := range b {
		if i == 4 {
			out = append(out, '-')
		}
		out = append(out, alphabet[int(c)%len(alphabet)])
	}
	return string(out)
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
