//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/scenario"
	"backchannel/scenarios"
)

// Where the tests click, in CSS pixels of the 1280×720 window, read off
// the screenshots in build/e2e (the game lays its screens out for the
// window's size, so these hold as long as the layout does).
var (
	titleNewGame       = pt{240, 336} // "New game", first entry when there is no autosave
	titleLoadWithSaves = pt{130, 443} // "Load", third entry when there is an autosave (Continue first)
	chooseLetter       = pt{129, 242} // "The Letter", first episode
	chooseTutorial     = pt{120, 356} // "Tutorial", fourth episode (after Suez)
	chooseOpenFile     = pt{205, 622} // "Open scenario file…", under the episodes
	chooseStart        = pt{1140, 675}
	briefingTakeSeat   = pt{726, 675}
	boardEndTurn       = pt{1184, 678}
	dialogEndTurn      = pt{643, 417} // "End the turn" in "End the turn without orders?"
	pauseSave          = pt{535, 328} // "Save game…"
)

type pt struct{ X, Y float64 }

func (b *tab) clickAt(p pt) { b.t.Helper(); b.click(p.X, p.Y) }

// The longest a turn may take to resolve, with the AI deliberating in
// WebAssembly on a loaded machine. These are bounds on waits for a state,
// so generous ones cost nothing when the machine is quick.
const turnTimeout = 180 * time.Second

const screenTimeout = 180 * time.Second

// TestPlaythrough plays the tutorial as a student does, with the mouse and
// the keyboard: title, New game, the tutorial on the scenario choice, the
// briefing, the board; ends the turn with Ctrl+Enter, sees the morning's
// results, saves from the pause menu; then reloads the page and finds the
// saves on the title screen (Continue) and the load screen, and goes on
// with the saved game. The autosave that the browser wrote replays on the
// desktop to the same log hash.
func TestPlaythrough(t *testing.T) {
	t.Parallel()
	b := openGame(t, "/", "home")

	b.clickAt(titleNewGame)
	b.waitScreen("choose", screenTimeout)
	b.clickAt(chooseTutorial)
	b.shot("choose-tutorial.png")
	b.clickAt(chooseStart)
	b.waitScreen("briefing", screenTimeout)
	b.shot("briefing.png")
	b.clickAt(briefingTakeSeat)
	b.waitScreen("table", screenTimeout)
	b.shot("board.png")
	if saves := savesIn(b.localStorage()); len(saves) != 0 {
		t.Errorf("saves before the first turn ended: %v", keys(saves))
	}

	b.key("\r", true) // Ctrl+Enter ends the turn
	b.waitScreen("Dialog", screenTimeout)
	b.key("\r", false) // "End the turn", the default
	b.waitScreen("results", turnTimeout)
	b.shot("results.png")

	t.Run("autosave replays on the desktop", func(t *testing.T) {
		defer b.as(t)()
		rec := loadSave(t, b, save.AutosaveSlot)
		if rec.Scenario != "tutorial" || len(rec.Turns) != 1 {
			t.Errorf("autosave of %q with %d turns, want tutorial with 1", rec.Scenario, len(rec.Turns))
		}
		verify(t, rec, builtin(t, "tutorial"))
	})

	// Back to the board, then save from the pause menu under the name the
	// game suggests.
	b.key("\r", false)
	b.waitScreen("table", screenTimeout)
	b.key(kb.Escape, false)
	b.waitScreen("pause", screenTimeout)
	b.clickAt(pauseSave)
	b.waitScreen("saveScreen", screenTimeout)
	name := saveFromScreen(t, b)
	verify(t, loadSave(t, b, name), builtin(t, "tutorial"))
	b.key("\r", false)

	// A reload keeps both saves, and the game lists them.
	b.load("/")
	b.waitScreen("home", screenTimeout)
	if saves := savesIn(b.localStorage()); len(saves) != 2 {
		t.Fatalf("after the reload localStorage holds the saves %v, want the autosave and %q", keys(saves), name)
	}
	b.shot("title-after-reload.png") // with Continue first
	b.clickAt(titleLoadWithSaves)
	b.waitScreen("loadScreen", screenTimeout)
	b.shot("load-after-reload.png")
	b.key("\r", false) // continue the newest save, first in the list
	b.waitScreen("table", screenTimeout)
	b.shot("board-after-reload.png")
}

