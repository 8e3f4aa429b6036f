// Command idlecpu measures the built game as a player would feel it: the
// time from start to the first frame, and the CPU the game takes while it
// sits on the board with nobody touching it (target: at most 3% of one
// core over 10 s). It needs Linux; without a display it runs itself again
// under xvfb-run.
//
//	go run ./game/ui/flow/cmd/idlecpu [-window 10s] [-settle 3s]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"backchannel/game/ui/flow/measure"
)

func main() {
	window := flag.Duration("window", 10*time.Second, "how long to measure the idle CPU")
	settle := flag.Duration("settle", 3*time.Second, "how long to wait after the first frame before measuring")
	flag.Parse()
	if os.Getenv("DISPLAY") == "" && os.Getenv("IDLECPU_UNDER_XVFB") == "" {
		os.Exit(underXvfb())
	}
	dir, err := os.MkdirTemp("", "idlecpu")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "backchannel")
	if out, err := exec.Command("go", "build", "-o", bin, "backchannel/cmd/backchannel").CombinedOutput(); err != nil {
		fail(fmt.Errorf("build: %v\n%s", err, out))
	}
	res, err := measure.Run(context.Background(), measure.Options{
		Bin:    bin,
		Args:   []string{"play", "-scenario", "tutorial", "-as", "ALD", "-seed", "7", "-board", "-first-frame"},
		Env:    []string{"BACKCHANNEL_SAVES=" + dir, "XDG_CONFIG_HOME=" + dir},
		Settle: *settle,
		Window: *window,
	})
	if err != nil {
		fail(err)
	}
	fmt.Printf("%-44s %10s  %s\n", "measure", "value", "target")
	fmt.Printf("%-44s %8.2f %%  ≤ 3%% of one core\n", fmt.Sprintf("idle CPU on the board over %.0f s", res.Window.Seconds()), res.IdleCPU*100)
	fmt.Printf("%-44s %7d ms  ≤ 1500 ms\n", "first frame after start (reported by the game)", res.FirstFrame.Milliseconds())
	fmt.Printf("%-44s %7d ms\n", "first frame report seen by this tool", res.SeenAfter.Milliseconds())
}

// underXvfb runs this command again inside xvfb-run.
func underXvfb() int {
	self, err := os.Executable()
	if err != nil {
		fail(err)
	}
	args := append([]string{"-a", "-s", "-screen 0 1600x1000x24", self}, os.Args[1:]...)
	cmd := exec.Command("xvfb-run", args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	cmd.Env = append(os.Environ(), "IDLECPU_UNDER_XVFB=1")
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		fail(fmt.Errorf("no display, and xvfb-run failed: %w", err))
	}
	return 0
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "idlecpu:", err)
	os.Exit(1)
}
