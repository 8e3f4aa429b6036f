//go:build !js

package server

import (
	"context"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"time"

	"backchannel/server/play"
	"backchannel/server/store"
)

// HostOptions are `backchannel host`'s settings.
type HostOptions struct {
	Addr    string   // host:port; port 0 picks a free one
	DB      string   // a SQLite file or a postgres:// URL
	Web     string   // the browser build's folder; empty serves the embedded one
	Origins []string // other hosts whose pages may open seats
	Proxies string   // reverse proxies whose X-Forwarded-For is believed (ParseProxies)
}

// Run serves a class server until ctx ends: `backchannel host`. It prints
// the server's address and the instructor console's link on stdout, and
// returns the exit code.
func Run(ctx context.Context, o HostOptions, stdout, stderr io.Writer) int {
	proxies, err := ParseProxies(o.Proxies)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel host: the proxies: %v\n", err)
		return 2
	}
	st, err := store.Open(ctx, o.DB)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel host: %s: %v\n", o.DB, err)
		return 1
	}
	defer st.Close()
	board, note := boardSite(o.Web)
	srv, err := New(ctx, Options{Store: st, Web: board, Origins: o.Origins, Proxies: proxies, Log: log.New(stderr, "host: ", log.LstdFlags)})
	if err != nil {
		fmt.Fprintf(stderr, "backchannel host: %v\n", err)
		return 1
	}
	defer srv.Close()
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel host: %v\n", err)
		return 1
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 64 << 10}
	host := ln.Addr().String()
	if a, ok := ln.Addr().(*net.TCPAddr); ok && a.IP.IsUnspecified() {
		host = fmt.Sprintf("localhost:%d", a.Port)
	}
	fmt.Fprintf(stdout, "Class server at http://%s/ (sessions in %s; Ctrl-C to stop)\n", host, o.DB)
	fmt.Fprintf(stdout, "Instructor console: http://%s/console#key=%s\n", host, srv.AdminKey())
	fmt.Fprintln(stdout, note)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "backchannel host: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Close()
	hs.Shutdown(shutdown)
	if a := srv.Answers(); a != "" {
		fmt.Fprintf(stderr, "backchannel host: %s\n", a)
	}
	return 0
}

// boardSite chooses the browser build to serve under /play/ (play.Open):
// the folder given to host, else the one inside the program. note tells
// the instructor which, or how to get one.
func boardSite(dir string) (h http.Handler, note string) {
	h, where, ok := play.Open(dir)
	if !ok {
		return nil, where + "\nStudents play on their seat's page only."
	}
	return h, "Students' board: " + where
}