// TestSharedLink opens the link an instructor shares,
// ?scenario=tutorial&as=ALD&seed=3&difficulty=hard: the game skips the
// title and the scenario choice and opens ALD's briefing; a turn ended with
// the End turn button is saved with that seed, seat and difficulty, and
// replays on the desktop to the same log hash.
func TestSharedLink(t *testing.T) {
	t.Parallel()
	b := openGame(t, "/?scenario=tutorial&as=ALD&seed=3&difficulty=hard", "briefing")
	b.shot("link-briefing.png")
	b.clickAt(briefingTakeSeat)
	b.waitScreen("table", screenTimeout)
	b.clickAt(boardEndTurn)
	b.waitScreen("Dialog", screenTimeout)
	b.clickAt(dialogEndTurn)
	b.waitScreen("results", turnTimeout)
	b.shot("link-results.png")

	rec := loadSave(t, b, save.AutosaveSlot)
	if rec.Scenario != "tutorial" || rec.Seed != 3 || rec.Difficulty != "hard" {
		t.Errorf("the game was %s, seed %d, difficulty %q; want tutorial, 3, hard", rec.Scenario, rec.Seed, rec.Difficulty)
	}
	var humans []string
	for _, s := range rec.Seats {
		if s.Human {
			humans = append(humans, s.Actor)
		}
	}
	if strings.Join(humans, ",") != "ALD" {
		t.Errorf("human seats %v, want ALD", humans)
	}
	verify(t, rec, builtin(t, "tutorial"))
}

// TestBrokenLinks opens links with a mistyped seat, scenario, seed or
// difficulty. The page checks them before it downloads the game, says what
// is wrong in a student's words (no flag names, no exit codes), and its
// "Start without the link" button opens the title screen.
func TestBrokenLinks(t *testing.T) {
	t.Parallel()
	chromium(t) // skip before building, when there is no browser
	dir := site(t, gamePackage)
	cases := []struct {
		query string
		want  []string
	}{
		{"?scenario=letter-2009&as=russia", []string{`"russia"`, "RUS (Russian Federation)"}},
		{"?scenario=letter2009", []string{`"letter2009"`, "letter-2009"}},
		{"?scenario=tutorial&seed=five", []string{"seed must be a whole number", `"five"`}},
		{"?difficulty=godlike", []string{"easy, normal or hard", `"godlike"`}},
	}
	b := newTab(t, dir, gameArgs)
	b.wantPhase = ""
	for _, c := range cases {
		do(t, b.ctx, 90*time.Second, chromedp.Navigate(b.srv.URL+"/"+c.query))
		phase := pollAcross[string](t, b.ctx, 60*time.Second,
			`window.backchannelStatus && ['running', 'exited', 'error'].includes(backchannelStatus.phase) && backchannelStatus.phase`)
		if phase != "error" {
			t.Fatalf("%s: phase %q, want error", c.query, phase)
		}
		msg := eval[string](t, b.ctx, `document.getElementById('error').innerText`)
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: the page says %q; want it to say %s", c.query, msg, w)
			}
		}
		for _, bad := range []string{"exit code", "F12", "-seed", "flow:", "backchannel:"} {
			if strings.Contains(msg, bad) {
				t.Errorf("%s: the page says %q, with %q", c.query, msg, bad)
			}
		}
		if n := eval[float64](t, b.ctx, `backchannelStatus.wasmBytes`); n != 0 {
			t.Errorf("%s: the page downloaded %.0f bytes of the game before refusing the link", c.query, n)
		}
	}
	b.shot("broken-link.png")
	// The button takes the student to the title screen.
	b.cursor = len(b.cons.all())
	do(t, b.ctx, 10*time.Second, chromedp.Click("#nolink"))
	pollAcross[float64](t, b.ctx, 90*time.Second, firstFrameJS)
	b.waitScreen("home", screenTimeout)
	if q := eval[string](t, b.ctx, `location.search`); q != "" {
		t.Errorf("after Start without the link the address keeps %q", q)
	}
	b.wantPhase = "running"
}

