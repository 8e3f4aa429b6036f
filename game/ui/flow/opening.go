package flow

import (
	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/screen"
)

// opening is the card "Preparing the board…" that stands in the browser
// between a seat's briefing and its new board. There a frame is one task
// of the page, and taking a seat did all in one (the briefing's end, the
// board's view and panels, its first paint): seconds under load (issue
// 13: no task over 200 ms). The card's first frame ends the briefing, the
// Update after it is drawn makes the board behind it, and the Update after
// it is drawn again gives way to the board, which paints over the frames
// after. The table comes to the top only with its board made, so a key
// pressed then reaches the board.
//
// The card counts its draws, not its Updates: after a slow frame ebiten
// runs several Updates before the next draw to catch up with its clock,
// and counting Updates put making the board and its first paint in one
// task of the page.
type opening struct {
	make func()
	// drawn counts the card's draws; madeAt is drawn when the board was
	// made (0: not yet).
	drawn, madeAt int
}

// opensLater reports whether actor's board is made behind the card rather
// than at once: the first time, where the flow's boards open behind a card
// (in the browser).
func (t *table) opensLater(actor string) bool {
	_, made := t.boards[actor]
	return !made && t.f.boardCard
}

// Update implements ui.Scene.
func (o *opening) Update(ctx *ui.Context) error {
	switch {
	case o.madeAt == 0 && o.drawn > 0:
		o.make()
		o.madeAt = o.drawn
	case o.madeAt > 0 && o.drawn > o.madeAt:
		ctx.Pop()
	}
	ctx.Invalidate()
	return nil
}

// Draw implements ui.Scene.
func (o *opening) Draw(dst *ebiten.Image, th *ui.Theme) {
	o.drawn++
	screen.DrawBackdrop(dst, th)
	drawBusy(dst, th, "Preparing the board…", "The map, the issues and your inbox.", 0)
}
