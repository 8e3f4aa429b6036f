//go:build !js

package web

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// Limits of the local server. A client that reads slowly, or never, holds
// a connection and its descriptors: without them 500 slow readers held
// 1,500 descriptors for over a minute.
const (
	// MaxConns is the most connections served at once; more wait in the
	// listen queue.
	MaxConns = 128
	// WriteTimeout bounds one response: the 27 MB game.wasm at 1 MB/s.
	WriteTimeout = 45 * time.Second
	// IdleTimeout closes a kept-alive connection that sends nothing.
	IdleTimeout = 30 * time.Second
	// ReadTimeout bounds reading a request, headers and (empty) body.
	ReadTimeout = 15 * time.Second
)

// NewServer is an http.Server for h with the limits above, for `backchannel
// serve` and the tests. Serve it on Limit(listener).
func NewServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
}

// Limit makes a listener accept at most n connections at once; Accept
// waits for one to close beyond that.
func Limit(l net.Listener, n int) net.Listener {
	return &limitListener{Listener: l, sem: make(chan struct{}, n)}
}

type limitListener struct {
	net.Listener
	sem chan struct{}
}

func (l *limitListener) Accept() (net.Conn, error) {
	l.sem <- struct{}{}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.sem
		return nil, err
	}
	return &limitConn{Conn: c, release: func() { <-l.sem }}, nil
}

type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