// TestPhone opens the game as a phone in portrait (390×844, touch only):
// before anything is downloaded the page says the game needs a computer,
// and "Try anyway" starts it.
func TestPhone(t *testing.T) {
	t.Parallel()
	chromium(t)
	b := newTab(t, site(t, gamePackage), gameArgs)
	do(t, b.ctx, 10*time.Second, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait, chromedp.EmulateScale(3)))
	do(t, b.ctx, 90*time.Second, chromedp.Navigate(b.srv.URL+"/"))
	if p := pollAcross[string](t, b.ctx, 60*time.Second, `window.backchannelStatus && backchannelStatus.phase !== 'checking' && backchannelStatus.phase`); p != "device" {
		t.Fatalf("phase %q on a phone, want device", p)
	}
	msg := eval[string](t, b.ctx, `document.getElementById('device').innerText`)
	for _, want := range []string{"Backchannel needs a computer", "laptop", "Nothing has been downloaded yet", "Try anyway"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the phone screen says %q; want %q", msg, want)
		}
	}
	if n := eval[float64](t, b.ctx, `backchannelStatus.wasmBytes`); n != 0 {
		t.Errorf("%.0f bytes downloaded before the player chose", n)
	}
	b.shot("phone.png")
	do(t, b.ctx, 10*time.Second, chromedp.Click("#try-anyway"))
	if ms := poll[float64](t, b.ctx, 90*time.Second, firstFrameJS); ms < 0 {
		t.Fatalf("the game did not start after Try anyway: %v", eval[map[string]any](t, b.ctx, `window.backchannelStatus`))
	}
}

// TestQuit quits from the title screen with Ctrl+Q, as a student does. The
// page shows that the game has ended and stays responsive (wasm_exec.js's
// timers must not spin after the exit), and "Start again" starts the game
// anew.
func TestQuit(t *testing.T) {
	t.Parallel()
	b := openGame(t, "/", "home")
	b.key("q", true)
	phase := poll[string](t, b.ctx, 30*time.Second,
		`window.backchannelStatus && ['exited', 'error'].includes(backchannelStatus.phase) && backchannelStatus.phase`)
	if phase != "exited" {
		t.Fatalf("phase %q after Quit, want exited", phase)
	}
	// A page stuck in a loop answers nothing: evaluating within a few
	// seconds proves it is free.
	c, cancel := context.WithTimeout(b.ctx, patient(10*time.Second))
	msg, err := chromedp.Run(c, chromedp.Evaluate[string](`document.getElementById('error').innerText`))
	cancel()
	if err != nil {
		t.Fatalf("the page does not answer after Quit: %v", err)
	}
	if !strings.Contains(msg, "Backchannel has ended") || !strings.Contains(msg, "Start again") {
		t.Errorf("after Quit the page says %q", msg)
	}
	b.shot("ended.png")
	b.cursor = len(b.cons.all())
	do(t, b.ctx, 10*time.Second, chromedp.Click("#restart"))
	pollAcross[float64](t, b.ctx, 90*time.Second, firstFrameJS)
	b.waitScreen("home", screenTimeout)
	for _, m := range b.cons.all() {
		if strings.Contains(m, "missed timeout event") {
			t.Fatalf("the console has %q: the exited game's timers kept running", m)
		}
	}
}

