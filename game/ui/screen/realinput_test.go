package screen_test

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"backchannel/game/ui/uitest"
)

// TestRealInput runs the title screen as a program in its own window and
// types at it with xdotool: real X key events, read by ebiten, through the
// same keymap as the scripted tests. Down, Down, Enter opens Settings;
// Right raises the scale; Ctrl+Q quits.
func TestRealInput(t *testing.T) {
	uitest.NeedWindow(t)
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	xdotool, err := exec.LookPath("xdotool")
	if err != nil {
		t.Skip("xdotool not installed")
	}
	bin := filepath.Join(t.TempDir(), "smoke")
	if out, err := exec.Command("go", "build", "-o", bin, "../testdata/smoke").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	title := "Backchannel real input test"
	game := exec.CommandContext(ctx, bin, title)
	var stderr bytes.Buffer
	game.Stderr = &stderr
	if err := game.Start(); err != nil {
		t.Fatal(err)
	}
	out, err := exec.CommandContext(ctx, xdotool, "search", "--sync", "--name", "^"+title+"$").Output()
	if err != nil {
		t.Fatalf("window never appeared: %v", err)
	}
	win := strings.Fields(string(out))[0]
	time.Sleep(2 * time.Second) // the first frames, even on a busy machine
	for _, key := range []string{"Down", "Down", "Return", "Right"} {
		// Hold each key for a while: an idle game ticks slowly, and on a
		// loaded machine a tap shorter than a tick could go unseen.
		for _, step := range []string{"keydown", "keyup"} {
			if err := exec.CommandContext(ctx, xdotool, step, "--window", win, key).Run(); err != nil {
				t.Fatalf("xdotool %s %s: %v", step, key, err)
			}
			time.Sleep(250 * time.Millisecond)
		}
		time.Sleep(400 * time.Millisecond)
	}
	// The window closes on Ctrl+Q, before xdotool lets go of Ctrl, so its
	// own error is expected; the game's exit is what counts.
	_ = exec.CommandContext(ctx, xdotool, "key", "--window", win, "ctrl+q").Run()
	if err := game.Wait(); err != nil {
		t.Fatalf("game: %v\n%s", err, stderr.String())
	}
	log := stderr.String()
	if !strings.Contains(log, "settings scale=1.25") || !strings.Contains(log, "exit on *screen.Settings") {
		t.Errorf("the keys did not reach the game as expected:\n%s", log)
	}
}
