// Package uitest runs screens in tests: a game loop under Xvfb, scripted
// input, screenshots compared with golden PNGs.
//
// A test package that draws starts with
//
//	func TestMain(m *testing.M) { uitest.Main(m) }
//
// and each drawing test with uitest.NeedWindow(t). Tests that only lay
// out or handle input run anywhere. Window tests run with
//
//	xvfb-run -a go test ./game/ui/...
//
// and goldens are rewritten with UPDATE_GOLDEN=NAME.png, a glob or a list (or -update on a package
// that imports uitest).
package uitest

import (
	"os"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// inLoop is set while the tests run inside ebiten's game loop.
var inLoop atomic.Bool

// runner is a Game whose first Update runs the tests, as ebiten's own
// test suites do: graphics calls then run on a live loop, and
// Image.ReadPixels works.
type runner struct {
	m    *testing.M
	code int
}

func (r *runner) Update() error {
	inLoop.Store(true)
	r.code = r.m.Run()
	inLoop.Store(false)
	return ebiten.Termination
}

func (*runner) Draw(*ebiten.Image)         {}
func (*runner) Layout(int, int) (int, int) { return 64, 64 }

// Main runs the tests of a package, inside a game loop when a display is
// available (DISPLAY on Linux, always elsewhere) and BACKCHANNEL_NO_WINDOW
// is not set; otherwise directly, and window tests skip.
func Main(m *testing.M) {
	if !displayAvailable() {
		os.Exit(m.Run())
	}
	ebiten.SetWindowSize(64, 64)
	ebiten.SetWindowTitle("backchannel tests")
	r := &runner{m: m, code: 1}
	if err := ebiten.RunGame(r); err != nil {
		panic(err)
	}
	os.Exit(r.code)
}

func displayAvailable() bool {
	if os.Getenv("BACKCHANNEL_NO_WINDOW") != "" {
		return false
	}
	if runtime.GOOS == "linux" || runtime.GOOS == "freebsd" {
		return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
	}
	return true
}

// NeedWindow skips t unless the tests run inside the game loop.
func NeedWindow(t testing.TB) {
	t.Helper()
	if !inLoop.Load() {
		t.Skip("no display: run under xvfb-run to draw")
	}
}
