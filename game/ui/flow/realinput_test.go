package flow

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// buildGame builds the backchannel command once per test run.
var buildGame = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "backchannel-bin")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "backchannel")
	out, err := exec.Command("go", "build", "-o", bin, "backchannel/cmd/backchannel").CombinedOutput()
	if err != nil {
		return "", &buildError{string(out), err}
	}
	return bin, nil
})

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

// game is the built program running in its own window.
type gameProc struct {
	cmd   *exec.Cmd
	lines chan string // its stderr, line by line
	log   strings.Builder
	mu    sync.Mutex
}

// startGame runs the built game with args, saves and settings in a
// scratch folder, and follows its stderr.
func startGame(t *testing.T, ctx context.Context, args ...string) *gameProc {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the game")
	}
	if !drawing() {
		t.Skip("no display: run under xvfb-run")
	}
	bin, err := buildGame()
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	dir := t.TempDir()
	g := &gameProc{cmd: exec.CommandContext(ctx, bin, args...), lines: make(chan string, 100)}
	g.cmd.Env = append(os.Environ(), "BACKCHANNEL_SAVES="+dir, "XDG_CONFIG_HOME="+dir)
	stderr, err := g.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := g.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go g.follow(stderr)
	t.Cleanup(func() {
		if g.cmd.ProcessState == nil {
			g.cmd.Process.Kill()
			g.cmd.Wait()
		}
	})
	return g
}

func (g *gameProc) follow(r io.Reader) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		g.mu.Lock()
		g.log.WriteString(sc.Text() + "\n")
		g.mu.Unlock()
		select {
		case g.lines <- sc.Text():
		default:
		}
	}
	close(g.lines)
}

// expect waits for a line of stderr starting with prefix.
func (g *gameProc) expect(t *testing.T, prefix string, within time.Duration) string {
	t.Helper()
	l, ok := g.await(t, prefix, within)
	if !ok {
		t.Fatalf("no %q within %v:\n%s", prefix, within, g.output())
	}
	return l
}

// await waits for a line of stderr starting with prefix; ok is false when
// none came within the time.
func (g *gameProc) await(t *testing.T, prefix string, within time.Duration) (line string, ok bool) {
	t.Helper()
	deadline := time.After(within)
	for {
		select {
		case l, open := <-g.lines:
			if !open {
				t.Fatalf("the game ended before %q:\n%s", prefix, g.output())
			}
			if strings.HasPrefix(l, prefix) {
				return l, true
			}
		case <-deadline:
			return "", false
		}
	}
}

// pointTo moves the pointer to (x, y) in the window until the game saw it
// there: the window can be found before it is mapped, and a move then is
// lost.
func (g *gameProc) pointTo(t *testing.T, ctx context.Context, win string, x, y int) {
	t.Helper()
	seen := fmt.Sprintf("pointer %d,%d", x, y)
	for range 20 {
		// A step aside first: a window opened under a pointer already
		// there traced it before this was asked, and a move to where it
		// is changes nothing.
		xdo(t, ctx, "mousemove", "--window", win, strconv.Itoa(x+1), strconv.Itoa(y+1))
		xdo(t, ctx, "mousemove", "--window", win, strconv.Itoa(x), strconv.Itoa(y))
		if _, ok := g.await(t, seen, 3*time.Second); ok {
			return
		}
	}
	t.Fatalf("the game never saw the pointer at %d,%d:\n%s", x, y, g.output())
}

func (g *gameProc) output() string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.log.String()
}

// press holds key down until the game's trace says it saw key seen (its
// ebiten name), then lets go: a key sent and released at once can fall
// between two ticks of a loaded machine, and a key held for a fixed time
// repeats when the machine is quick ("exit on *screen.Help").
func (g *gameProc) press(t *testing.T, ctx context.Context, win, key, seen string) {
	t.Helper()
	xdo(t, ctx, "keydown", "--window", win, key)
	g.expect(t, "key "+seen, patience)
	xdo(t, ctx, "keyup", "--window", win, key)
}

// click presses the left button until the game saw it, then releases it.
func (g *gameProc) click(t *testing.T, ctx context.Context, win string) {
	t.Helper()
	xdo(t, ctx, "mousedown", "--window", win, "1")
	g.expect(t, "button 0", patience)
	xdo(t, ctx, "mouseup", "--window", win, "1")
}

// patience bounds each wait for the game's state. It only limits how long
// a broken run takes to fail: a passing run goes on as soon as the state
// comes, and two CI copies on two cores have made a step take over 30 s.
const patience = 2 * time.Minute

// xdo runs xdotool.
func xdo(t *testing.T, ctx context.Context, args ...string) string {
	t.Helper()
	out, err := exec.CommandContext(ctx, "xdotool", args...).Output()
	if err != nil {
		t.Fatalf("xdotool %v: %v", args, err)
	}
	return strings.TrimSpace(string(out))
}

