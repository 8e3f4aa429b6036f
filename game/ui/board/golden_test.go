package board

import (
	"image"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/scenario"
	"backchannel/game/session"
	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

func TestBoardTurnOneGolden(t *testing.T) {
	uitest.NeedWindow(t)
	var r recorder
	b := New(r.config(tutorial(t, "ALD"), "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 3)
	shot(t, h, "board-tutorial-turn1")
}

// TestBoardAfterATurnGolden plays Borvia: the turn passes with Aldoria's
// letter stalled, and turn 2 opens with it still awaiting an answer.
func TestBoardAfterATurnGolden(t *testing.T) {
	uitest.NeedWindow(t)
	s := tutorial(t, "BOR")
	if err := s.Submit("BOR", []game.Order{{Kind: game.OrderStall, Offer: "o1"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.EndTurn(); err != nil {
		t.Fatal(err)
	}
	var r recorder
	b := New(r.config(s, "BOR"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 3)
	shot(t, h, "board-tutorial-turn2-letter")
}

// TestBoardAnswersGolden plays Aldoria into turn 2: Borvia has rejected the
// letter, and the analyst shows why, and how the belief about it moved.
func TestBoardAnswersGolden(t *testing.T) {
	uitest.NeedWindow(t)
	s := tutorial(t, "ALD")
	if err := s.Submit("ALD", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.EndTurn(); err != nil {
		t.Fatal(err)
	}
	var r recorder
	b := New(r.config(s, "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	// The sent letter, in the inbox.
	h.Script.Press(ebiten.KeyDown)
	play(t, h, 3)
	shot(t, h, "board-tutorial-turn2-answers")
}

func TestComposeDialogGolden(t *testing.T) {
	_, h, c := openCompose(t)
	// Aldoria delays the radar; Borvia backs sanctions, loosely.
	findTerm(t, h, c, "radar delay")
	h.Script.Press(ebiten.KeyEnter)
	findTerm(t, h, c, "sanctions support")
	h.Script.Click(center(c.flags.rects[0]))
	h.Script.Click(center(c.add.Bounds()))
	play(t, h, 3)
	shot(t, h, "board-compose")
}

func TestStatementDialogGolden(t *testing.T) {
	uitest.NeedWindow(t)
	var r recorder
	b := New(r.config(tutorial(t, "ALD"), "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 1)
	h.Script.Click(center(b.bar.statement.Bounds()))
	play(t, h, 3)
	if _, ok := h.App.Top().(*statement); !ok {
		t.Fatalf("top is %T, want the statement dialog", h.App.Top())
	}
	shot(t, h, "board-statement")
}

func center(r image.Rectangle) image.Point { return r.Min.Add(r.Size().Div(2)) }

// TestBoardBusyGolden shows the board while the other capitals decide.
func TestBoardBusyGolden(t *testing.T) {
	uitest.NeedWindow(t)
	var r recorder
	cfg := r.config(tutorial(t, "ALD"), "ALD")
	cfg.Busy = func() bool { return true }
	h := uitest.New(t, New(cfg), hd, defaultSettings)
	play(t, h, 3)
	shot(t, h, "board-busy")
}

// TestBoardLargeScale saves the board at 200% on a 2560×1440 screen for
// looking at (no golden: the image is large).
func TestBoardLargeScale(t *testing.T) {
	uitest.NeedWindow(t)
	dir := os.Getenv("BOARD_SHOTS")
	if dir == "" {
		t.Skip("set BOARD_SHOTS to a folder to save the picture")
	}
	var r recorder
	h := uitest.New(t, New(r.config(tutorial(t, "BOR"), "BOR")), image.Pt(2560, 1440), ui.Settings{Scale: 2})
	play(t, h, 3)
	if err := uitest.WritePNG(filepath.Join(dir, "board-200.png"), h.Screenshot(t)); err != nil {
		t.Fatal(err)
	}
}

// TestLetter2009Picture saves the board on the first episode, as the United
// States and as Russia, for looking at; it is no golden, since the
// scenario is still being written.
func TestLetter2009Picture(t *testing.T) {
	uitest.NeedWindow(t)
	dir := os.Getenv("BOARD_SHOTS")
	if dir == "" {
		t.Skip("set BOARD_SHOTS to a folder to save the pictures")
	}
	sc, err := scenario.Builtin("letter-2009")
	if err != nil {
		t.Skip(err)
	}
	for _, actor := range []string{"USA", "RUS"} {
		s, err := session.New(session.Config{Scenario: sc, Seed: 1, Humans: []string{actor}})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Submit(actor, nil); err != nil {
			t.Fatal(err)
		}
		if err := s.EndTurn(); err != nil {
			t.Fatal(err)
		}
		var r recorder
		h := uitest.New(t, New(r.config(s, actor)), hd, defaultSettings)
		play(t, h, 3)
		if err := uitest.WritePNG(filepath.Join(dir, "letter-2009-"+actor+".png"), h.Screenshot(t)); err != nil {
			t.Fatal(err)
		}
	}
}
