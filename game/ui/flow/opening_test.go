package flow

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/library"
	"backchannel/game/ui/uitest"
)

// TestBoardBehindCard takes a seat with the board made behind the card
// "Preparing the board…", as in the browser, from a scenario opened from
// a file and from a link. Both show the briefing as a screen of its own
// over the table, and the card must take the briefing's place, so that
// the board is on top once the card goes (the browser's
// TestFileGameContinues and TestScenarioFiles failed in session 6 with the
// briefing left on screen).
func TestBoardBehindCard(t *testing.T) {
	t.Run("file", func(t *testing.T) {
		_, src := tutorialFile(t)
		once := []library.File{{Name: "kessel.toml", Text: src}}
		f := newTestFlow(t, Config{Dropped: func() []library.File {
			out := once
			once = nil
			return out
		}})
		f.boardCard = true
		h := run(t, f)
		until(t, h, "the scenario choice", 10, topIs[*choose](h))
		h.Script.Press(ebiten.KeyEnter)
		play(t, h)
		takeSeatBehindCard(t, h)
	})
	t.Run("link", func(t *testing.T) {
		f := newTestFlow(t, Config{Scenario: "letter-2009", As: "USA", Autostart: true})
		f.boardCard = true
		h := run(t, f)
		takeSeatBehindCard(t, h)
	})
}

// takeSeatBehindCard presses Enter on the briefing and checks that the card
// comes, then the table with its board, which stays on top.
func takeSeatBehindCard(t *testing.T, h *uitest.Harness) {
	t.Helper()
	until(t, h, "the briefing", 10, topIs[*briefing](h))
	h.Script.Press(ebiten.KeyEnter)
	carded := false
	for range 15 {
		if _, ok := h.App.Top().(*opening); ok {
			carded = true
		}
		if topIs[*table](h)() {
			break
		}
		tick(t, h, 1)
	}
	if !carded {
		t.Error("no card came between the briefing and the board")
	}
	until(t, h, "the board", 10, topIs[*table](h))
	tb := h.App.Top().(*table)
	if _, made := tb.boards[tb.cur]; !made || tb.cur == "" {
		t.Fatalf("the table is on top with no board for %q", tb.cur)
	}
	tick(t, h, 5)
	if _, ok := h.App.Top().(*table); !ok {
		t.Fatalf("after the board came, %s is on top", describe(h))
	}
}
