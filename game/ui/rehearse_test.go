package ui_test

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

// keeper is a scene that keeps what it drew first, as screens do: an
// image with a word in it (the title's stamp) and the face it first drew
// with.
type keeper struct {
	stamp *ebiten.Image
	face  text.Face
}

func (*keeper) Update(*ui.Context) error { return nil }

func (k *keeper) Draw(dst *ebiten.Image, th *ui.Theme) {
	if k.stamp == nil {
		k.face = th.FaceOf(ui.FontBold, 26)
		k.stamp = ebiten.NewImage(240, 60)
		ui.DrawText(k.stamp, "CONFIDENTIAL", k.face, 4, 4, th.Palette.Danger, ui.AlignStart)
	}
	dst.DrawImage(k.stamp, nil)
	ui.DrawText(dst, "Backchannel", k.face, 20, 80, th.Palette.Text, ui.AlignStart)
	ui.DrawTextBox(dst, "The letter of 2009", image.Rect(20, 130, 300, 170), ui.TextOptions{Face: th.FaceOf(ui.FontRegular, 18), Color: th.Palette.Text})
}

// TestRehearsalDrawsTheSame: a screen rehearsed (App.Rehearse, the
// browser's start before the first screen's first draw) and then drawn
// looks as one drawn at once, the text it kept in an image included; the
// rehearsal held its text back and drew it a string a part.
func TestRehearsalDrawsTheSame(t *testing.T) {
	uitest.NeedWindow(t)
	size := image.Pt(320, 200)
	direct := uitest.New(t, &keeper{}, size, ui.DefaultSettings())
	if err := direct.Step(1); err != nil {
		t.Fatal(err)
	}
	want := direct.Screenshot(t)

	h := uitest.New(t, &keeper{}, size, ui.DefaultSettings())
	h.App.Layout(size.X, size.Y)
	if err := h.App.Update(); err != nil {
		t.Fatal(err)
	}
	part := h.App.Rehearse()
	parts := 0
	for part() {
		parts++
	}
	if parts != 3 {
		t.Errorf("the rehearsal drew its text in %d parts, want 3 (one a string)", parts)
	}
	if err := h.Step(1); err != nil {
		t.Fatal(err)
	}
	if bad, _ := uitest.Compare(want, h.Screenshot(t), 0); bad > 0 {
		t.Errorf("drawn after a rehearsal, %.2f%% of the pixels differ from the screen drawn at once", 100*bad)
	}
}
