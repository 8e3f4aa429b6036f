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

	"backchannel/server/play"
	"backchannel/web"
)

func init() {
	register(command{
		name:    "serve",
		summary: "serve the browser build locally (the one inside the program, or -dir DIR)",
		run:     runServe,
	})
}

func runServe(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on, host:port (port 0 picks a free port)")
	dir := fs.String("dir", "", "serve the browser build in `DIR` (scripts/build-web.sh) instead of the one inside the program")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel serve [-addr 127.0.0.1:8080] [-dir DIR]")
		fmt.Fprintln(stderr, "\nServes the browser build for trying it out locally: the one inside the program")
		fmt.Fprintln(stderr, "(make build), else build/web (scripts/build-web.sh). Stop it with Ctrl-C.")
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
	site, where, err := serveSite(*dir)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel serve: %v\n", err)
		return 1
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel serve: %v\n", err)
		return 1
	}
	srv := web.NewServer(logRequests(site, stderr))
	fmt.Fprintf(stdout, "Serving %s at http://%s/ (Ctrl-C to stop)\n", where, ln.Addr())

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

// serveSite chooses the build to serve as host does (play.Open): dir, or
// the one inside the program, else build/web, where scripts/build-web.sh
// puts it by default.
func serveSite(dir string) (http.Handler, string, error) {
	h, where, ok := play.Open(dir)
	if ok {
		return h, where, nil
	}
	if dir == "" {
		if h, w, ok := play.Open(filepath.Join("build", "web")); ok {
			return h, w, nil
		}
		where += " Or build the site alone with scripts/build-web.sh."
	}
	return nil, "", errors.New(where)
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
