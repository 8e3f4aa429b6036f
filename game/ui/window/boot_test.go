package window

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// calls is an ebiten.Game that notes what it is asked, in order.
type calls []string

func (c *calls) Update() error      { *c = append(*c, "update"); return nil }
func (c *calls) Draw(*ebiten.Image) {}
func (c *calls) Layout(w, h int) (int, int) {
	*c = append(*c, fmt.Sprintf("layout %dx%d", w, h))
	return w, h
}

// TestBootLaysOutTheGameAtOnce checks that the game the steps make is laid
// out for the window before its first Update, also when ebiten runs another
// Update in the same frame (as it does after a slow one): the App entered
// its first screen at size zero, and the briefing wrapped its text to a
// sliver, letter by letter, for seconds of the browser's time.
func TestBootLaysOutTheGameAtOnce(t *testing.T) {
	var got calls
	b := &boot{}
	b.steps = []func() error{func() error { b.game = &got; return nil }}
	b.Layout(1280, 720)
	b.fresh, b.draws = true, 3 // the plain frame is on the screen
	if err := b.Update(); err != nil {
		t.Fatal(err)
	}
	if err := b.Update(); err != nil { // ebiten catching up, before its next Layout
		t.Fatal(err)
	}
	if want := []string{"layout 1280x720", "update"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("the game was asked %q, want %q", got, want)
	}
}
