package flow

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestHotSeat plays two humans at one machine: a hand-over screen comes
// between them, with nothing of the last player's on it, and the second
// player's board is their own.
func TestHotSeat(t *testing.T) {
	var made []string
	watch := func(c BoardConfig) Board {
		made = append(made, c.Actor)
		return BoardOf(c)
	}
	f := newTestFlow(t, Config{Scenario: "tutorial", As: "ALD", Humans: []string{"BOR"}, Autostart: true, NewBoard: watch})
	h := run(t, f)
	ho, ok := h.App.Top().(*handover)
	if !ok || ho.actor != "ALD" {
		t.Fatalf("a hot-seat game opens on the hand-over to the first seat, not %s", describe(h))
	}
	h.Script.Wait(armTicks).Press(ebiten.KeyEnter)
	play(t, h)
	until(t, h, "briefing ALD", 5, topIs[*briefing](h))
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	tb := h.App.Top().(*table)
	if tb.cur != "ALD" {
		t.Fatalf("first board: %q", tb.cur)
	}
	endTurn(t, h)
	ho, ok = h.App.Top().(*handover)
	if !ok || ho.actor != "BOR" {
		t.Fatalf("after Aldoria's turn: %s", describe(h))
	}
	if tb.cur != "" {
		t.Error("the table still holds Aldoria's board under the hand-over")
	}
	shot(t, h, "handover")
	// A key pressed at once does not pass: the hand-over waits to be armed.
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if h.App.Top() != ho {
		t.Fatalf("a key still held from the last turn passed the hand-over: %s", describe(h))
	}
	h.Script.Wait(armTicks).Press(ebiten.KeyEnter)
	play(t, h)
	until(t, h, "Borvia's briefing", 5, func() bool {
		b, ok := h.App.Top().(*briefing)
		return ok && b.actor == "BOR"
	})
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if h.App.Top() != tb || tb.cur != "BOR" {
		t.Fatalf("second board: top %s, seat %q", describe(h), tb.cur)
	}
	if len(made) != 2 || made[1] != "BOR" {
		t.Fatalf("boards made for %v", made)
	}
	shot(t, h, "board-bor")

	// Borvia ends the turn: it resolves, and Aldoria gets the laptop back
	// and her own morning paper.
	endTurn(t, h)
	until(t, h, "hand-over to Aldoria", 400, func() bool {
		ho, ok := h.App.Top().(*handover)
		return ok && ho.actor == "ALD"
	})
	h.Script.Wait(armTicks).Press(ebiten.KeyEnter)
	play(t, h)
	r, ok := h.App.Top().(*results)
	if !ok || r.actor != "ALD" {
		t.Fatalf("after the hand-over: %s", describe(h))
	}
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if tb.cur != "ALD" {
		t.Fatalf("turn 2 starts with %q", tb.cur)
	}
}
