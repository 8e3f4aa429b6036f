package flow

import (
	"testing"

	"backchannel/game/save"
)

// TestPrepareLoadsTheLinksScenario runs Prepare's steps, as the browser's
// start does over several frames, and checks that New then finds the
// scenario loaded and starts it; without a game to start there is nothing
// to prepare.
func TestPrepareLoadsTheLinksScenario(t *testing.T) {
	cfg := Config{Scenario: "tutorial", As: "CES", Autostart: true, Storage: save.NewMemory(nil)}
	step := Prepare(&cfg)
	steps := 1
	for step() {
		steps++
	}
	if steps < 10 {
		t.Errorf("the tutorial loaded in %d steps, want one for each actor and event at least", steps)
	}
	f, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if f.lib != cfg.Library || f.auto == nil || f.auto.Source != cfg.Library.Find("tutorial") {
		t.Error("New did not start the scenario Prepare loaded")
	}
	if cfg.Library.Find("tutorial").Step() {
		t.Error("the scenario was not loaded")
	}

	title := Config{Storage: save.NewMemory(nil)}
	if Prepare(&title)() || title.Library == nil {
		t.Error("with no game to start at once, Prepare has work to do, or gives no library")
	}
}

// TestStartAutoMakesTheGameAhead: StartAuto makes the link's game before
// the title exists (the browser does it in a frame of its own), once, and
// the title's first Update shows that game's briefing instead of making
// another.
func TestStartAutoMakesTheGameAhead(t *testing.T) {
	f := newTestFlow(t, Config{Scenario: "tutorial", As: "CES", Autostart: true})
	f.StartAuto()
	if f.started == nil || f.started.err != nil || f.started.m == nil {
		t.Fatalf("StartAuto made no game: %+v", f.started)
	}
	m := f.started.m
	f.StartAuto()
	if f.started.m != m {
		t.Error("a second StartAuto made the game again")
	}
	h := run(t, f)
	b, ok := h.App.Top().(*briefing)
	if !ok {
		t.Fatalf("top screen %T, want the briefing", h.App.Top())
	}
	if b.m != m {
		t.Error("the title made a game of its own instead of showing the one made ahead")
	}
	if f.auto != nil || f.started != nil {
		t.Error("the game made ahead is still held for a title to come")
	}
}
