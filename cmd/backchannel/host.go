//go:build !js

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"backchannel/server"
)

func init() {
	register(command{
		name:    "host",
		summary: "class server: students' seats over the network and the instructor console",
		run:     runHost,
	})
}

func runHost(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fs := flag.NewFlagSet("host", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", ":8080", "address to listen on, host:port (port 0 picks a free port)")
	db := fs.String("db", "backchannel-class.sqlite", "where sessions are kept: a SQLite `FILE`, or a postgres:// URL shared by several servers")
	webDir := fs.String("web", "", "serve the browser build in `DIR` (scripts/build-web.sh) under /play/ instead of the one built in")
	origins := fs.String("origins", "", "other web `HOSTS` (comma-separated patterns) whose pages may connect, behind a proxy")
	proxies := fs.String("proxies", "", "your reverse proxies' `ADDRESSES` (comma-separated, ranges as 10.0.0.0/8): behind them, students' addresses are read from X-Forwarded-For")
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
	o := server.HostOptions{Addr: *addr, DB: *db, Web: *webDir, Proxies: *proxies}
	if *origins != "" {
		o.Origins = strings.Split(*origins, ",")
	}
	return server.Run(ctx, o, stdout, stderr)
}