// TestRealInputBinary runs the built game and sends it real X events with
// xdotool: a mouse click on New game opens the scenario choice, Escape
// goes back, Down and Enter open Load, Ctrl+Q quits.
func TestRealInputBinary(t *testing.T) {
	if _, err := exec.LookPath("xdotool"); err != nil {
		t.Skip("xdotool not installed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	// The pid in the title: two test runs sharing one X display find their own windows.
	title := fmt.Sprintf("Backchannel flow xdotool test %d", os.Getpid())
	g := startGame(t, ctx, "play", "-title", title, "-trace")
	g.expect(t, "screen home", patience)
	win := strings.Fields(xdo(t, ctx, "search", "--sync", "--name", "^"+title+"$"))[0]

	// The title's New game entry sits at (74, 311)-(414, 361) at 100%.
	// Each event waits until the game has seen it: no sleeps.
	g.pointTo(t, ctx, win, 200, 336)
	g.click(t, ctx, win)
	g.expect(t, "screen choose", patience)

	g.press(t, ctx, win, "Escape", "Escape")
	g.expect(t, "screen home", patience)
	// The mouse rests on New game, which has the focus: Down moves to Load.
	g.press(t, ctx, win, "Down", "ArrowDown")
	g.press(t, ctx, win, "Return", "Enter")
	g.expect(t, "screen loadScreen", patience)

	// Ctrl+Q is held until the game quits on it (a key sent and let go at
	// once can fall between two ticks); the window is gone by the key-up,
	// so xdotool's error then is expected: the game's exit is what counts.
	xdo(t, ctx, "keydown", "--window", win, "ctrl+q")
	err := g.cmd.Wait()
	_ = exec.CommandContext(ctx, "xdotool", "keyup", "ctrl+q").Run()
	if err != nil {
		t.Fatalf("game: %v\n%s", err, g.output())
	}
}

// TestRealTurnResolves ends a turn in the built game with real keys and
// waits, touching nothing, for the morning's headlines: frames on demand
// must keep coming while the other capitals deliberate.
func TestRealTurnResolves(t *testing.T) {
	g, ctx, win := realBoard(t, "turn")
	// The pointer into the window first, as a player's would be, and seen:
	// the window then takes keys.
	g.pointTo(t, ctx, win, 640, 30)
	g.press(t, ctx, win, "ctrl+Return", "Enter")
	// The board asks before ending a turn with letters unanswered ("Keep
	// playing" first) or without orders ("End the turn" first): Tab moves
	// the focus to End the turn, as a player would, and Enter takes it.
	resolved := false
	if l := g.expect(t, "screen ", patience); l == "screen Dialog" {
		for focus := g.expect(t, "focus ", patience); focus != "focus End the turn"; {
			g.press(t, ctx, win, "Tab", "Tab")
			focus = g.expect(t, "focus ", patience)
		}
		// The dialog may take the key only once it has ticked on screen; a
		// player whose Enter did nothing presses it again, and so does this.
		for try := 0; ; try++ {
			g.press(t, ctx, win, "Return", "Enter")
			if l, ok := g.await(t, "screen ", 45*time.Second); ok {
				resolved = l == "screen results"
				break
			}
			if try == 2 {
				t.Fatalf("Enter on End the turn never closed the dialog:\n%s", g.output())
			}
		}
	}
	if !resolved {
		g.expect(t, "screen results", patience)
	}
	// Mid-game, Ctrl+Q asks first; a second Ctrl+Q on that dialog quits.
	g.press(t, ctx, win, "ctrl+q", "Q")
	g.expect(t, "screen Dialog", patience)
	_ = exec.CommandContext(ctx, "xdotool", "key", "--window", win, "ctrl+q").Run()
	if err := g.cmd.Wait(); err != nil {
		t.Fatalf("game: %v\n%s", err, g.output())
	}
}

// TestRealTyping types real keys into a search box of the built game:
// each character arrives once, through the platform's input method (the
// game's text fields read typed text only from it), and the box finds
// what was typed.
func TestRealTyping(t *testing.T) {
	g, ctx, win := realBoard(t, "typing")
	// Statement… sits at (992, 696)-(1102, 740) in the 1280×760 window at
	// 100%; its dialog opens with the search box focused.
	g.pointTo(t, ctx, win, 1047, 718)
	g.click(t, ctx, win)
	g.expect(t, "screen statement", patience)
	xdo(t, ctx, "type", "--window", win, "--delay", "120", "radar")
	typed := ""
	for len(typed) < len("radar") {
		typed = strings.TrimPrefix(g.expect(t, "typed ", patience), "typed ")
	}
	if typed != "radar" {
		t.Fatalf("typing “radar” put %q in the box:\n%s", typed, g.output())
	}
}

// realBoard runs the built game on the tutorial's first board, as
// Aldoria, and finds its window: the pid in the title, so that two test
// runs sharing one X display find their own.
func realBoard(t *testing.T, what string) (*gameProc, context.Context, string) {
	t.Helper()
	if _, err := exec.LookPath("xdotool"); err != nil {
		t.Skip("xdotool not installed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	t.Cleanup(cancel)
	title := fmt.Sprintf("Backchannel flow %s test %d", what, os.Getpid())
	g := startGame(t, ctx, "play", "-scenario", "tutorial", "-as", "ALD", "-seed", "7", "-board", "-title", title, "-trace")
	g.expect(t, "screen table", patience)
	return g, ctx, strings.Fields(xdo(t, ctx, "search", "--sync", "--name", "^"+title+"$"))[0]
}