// TestScenarioFiles opens scenario files written by an instructor: one
// through the game's "Open scenario file…" button and the browser's file
// picker, one dropped on the title screen. Each reaches the scenario choice
// under its own title and plays: the game saves it under its id, and the
// save replays on the desktop.
func TestScenarioFiles(t *testing.T) {
	t.Parallel()
	// A starter scenario as `backchannel new` writes it, and the tutorial
	// under another id and title.
	picked, err := scenario.Starter("e2e-frontier", "frontier.toml")
	if err != nil {
		t.Fatal(err)
	}
	picked = retitle(t, picked, "e2e-frontier", "Quiet Frontier")
	tutorial, err := scenarios.FS.ReadFile("tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	dropped := retitle(t, tutorial, "kessel-dropped", "Kessel, Dropped In")

	b := openGame(t, "/", "home")

	t.Run("file picker", func(t *testing.T) {
		defer b.as(t)()
		path := filepath.Join(t.TempDir(), "frontier.toml")
		if err := os.WriteFile(path, picked, 0o644); err != nil {
			t.Fatal(err)
		}
		b.clickAt(titleNewGame)
		b.waitScreen("choose", screenTimeout)
		if _, err := chromedp.Call(b.ctx, page.SetInterceptFileChooserDialog,
			page.SetInterceptFileChooserDialogParams{Enabled: true}); err != nil {
			t.Fatal(err)
		}
		ectx, cancel := context.WithTimeout(b.ctx, patient(30*time.Second))
		defer cancel()
		opened := chromedp.Events(ectx, page.FileChooserOpened)
		b.clickAt(chooseOpenFile)
		var chooser page.EventFileChooserOpened
		for ev, err := range opened {
			if err != nil {
				t.Fatalf("the game's button opened no file picker: %v", err)
			}
			chooser = ev
			break
		}
		if _, err := chromedp.Call(b.ctx, dom.SetFileInputFiles, dom.SetFileInputFilesParams{
			Files: []string{path}, BackendNodeID: chooser.BackendNodeID,
		}); err != nil {
			t.Fatal(err)
		}
		waitTaken(t, b, 1)
		// The page's "Opening frontier.toml…" note covers the game's
		// footer for a few seconds; a click there must reach the game.
		if under := eval[string](t, b.ctx, `(() => {
			const t = document.getElementById('toast');
			if (t.hidden) return 'CANVAS';
			const r = t.getBoundingClientRect();
			return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2).tagName;
		})()`); under != "CANVAS" {
			t.Errorf("a click on the page's note about the opened file lands on %q, not on the game", under)
		}
		if tag := eval[string](t, b.ctx, `document.activeElement.tagName`); tag != "CANVAS" {
			t.Errorf("after the picker the focus is on %q, want the canvas", tag)
		}
		b.shot("choose-picked.png") // "Quiet Frontier", selected

		b.clickAt(chooseStart)
		b.waitScreen("briefing", screenTimeout)
		b.clickAt(briefingTakeSeat)
		b.waitScreen("table", screenTimeout)
		b.key(kb.Escape, false)
		b.waitScreen("pause", screenTimeout)
		b.clickAt(pauseSave)
		b.waitScreen("saveScreen", screenTimeout)
		rec := loadSave(t, b, saveFromScreen(t, b))
		if rec.Scenario != "e2e-frontier" {
			t.Errorf("the game saved scenario %q, want e2e-frontier", rec.Scenario)
		}
		verify(t, rec, parse(t, "frontier.toml", picked))
	})

	t.Run("drop", func(t *testing.T) {
		defer b.as(t)()
		b.load("/")
		b.waitScreen("home", screenTimeout)
		// The drop alone, with no mouse move or key after it, brings the
		// scenario choice: the page wakes the game.
		dropFile(t, b, "kessel.toml", string(dropped))
		b.waitScreen("choose", screenTimeout)
		waitTaken(t, b, 1)
		if !eval[bool](t, b.ctx, `document.getElementById('drop-hint').hidden`) {
			t.Error("the drop hint is still shown")
		}
		b.shot("choose-dropped.png") // "Kessel, Dropped In", selected

		b.clickAt(chooseStart)
		b.waitScreen("briefing", screenTimeout)
		b.key("\r", false) // take the seat
		b.waitScreen("table", screenTimeout)
		b.key("\r", true)
		b.waitScreen("Dialog", screenTimeout)
		b.key("\r", false)
		b.waitScreen("results", turnTimeout)
		rec := loadSave(t, b, save.AutosaveSlot)
		if rec.Scenario != "kessel-dropped" || len(rec.Turns) != 1 {
			t.Errorf("autosave of %q with %d turns, want kessel-dropped with 1", rec.Scenario, len(rec.Turns))
		}
		verify(t, rec, parse(t, "kessel.toml", dropped))
	})
}

// retitle gives a scenario file another id and title.
func retitle(t *testing.T, src []byte, id, title string) []byte {
	t.Helper()
	lines := strings.Split(string(src), "\n")
	var doneID, doneTitle bool
	for i, l := range lines {
		switch {
		case !doneID && strings.HasPrefix(l, "id = "):
			lines[i], doneID = `id = "`+id+`"`, true
		case !doneTitle && strings.HasPrefix(l, "title = "):
			lines[i], doneTitle = `title = "`+title+`"`, true
		}
	}
	if !doneID || !doneTitle {
		t.Fatal("no id or title to change in the scenario")
	}
	out := []byte(strings.Join(lines, "\n"))
	if sc := parse(t, id+".toml", out); sc.ID != id || !strings.Contains(sc.Title, title) {
		t.Fatalf("retitled scenario has id %q and title %q", sc.ID, sc.Title)
	}
	return out
}

func parse(t *testing.T, name string, src []byte) *game.Scenario {
	t.Helper()
	sc, _, err := scenario.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func builtin(t *testing.T, name string) *game.Scenario {
	t.Helper()
	sc, err := scenario.Builtin(name)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// jsString quotes s as a JavaScript string.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// waitTaken waits until the page has handed n files to the game and the
// game has taken them all from window.backchannelPendingFiles.
func waitTaken(t *testing.T, b *tab, n int) {
	t.Helper()
	poll[bool](t, b.ctx, 30*time.Second, `backchannelStatus.filesQueued >= `+strconv.Itoa(n)+` && backchannelPendingFiles.length === 0`)
	if got := eval[int](t, b.ctx, `backchannelStatus.filesQueued`); got != n {
		t.Errorf("the page handed %d files to the game, want %d", got, n)
	}
}

// saveFromScreen saves the game from the save screen under the name the
// game suggests, waits for the game to say so, and returns the name.
func saveFromScreen(t *testing.T, b *tab) string {
	t.Helper()
	before := savesIn(b.localStorage())
	b.key("\r", false)
	b.waitScreen("Dialog", screenTimeout) // "Saved"
	var added []string
	for name := range savesIn(b.localStorage()) {
		if _, ok := before[name]; !ok {
			added = append(added, name)
		}
	}
	if len(added) != 1 {
		t.Fatalf("saving added %v to localStorage, want one save", added)
	}
	return added[0]
}

// savePrefix starts the localStorage keys of saves (save.KeyPrefix, which
// only the js build of package save defines).
const savePrefix = "backchannel/saves/"

// savesIn returns the saves in a copy of localStorage, by slot name.
func savesIn(ls map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range ls {
		if name, ok := strings.CutPrefix(k, savePrefix); ok {
			out[name] = v
		}
	}
	return out
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// loadSave reads the save called name from the page's localStorage.
func loadSave(t *testing.T, b *tab, name string) *save.Record {
	t.Helper()
	saves := savesIn(b.localStorage())
	data, ok := saves[name]
	if !ok {
		t.Fatalf("no save %q in localStorage; saves: %v", name, keys(saves))
	}
	rec, err := save.Unmarshal([]byte(data))
	if err != nil {
		t.Fatalf("save %q: %v", name, err)
	}
	return rec
}

// verify replays a save that the browser wrote, here in the test process,
// and checks that it ends with the log hash that the browser computed.
func verify(t *testing.T, rec *save.Record, sc *game.Scenario) {
	t.Helper()
	g, err := rec.Verify(sc)
	if err != nil {
		t.Fatalf("the browser's save does not replay on the desktop: %v", err)
	}
	t.Logf("the browser's save of %s (%d turns) replays on the desktop to log hash %s", rec.Scenario, len(rec.Turns), g.LogHash()[:16])
}
