package ui

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Rehearse draws the screen once into an image of its own with the text
// held back, and returns part, which draws the held-back text (onto the
// images it was meant for) a string a call and reports whether strings
// remain. The screen's next real Draw then finds every glyph it needs
// rasterised and in ebiten's atlas.
//
// The browser's start calls it before the first screen's first draw: there
// a frame is one task of the page, and rasterising every glyph of a screen
// in its first frame held the page for the longest of our tasks (issue 13:
// no task over 200 ms). The start spends a few frames on the parts instead.
//
// The text is drawn, not dropped: a screen may keep an image it drew text
// into (the title's stamp), and that image gets its text from the parts.
// Once part has reported none remain, the rehearsal's faces draw as the
// theme's own would, should a screen have kept one.
func (a *App) Rehearse() (part func() bool) {
	r := &rehearsal{faces: map[*text.GoTextFace]*rehearsingFace{}, active: true}
	th := *a.theme
	th.rec, th.reh = nil, r
	img := ebiten.NewImage(max(a.size.X, 1), max(a.size.Y, 1))
	a.scenes.draw(img, &th)
	return func() bool {
		if len(r.held) == 0 {
			if r.active {
				r.active = false
				img.Deallocate()
			}
			return false
		}
		h := r.held[0]
		r.held = r.held[1:]
		drawLineNow(h.dst, h.s, h.face, h.x, h.y, h.clr)
		return true
	}
}

// rehearsal holds the text of a rehearsed draw.
type rehearsal struct {
	held   []heldText
	faces  map[*text.GoTextFace]*rehearsingFace
	active bool
}

// heldText is one drawLine call held back.
type heldText struct {
	dst  *ebiten.Image
	s    string
	face text.Face
	x, y float64
	clr  color.Color
}

// rehearsingFace is a face of a rehearsal's theme: text drawn with it is
// held back while the rehearsal is active.
type rehearsingFace struct {
	*text.GoTextFace
	r *rehearsal
}

// face returns f's rehearsing wrapper, the same value each time (caches
// key on faces).
func (r *rehearsal) face(f *text.GoTextFace) text.Face {
	rf, ok := r.faces[f]
	if !ok {
		rf = &rehearsingFace{GoTextFace: f, r: r}
		r.faces[f] = rf
	}
	return rf
}

// hold keeps a drawLine call back if face is an active rehearsal's, and
// reports whether it did.
func hold(dst *ebiten.Image, s string, face text.Face, x, y float64, clr color.Color) bool {
	rf, ok := face.(*rehearsingFace)
	if !ok || !rf.r.active {
		return false
	}
	rf.r.held = append(rf.r.held, heldText{dst: dst, s: s, face: rf.GoTextFace, x: math.Round(x), y: math.Round(y), clr: clr})
	return true
}
