package flow

import (
	"context"
	"runtime"
	"testing"
	"time"

	"backchannel/game/ui/flow/measure"
)

// TestIdleCPU runs the built game on the board and measures its CPU time
// while nobody touches it. The target is 3% of one core (see
// go run ./game/ui/flow/cmd/idlecpu for the exact figure); the bound here
// is generous, so that a loaded CI machine does not fail it, yet catches a
// game that redraws sixty times a second (40% under Xvfb).
func TestIdleCPU(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	if testing.Short() || !drawing() {
		t.Skip("runs the game under a display")
	}
	bin, err := buildGame()
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := measure.Run(ctx, measure.Options{
		Bin:    bin,
		Args:   []string{"play", "-scenario", "tutorial", "-as", "ALD", "-seed", "7", "-board", "-first-frame"},
		Env:    []string{"BACKCHANNEL_SAVES=" + dir, "XDG_CONFIG_HOME=" + dir},
		Settle: 2 * time.Second,
		Window: 10 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("idle CPU on the board: %.2f%% of one core over %v; first frame after %v", res.IdleCPU*100, res.Window.Round(time.Millisecond), res.FirstFrame)
	if res.IdleCPU > 0.10 {
		t.Errorf("idle CPU %.1f%% of one core; the target is 3%%", res.IdleCPU*100)
	}
	if res.FirstFrame > 5*time.Second {
		t.Errorf("first frame after %v; the target is 1.5 s", res.FirstFrame)
	}
}
