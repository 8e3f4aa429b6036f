//go:build !js

// serve is left out of the browser build, where it could not listen anyway,
// so that game.wasm does not carry an HTTP server.

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"backchannel/web"
)

func init() {
	register(command{
		name:    "serve",
		summary: "serve the browser build locally (build it with scripts/build-web.sh)",
		run:     runServe,
	})
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on, host:port (port 0 picks a free port)")
	dir := fs.String("dir", "build/web", "folder holding the built site")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel serve [-addr 127.0.0.1:8080] [-dir build/web]")
		fmt.Fprintln(stderr, "\nServes the browser build, assembled by scripts/build-web.sh, for trying it")
		fmt.Fprintln(stderr, "out locally. Stop it with Ctrl-C.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "backchannel serve: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		fmt.Fprintf(stderr, "backchannel serve: %s has no index.html; build the site first with scripts/build-web.sh\n", *dir)
		return 1
	}
	if _, err := os.Stat(filepath.Join(*dir, "game.wasm")); err != nil {
		fmt.Fprintf(stderr, "backchannel serve: warning: %s has no game.wasm; the page will say the game could not be downloaded\n", *dir)
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel serve: %v\n", err)
		return 1
	}
	srv := web.NewServer(logRequests(web.NewHandler(*dir), stderr))
	abs, _ := filepath.Abs(*dir)
	fmt.Fprintf(stdout, "Serving %s at http://%s/ (Ctrl-C to stop)\n", abs, ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(web.Limit(ln, web.MaxConns)) }()
	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "backchannel serve: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "backchannel serve: %v\n", err)
		return 1
	}
	return 0
}

// logRequests writes one line per request: method, path, status, bytes,
// content encoding and duration.
func logRequests(h http.Handler, w io.Writer) http.Handler {
	var mu sync.Mutex
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: rw, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		enc := sw.Header().Get("Content-Encoding")
		if enc == "" {
			enc = "-"
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, "%s %s %d %dB %s %s\n", r.Method, r.URL.RequestURI(), sw.status, sw.n, enc,
			time.Since(start).Round(time.Millisecond))
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	n      int64
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(p []byte) (int, error) {
	n, err := s.ResponseWriter.Write(p)
	s.n += int64(n)
	return n, err
}
