package flow

import (
	"backchannel/game/library"

	"os"
	"testing"
)

// TestDroppedFileOpensChoice drops a scenario file on the title screen: the
// scenario choice opens with it selected.
func TestDroppedFileOpensChoice(t *testing.T) {
	path, src := tutorialFile(t)
	_ = path
	once := []library.File{{Name: "kessel.toml", Text: src}}
	f := newTestFlow(t, Config{Dropped: func() []library.File {
		out := once
		once = nil
		return out
	}})
	h := run(t, f)
	tick(t, h, 2)
	c, ok := h.App.Top().(*choose)
	if !ok {
		t.Fatalf("a dropped file: %s", describe(h))
	}
	if s := c.source(); s == nil || s.Name != "kessel.toml" || s.Builtin {
		t.Fatalf("selected %+v", c.source())
	}
	if c.start.Disabled {
		t.Errorf("the dropped scenario cannot start: %s", c.note)
	}
	shot(t, h, "choose-dropped")

	// A broken file is listed with its errors, and cannot start.
	once = []library.File{{Name: "broken.toml", Text: []byte("[scenario]\nid = 3\n")}}
	tick(t, h, 2)
	if s := c.source(); s == nil || s.Name != "broken.toml" {
		t.Fatalf("selected %+v", c.source())
	}
	if !c.start.Disabled {
		t.Error("a broken scenario can start")
	}
	_ = os.Remove(path)
}
