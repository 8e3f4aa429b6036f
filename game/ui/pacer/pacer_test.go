package pacer

import (
	"image"
	"strings"
	"testing"

	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/uitest"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// TestTraceNamesScreens: the trace tells a test driving the real program
// which screen is on top, by its type's name without the package.
func TestTraceNamesScreens(t *testing.T) {
	uitest.NeedWindow(t)
	h := uitest.New(t, screen.NewHelp(), image.Pt(960, 600), ui.DefaultSettings())
	var trace strings.Builder
	p := New(h.App, Options{Trace: &trace})
	if err := p.Update(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(trace.String(), "screen Help\n") {
		t.Errorf("trace %q", trace.String())
	}
	if got := sceneName(screen.NewHelp()); got != "Help" {
		t.Errorf("sceneName = %q", got)
	}
}
