// Package measure runs the built game and measures what a player would
// feel: how soon the first frame appears, and how much CPU the game takes
// while nobody touches it. It reads /proc, so it works on Linux only; the
// game itself needs a display (Xvfb in CI).
package measure

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// Result is one measurement.
type Result struct {
	// FirstFrame is the time from starting the process to the first frame
	// drawn, as the game reports it.
	FirstFrame time.Duration
	// SeenAfter is when the report reached us, from starting the process.
	SeenAfter time.Duration
	// IdleCPU is the process's CPU time over Window, as a share of one core
	// (0.01 is 1%).
	IdleCPU float64
	Window  time.Duration
}

// Options say what to run and for how long.
type Options struct {
	Bin    string   // the built backchannel command
	Args   []string // its arguments; they must include -first-frame
	Env    []string // added to the environment
	Settle time.Duration
	Window time.Duration
}

// Run starts the game, waits for its first frame, lets it settle, then
// measures its CPU time over the window, and stops it.
func Run(ctx context.Context, o Options) (Result, error) {
	var res Result
	cmd := exec.CommandContext(ctx, o.Bin, o.Args...)
	cmd.Env = append(os.Environ(), o.Env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return res, err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return res, err
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	first := make(chan time.Duration, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var ms int64
			if _, err := fmt.Sscanf(sc.Text(), "first frame after %d ms", &ms); err == nil {
				first <- time.Duration(ms) * time.Millisecond
			}
		}
	}()
	select {
	case res.FirstFrame = <-first:
		res.SeenAfter = time.Since(start)
	case <-time.After(60 * time.Second):
		return res, fmt.Errorf("measure: no first frame within a minute")
	case <-ctx.Done():
		return res, ctx.Err()
	}
	time.Sleep(o.Settle)
	before, err := CPUTicks(cmd.Process.Pid)
	if err != nil {
		return res, err
	}
	t0 := time.Now()
	time.Sleep(o.Window)
	after, err := CPUTicks(cmd.Process.Pid)
	if err != nil {
		return res, err
	}
	res.Window = time.Since(t0)
	res.IdleCPU = float64(after-before) / float64(ClockTicks()) / res.Window.Seconds()
	return res, nil
}

// CPUTicks is the user and system CPU time of a process so far, in clock
// ticks, from /proc/PID/stat.
func CPUTicks(pid int) (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	return parseStat(string(data))
}

// parseStat reads utime and stime (fields 14 and 15) from a stat line. The
// command name in field 2 may hold spaces, so fields count from its ")".
func parseStat(s string) (int64, error) {
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, fmt.Errorf("measure: bad stat line")
	}
	f := strings.Fields(s[i+1:])
	// f[0] is field 3 (state); utime is field 14, stime 15.
	if len(f) < 13 {
		return 0, fmt.Errorf("measure: short stat line")
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("measure: bad times in stat line")
	}
	return u + st, nil
}

// ClockTicks is the kernel's clock ticks per second (getconf CLK_TCK),
// 100 when it cannot be asked.
func ClockTicks() int64 {
	out, err := exec.Command("getconf", "CLK_TCK").Output()
	if err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64); err == nil && n > 0 {
			return n
		}
	}
	return 100
}
