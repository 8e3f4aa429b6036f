// Command bare is the yardstick of the browser game's start: a bare ebiten
// app that fills the screen with one colour. TestBrowser builds it with
// scripts/build-web.sh, as the game, and loads it with the game's own page
// (index.html and loader.js) in the same run, so that make bench compares
// the game's first frame and the size of its wasm with the least that an
// ebiten app in this page can do.
package main

import (
	"image/color"
	"log"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/web"
)

func main() {
	ebiten.SetWindowTitle("Backchannel: bare")
	if err := ebiten.RunGame(&fill{}); err != nil {
		log.Fatal(err)
	}
}

// fill draws one colour on the whole screen.
type fill struct {
	told bool // the page knows the first frame is drawn
}

// Update implements ebiten.Game.
func (*fill) Update() error { return nil }

// Draw implements ebiten.Game. The page hides its loading screen when told
// that the first frame is drawn, as the game tells it.
func (f *fill) Draw(screen *ebiten.Image) {
	screen.Fill(color.RGBA{0x1f, 0x3a, 0x5f, 0xff})
	if !f.told {
		f.told = true
		web.NotifyFirstFrame()
	}
}

// Layout implements ebiten.Game.
func (*fill) Layout(w, h int) (int, int) { return w, h }
