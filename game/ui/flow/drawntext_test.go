package flow

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

// textRun is a scripted game whose every screen's drawn text is checked.
type textRun struct {
	t     *testing.T
	h     *uitest.Harness
	rec   *ui.TextRecord
	label string
	size  string
	found map[string]string // problem → the first screen it was seen on
}

// check reads the text of the frame on screen now. With
// BACKCHANNEL_TEXT_SHOTS=DIR it also saves the frame there, to look at.
func (r *textRun) check(screen string) {
	if dir := os.Getenv("BACKCHANNEL_TEXT_SHOTS"); dir != "" {
		name := strings.NewReplacer(" ", "-", ",", "", ":", "").Replace(r.label + "-" + r.size + "-" + screen)
		f, err := os.Create(filepath.Join(dir, name+".png"))
		if err == nil {
			png.Encode(f, r.h.Screenshot(r.t))
			f.Close()
		}
	}
	for _, p := range uitest.CheckText(r.rec) {
		k := p.String()
		if _, ok := r.found[k]; !ok {
			r.found[k] = r.label + " " + screen
		}
	}
}

// report lists every problem seen, once each, and fails the test on any:
// an engine id, broken grammar, cut or overlapping text (the ratchet that
// allowed a known remainder of cut text reached zero).
func (r *textRun) report() {
	var lines []string
	for p, where := range r.found {
		lines = append(lines, where+": "+p)
	}
	sort.Strings(lines)
	if len(lines) > 0 {
		r.t.Errorf("%d text problems:\n%s", len(lines), strings.Join(lines, "\n"))
	}
}

// textSize is a window and a UI scale a run is checked at.
type textSize struct {
	size  image.Point
	scale float64
}

// textSizes are the three windows at three scales. make test checks three
// of the nine, every window once and every scale once (a run takes 1-6
// minutes on a loaded machine), and a different three each day, so that
// three days of CI cover all nine; BACKCHANNEL_TEXT_SIZES=all checks all
// nine at once, =1 only the first.
func textSizes() []textSize {
	w := []image.Point{image.Pt(960, 600), image.Pt(1280, 720), image.Pt(1920, 1080)}
	scales := []float64{1, 1.5, 2}
	// Day d pairs window i with scale (i+d) mod 3: a Latin square.
	day := func(d int) []textSize {
		var out []textSize
		for i := range w {
			out = append(out, textSize{w[i], scales[(i+d)%3]})
		}
		return out
	}
	switch {
	case os.Getenv("BACKCHANNEL_TEXT_SIZES") == "all":
		return slices.Concat(day(0), day(1), day(2))
	case os.Getenv("BACKCHANNEL_TEXT_SIZES") == "1" || testing.Short():
		return day(0)[:1]
	}
	return day(time.Now().YearDay() % 3)
}

// TestDrawnText plays the tutorial to its end and ten turns of the letter
// at three window sizes and three UI scales (see textSizes), reading every string each
// screen draws: none may be cut, overlap another, show an engine id or
// read badly.
func TestDrawnText(t *testing.T) {
	if !drawing() {
		t.Skip("needs a display: the text is recorded as it is drawn")
	}
	for _, sz := range textSizes() {
		name := fmt.Sprintf("%dx%d@%.0f%%", sz.size.X, sz.size.Y, sz.scale*100)
		t.Run(name, func(t *testing.T) {
			found := map[string]string{}
			playChecked(t, found, "tutorial", "ALD", 0, sz.size, sz.scale)
			playChecked(t, found, "letter-2009", "USA", 10, sz.size, sz.scale)
			(&textRun{t: t, found: found}).report()
		})
	}
}

// playChecked plays scenario as actor from its briefing for turns turns
// (0: to the debrief), checking the text of every screen.
func playChecked(t *testing.T, found map[string]string, scenario, actor string, turns int, size image.Point, scale float64) {
	f := newTestFlow(t, Config{Scenario: scenario, As: actor, Autostart: true})
	rec := ui.NewTextRecord()
	h := uitest.NewWith(t, f.First(), size, ui.Options{Settings: ui.Settings{Scale: scale}, TextRecord: rec})
	r := &textRun{t: t, h: h, rec: rec, label: scenario, found: found,
		size: fmt.Sprintf("%dx%d@%.0f", size.X, size.Y, scale*100)}
	until(t, h, "briefing", 20, topIs[*briefing](h))
	tick(t, h, 2)
	r.check("briefing")
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if _, ok := h.App.Top().(*table); !ok {
		t.Fatalf("after the briefing: %s", describe(h))
	}
	for turn := 1; turns == 0 || turn <= turns; turn++ {
		r.check(fmt.Sprintf("board, turn %d", turn))
		// The inbox has the focus: Enter opens its first item's page.
		h.Script.Press(ebiten.KeyEnter)
		play(t, h)
		r.check(fmt.Sprintf("board with an item open, turn %d", turn))
		endTurn(t, h)
		until(t, h, "results", 600, topIs[*results](h))
		tick(t, h, 2)
		r.check(fmt.Sprintf("newspaper after turn %d", turn))
		over := h.App.Top().(*results).news.Over
		h.Script.Press(ebiten.KeyEnter)
		play(t, h)
		if over {
			break
		}
		if turn > 60 {
			t.Fatal("the game does not end")
		}
	}
	if turns != 0 {
		return
	}
	until(t, h, "debrief", 600, func() bool {
		d, ok := h.App.Top().(*debriefScreen)
		return ok && d.rep != nil
	})
	d := h.App.Top().(*debriefScreen)
	tick(t, h, 2)
	for i := range debriefTabs() {
		h.Script.Click(centre(tabArea(h, d, i)))
		play(t, h)
		r.check("debrief: " + debriefTabs()[d.tabs.Selected])
	}
}

// TestTinyWindowText plays a turn of the tutorial in a 640×480 window (a
// browser frame): the screens keep their smallest layout, scaled down, so
// no text is cut or broken ("Unit ed Stat es" once).
func TestTinyWindowText(t *testing.T) {
	if !drawing() {
		t.Skip("needs a display: the text is recorded as it is drawn")
	}
	found := map[string]string{}
	playChecked(t, found, "tutorial", "ALD", 1, image.Pt(640, 480), 1)
	(&textRun{t: t, found: found}).report()
}
