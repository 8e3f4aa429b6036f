//go:build !js

package server_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"regexp"
	"runtime/pprof"
	"strings"
	"syscall"
	"testing"
	"time"

	"backchannel/server"
)

// TestMain lets the test binary be a class server process of its own:
// the kill-and-restart and two-process tests run it with
// BACKCHANNEL_HOST_CHILD set, as `backchannel host` would run.
func TestMain(m *testing.M) {
	if os.Getenv("BACKCHANNEL_HOST_CHILD") == "1" {
		os.Exit(hostChild())
	}
	os.Exit(m.Run())
}

// hostChild is the server process: `backchannel host` until SIGTERM. With
// BACKCHANNEL_HOST_CPUPROFILE set it writes a CPU profile there (the load
// test's server, profiled by hand).
func hostChild() int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	if f := os.Getenv("BACKCHANNEL_HOST_CPUPROFILE"); f != "" {
		if out, err := os.Create(f); err == nil && pprof.StartCPUProfile(out) == nil {
			defer out.Close()
			defer pprof.StopCPUProfile()
		}
	}
	return server.Run(ctx, server.HostOptions{Addr: os.Getenv("BACKCHANNEL_HOST_ADDR"), DB: os.Getenv("BACKCHANNEL_HOST_DB")}, os.Stdout, os.Stderr)
}

// proc is a class server in a process of its own.
type proc struct {
	cmd *exec.Cmd
	// stderr is what the process wrote there: read it once it has ended.
	stderr *strings.Builder
	URL    string
	Key    string
	Addr   string
}

var consoleLine = regexp.MustCompile(`^Instructor console: (http://[^/]+)/console#key=(\S+)$`)

// startProc starts a server process on addr (port 0 for a free one).
func startProc(t *testing.T, db, addr string) *proc {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "BACKCHANNEL_HOST_CHILD=1", "BACKCHANNEL_HOST_DB="+db, "BACKCHANNEL_HOST_ADDR="+addr)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &strings.Builder{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, stderr: stderr}
	t.Cleanup(func() { p.kill() })
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	timeout := time.After(60 * time.Second)
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				t.Fatalf("the server process ended: %s", stderr.String())
			}
			if m := consoleLine.FindStringSubmatch(line); m != nil {
				p.URL, p.Key = m[1], m[2]
				p.Addr = strings.TrimPrefix(p.URL, "http://")
				go func() {
					for range lines {
					}
				}()
				return p
			}
		case <-timeout:
			t.Fatalf("the server process did not start: %s", stderr.String())
		}
	}
}

// stop ends the process as Ctrl-C would and returns the CPU time it used
// (user and system).
func (p *proc) stop() time.Duration {
	if p.cmd.ProcessState == nil {
		p.cmd.Process.Signal(syscall.SIGTERM)
		p.cmd.Wait()
	}
	return p.cmd.ProcessState.UserTime() + p.cmd.ProcessState.SystemTime()
}

// kill ends the process with SIGKILL: no chance to flush or close anything.
func (p *proc) kill() {
	if p.cmd.ProcessState == nil {
		p.cmd.Process.Signal(syscall.SIGKILL)
		p.cmd.Wait()
	}
}

func (p *proc) String() string { return fmt.Sprintf("server at %s", p.URL) }
