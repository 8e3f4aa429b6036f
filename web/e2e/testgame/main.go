// Command testgame is a stand-in for Backchannel in the browser tests of
// web/e2e: a tiny ebiten program that uses the page contract of package web
// the way the real game will. It draws a title, counts key presses (Space
// also switches the background colour), lists the scenario files the page
// hands over and the URL parameters, and reports its first frame.
//
// In the browser it also publishes its state as window.testgame, which the
// tests read; see state_js.go.
package main

import (
	"fmt"
	"image/color"
	"log"
	"sort"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/ebitenutil"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"backchannel/web"
)

const screenW, screenH = 640, 360

var (
	background    = color.RGBA{0x10, 0x15, 0x1c, 0xff}
	backgroundAlt = color.RGBA{0x1d, 0x3b, 0x2a, 0xff}
	gold          = color.RGBA{0xc9, 0xa2, 0x27, 0xff}
	paper         = color.RGBA{0xe8, 0xe4, 0xd8, 0xff}
)

type game struct {
	st      state
	scratch *ebiten.Image // debug text is drawn here, then scaled and tinted
}

// state is what the tests observe.
type state struct {
	Frames  int               `json:"frames"`
	Keys    int               `json:"keys"`
	LastKey string            `json:"lastKey"`
	Alt     bool              `json:"alt"`
	Files   []fileInfo        `json:"files"`
	Params  map[string]string `json:"params"`
	Focused bool              `json:"focused"`
	Browser bool              `json:"browser"`
}

type fileInfo struct {
	Name  string `json:"name"`
	Bytes int    `json:"bytes"`
	First string `json:"first"` // first line, to check the text arrived intact
}

func (g *game) Update() error {
	for _, f := range web.PendingFiles() {
		first, _, _ := strings.Cut(f.Text, "\n")
		g.st.Files = append(g.st.Files, fileInfo{Name: f.Name, Bytes: len(f.Text), First: first})
	}
	for _, k := range inpututil.AppendJustPressedKeys(nil) {
		g.st.Keys++
		g.st.LastKey = k.String()
		if k == ebiten.KeySpace {
			g.st.Alt = !g.st.Alt
		}
	}
	g.st.Focused = ebiten.IsFocused()
	publish(&g.st)
	return nil
}

// text draws s with its top-left corner at (x, y), scale times the size of
// ebitenutil's debug font, in colour c.
func (g *game) text(dst *ebiten.Image, s string, x, y, scale float64, c color.Color) {
	g.scratch.Clear()
	ebitenutil.DebugPrintAt(g.scratch, s, 0, 0)
	op := &ebiten.DrawImageOptions{}
	op.GeoM.Scale(scale, scale)
	op.GeoM.Translate(x, y)
	op.ColorScale.ScaleWithColor(c)
	op.Filter = ebiten.FilterNearest
	dst.DrawImage(g.scratch, op)
}

// centred draws s centred horizontally; the debug font is 6 pixels wide.
func (g *game) centred(dst *ebiten.Image, s string, y, scale float64, c color.Color) {
	w := float64(len(s)*6) * scale
	g.text(dst, s, (screenW-w)/2, y, scale, c)
}

func (g *game) Draw(screen *ebiten.Image) {
	if g.st.Alt {
		screen.Fill(backgroundAlt)
	} else {
		screen.Fill(background)
	}
	g.centred(screen, "BACKCHANNEL", 70, 5, gold)
	g.centred(screen, "stand-in test game for the browser build", 160, 1.5, paper)
	g.centred(screen, fmt.Sprintf("keys pressed: %d   (SPACE changes the background)", g.st.Keys), 200, 1, paper)

	y := 240.0
	if len(g.st.Params) > 0 {
		keys := make([]string, 0, len(g.st.Params))
		for k := range g.st.Params {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&b, "%s=%s ", k, g.st.Params[k])
		}
		g.centred(screen, "URL: "+strings.TrimSpace(b.String()), y, 1, paper)
		y += 20
	}
	for _, f := range g.st.Files {
		g.centred(screen, fmt.Sprintf("opened %s (%d bytes)", f.Name, f.Bytes), y, 1, gold)
		y += 18
	}
	g.st.Frames++
	web.NotifyFirstFrame()
}

func (g *game) Layout(int, int) (int, int) { return screenW, screenH }

func main() {
	g := &game{
		st:      state{Params: web.QueryParams(), Files: []fileInfo{}, Browser: web.IsBrowser},
		scratch: ebiten.NewImage(screenW, 20),
	}
	ebiten.SetWindowTitle("Backchannel test game")
	ebiten.SetWindowSize(screenW*2, screenH*2)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	if err := ebiten.RunGame(g); err != nil {
		log.Fatal(err)
	}
}
