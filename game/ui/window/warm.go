package window

import (
	"crypto/sha256"
	"encoding/json"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game"
	"backchannel/game/ui"
)

// warmSteps are steps of the browser's start that pay, each in a frame of
// its own, a one-time cost of the first screen's first draw: the first
// text drawn runs the glyph rasteriser's code for the first time (Chromium
// compiles WebAssembly a function at a time, on its first call) and makes
// the glyph atlas's first page. The drawing goes to a small image of its
// own, which the start keeps until it ends, so that ebiten flushes it in
// the same frame. (A step that filled a vector path, for ebiten's stencil
// shaders, was the start's longest task, 1,990 ms in session 9's trace:
// the screens no longer fill paths; see ui.FillDiamond.)
func (b *boot) warmSteps(fonts *ui.Fonts) []step {
	return []step{b.drawScratch(func(scratch *ebiten.Image) {
		op := &text.DrawOptions{}
		op.ColorScale.ScaleWithColor(b.bar)
		text.Draw(scratch, "Backchannel", fonts.Face(ui.FontRegular, 14), op)
	})}
}

// drawScratch is a step that draws to the start's scratch image, made
// at its first use.
func (b *boot) drawScratch(draw func(scratch *ebiten.Image)) step {
	return once(func() error {
		if b.scratch == nil {
			b.scratch = ebiten.NewImage(16, 16)
		}
		draw(b.scratch)
		return nil
	})
}

// vertexBufferBytes is the size of ebiten's WebGL vertex buffer after
// growVertexBuffers (its index buffer gets an eighth of it). ebiten makes a
// buffer of the next power of two when a frame's vertices (48 bytes each)
// do not fit, so it is twice what the largest frame seen needs: the
// letter-2009 link's briefing, board and turns, suez-1956's and
// pittsburgh-2009's, need 512 kB (and 64 kB of indices) at most, in
// Chromium, 1280×720 (web, session 13: ebiten's bufferData calls counted in
// the page, with no warm-up; TestLetterBoard checks that none grows after
// it).
const vertexBufferBytes = 1 << 20

// warmVertices is the fewest vertices, in whole quads, that make ebiten
// make its vertex buffer vertexBufferBytes: just over half of it.
const warmVertices = vertexBufferBytes/2/vertexBytes/4*4 + 4

// vertexBytes is the size of a vertex in ebiten's WebGL buffer (12
// float32s: graphics.VertexFloatCount).
const vertexBytes = 48

// growVertexBuffers draws, to scratch, warmVertices vertices of triangles
// with no area (every vertex at the origin: nothing is rasterised). The
// boot's first frame calls it, so that ebiten makes its WebGL vertex and
// index buffers that large from the start. ebiten sends a frame's
// vertices in one buffer and replaces it with one twice as large when a
// frame has more; deleting the old buffer waits until the GPU has drawn
// everything queued before. On the title screen's first draws that wait
// was 440 ms of the 560 ms the page spent in WebGL calls (software GL at
// load 15–25, TestPageProfile), and 903 ms in one task in session 10's
// profile; growing them in a later frame of the start waited 680 ms there
// instead. In the first frame there is no buffer to delete. (Growing them
// in a step after the first frame that waits for the GPU (afterGPU) made
// the first frame's task 100–150 ms shorter at load 13–17, but the step
// itself took 190–610 ms: pushing 3 MB to a GPU process that is drawing
// still holds the page.) The drawing is work of the first frame, before
// anything is on the screen: sessions 11-12 grew the buffers to 4 MB
// (65,536 vertices), 373 of the 971 ms between the wasm's start and the
// first draw in a profile at load 25, and 3 MB sent to the GPU before the
// frame could show; 10,924 vertices cost a sixth of the CPU (natively
// 4.3-4.9 against 0.74-0.88 ms) and send 0.5 MB.
func growVertexBuffers(scratch *ebiten.Image) {
	vs := make([]ebiten.Vertex, warmVertices)
	is := make([]uint32, warmVertices/4*6)
	for q := range warmVertices / 4 {
		v := uint32(4 * q)
		copy(is[6*q:], []uint32{v, v + 1, v + 2, v + 1, v + 3, v + 2})
	}
	scratch.DrawTriangles32(vs, is, ui.WhitePixel(), nil)
}

// warmLog is a step of the browser's start that encodes an empty log
// entry as the game's log hash does (game.Game.LogHash), before the step
// that makes a link's game, whose record hashes its first log: the first
// encoding runs encoding/json's and SHA-256's code for the first time
// (compiled by Chromium on the first call) and builds, by reflection, the
// encoder of the entry's type, which encoding/json keeps.
func warmLog() step {
	return once(func() error { return json.NewEncoder(sha256.New()).Encode(game.Entry{}) })
}

// rehearse is a step of the browser's start, after the first screen's
// first Updates (tickFirst): it draws the screen made so far (made returns
// the App) once with its text held back, in a frame of its own, then draws
// the text in the frames after, for up to budget a frame (see
// ui.App.Rehearse). The first screen's first draw then rasterises no
// glyph: that draw was the longest of the start's own tasks.
func rehearse(made func() *ui.App, budget time.Duration) step {
	var part func() bool
	return func() (bool, error) {
		if part == nil {
			part = made().Rehearse()
			return true, nil
		}
		start := time.Now()
		for part() {
			if time.Since(start) >= budget {
				return true, nil
			}
		}
		return false, nil
	}
}

// warmLinear draws, to scratch, with the linear filter, in the start's
// first step, once the GPU has drawn the first frame (afterGPU), so that
// ebiten links its linear-filter program then. ebiten links a built-in
// program on its first use, and reading the link status waits for the GPU
// process to compile it behind everything queued: on the title's first
// draw (screen's stamp) 175 ms of the 283 ms task at load 28, and 1,379 ms
// of WebGL waits in the letter-2009 link's start at load 26
// (TestPageProfile).
func warmLinear(scratch *ebiten.Image) {
	op := &ebiten.DrawImageOptions{Filter: ebiten.FilterLinear}
	op.GeoM.Scale(2.5, 2.5)
	scratch.DrawImage(ui.WhitePixel(), op)
}
