package ui_test

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

// TestDrawTextBoxClips draws long, tall and italic text into small boxes
// and checks that not one pixel outside the box changed.
func TestDrawTextBoxClips(t *testing.T) {
	uitest.NeedWindow(t)
	fonts, err := ui.NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		strings.Repeat("Manoeuvring space shrinks with publicity. ", 10),
		"ÅÇÉÎ gjpqy Йй Ωω ŁŻŚĆ", // tall accents and deep descenders
		"W",
	}
	for _, style := range []ui.FontStyle{ui.FontRegular, ui.FontItalic, ui.FontSmallcaps} {
		face := fonts.Face(style, 40)
		for _, s := range texts {
			for _, box := range []image.Rectangle{image.Rect(30, 30, 130, 52), image.Rect(20, 40, 60, 100), image.Rect(10, 10, 190, 150)} {
				dst := ebiten.NewImage(200, 160)
				dst.Fill(color.Black)
				ui.DrawTextBox(dst, s, box, ui.TextOptions{Face: face, Color: color.White, Wrap: true, HAlign: ui.AlignCenter})
				img := uitest.ReadImage(dst)
				inside := 0
				for y := range 160 {
					for x := range 200 {
						p := img.RGBAAt(x, y)
						lit := p.R != 0 || p.G != 0 || p.B != 0
						if !image.Pt(x, y).In(box) && lit {
							t.Fatalf("style %d, %q in %v: pixel (%d,%d) outside the box is %v", style, s, box, x, y, p)
						}
						if lit {
							inside++
						}
					}
				}
				if inside == 0 && box.Dx() > 100 {
					t.Errorf("style %d, %q in %v: nothing drawn", style, s, box)
				}
				dst.Deallocate()
			}
		}
	}
}
