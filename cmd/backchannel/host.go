package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"backchannel/server"
	"backchannel/server/store"
)

func init() {
	register(command{
		name:    "host",
		summary: "class server: students' seats over the network and the instructor console",
		run:     runHost,
	})
}

func runHost(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("host", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", ":8080", "address to listen on, host:port (port 0 picks a free port)")
	db := fs.String("db", "backchannel-class.sqlite", "where sessions are kept: a SQLite `FILE`, or a postgres:// URL shared by several servers")
	webDir := fs.String("web", "", "serve the browser build in `DIR` (scripts/build-web.sh) under /play/")
	origins := fs.String("origins", "", "other web `HOSTS` (comma-separated patterns) whose pages may connect, behind a proxy")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel host [-addr :8080] [-db FILE.sqlite | postgres://…] [-web DIR]")
		fmt.Fprintln(stderr, "\nRuns a class server. Open the printed console link to create sessions; students")
		fmt.Fprintln(stderr, "join with a link, a QR code or a code. Stop it with Ctrl-C.")
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
		fmt.Fprintf(stderr, "backchannel host: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := store.Open(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel host: %s: %v\n", *db, err)
		return 1
	}
	defer st.Close()
	opt := server.Options{Store: st, Web: *webDir, Log: log.New(stderr, "host: ", log.LstdFlags)}
	if *origins != "" {
		opt.Origins = strings.Split(*origins, ",")
	}
	srv, err := server.New(ctx, opt)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel host: %v\n", err)
		return 1
	}
	defer srv.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel host: %v\n", err)
		return 1
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 64 << 10}
	host := ln.Addr().String()
	if a, ok := ln.Addr().(*net.TCPAddr); ok && a.IP.IsUnspecified() {
		host = fmt.Sprintf("localhost:%d", a.Port)
	}
	fmt.Fprintf(stdout, "Class server at http://%s/ (sessions in %s; Ctrl-C to stop)\n", host, *db)
	fmt.Fprintf(stdout, "Instructor console: http://%s/console#key=%s\n", host, srv.AdminKey())
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
	return 0
}
