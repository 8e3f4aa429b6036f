package ui

import (
	"image"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

func testFonts(t testing.TB) *Fonts {
	t.Helper()
	f, err := NewFonts()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestLayoutTextStaysInBox lays out texts of every kind in boxes of many
// sizes and checks each line's extent against the box.
func TestLayoutTextStaysInBox(t *testing.T) {
	f := testFonts(t)
	texts := []string{
		"Reservation value",
		"Moscow publicly rejected any trade while staying interested; the Poles and Czechs preferred the frozen status quo.",
		"Переговоры о третьем позиционном районе ПРО в Польше и Чехии",
		"Rząd w Warszawie i vláda v Praze: „ratifikace“",
		"Antidisestablishmentarianism-style-unbreakable-words-must-still-be-cut",
		"first\nsecond\n\nfourth",
	}
	for _, size := range []float64{12, 17, 30} {
		face := f.Face(FontRegular, size)
		m := face.Metrics()
		for _, w := range []int{20, 90, 240, 600} {
			for _, h := range []int{10, 40, 120} {
				box := image.Rect(100, 50, 100+w, 50+h)
				for _, wrap := range []bool{false, true} {
					for _, s := range texts {
						l := LayoutText(s, box, TextOptions{Face: face, Wrap: wrap, HAlign: AlignCenter})
						if len(l.Lines) == 0 {
							t.Fatalf("no lines for %q", s)
						}
						for i, line := range l.Lines {
							adv := text.Advance(line.Text, face)
							if line.X < float64(box.Min.X)-0.5 || line.X+adv > float64(box.Max.X)+0.5 {
								// Only a single glyph wider than the box may overflow; drawing clips it.
								if len([]rune(line.Text)) > 1 {
									t.Errorf("size %v box %v wrap %v: line %q spans %.1f..%.1f", size, box, wrap, line.Text, line.X, line.X+adv)
								}
							}
							if i > 0 && line.Y+m.HAscent+m.HDescent > float64(box.Max.Y)+0.5 {
								t.Errorf("size %v box %v: line %d %q passes the bottom", size, box, i, line.Text)
							}
						}
					}
				}
			}
		}
	}
}

func TestLayoutTextTruncates(t *testing.T) {
	f := testFonts(t)
	face := f.Face(FontRegular, 17)
	long := strings.Repeat("audience costs ", 40)
	l := LayoutText(long, image.Rect(0, 0, 200, 60), TextOptions{Face: face, Wrap: true})
	if !l.Truncated || !strings.HasSuffix(l.Lines[len(l.Lines)-1].Text, "…") {
		t.Errorf("long text should end in an ellipsis: %+v", l)
	}
	l = LayoutText("short", image.Rect(0, 0, 200, 60), TextOptions{Face: face, Wrap: true})
	if l.Truncated || len(l.Lines) != 1 {
		t.Errorf("short text: %+v", l)
	}
	l = LayoutText(long, image.Rect(0, 0, 200, 600), TextOptions{Face: face, Wrap: true, MaxLines: 2})
	if len(l.Lines) != 2 || !l.Truncated {
		t.Errorf("MaxLines: %d lines", len(l.Lines))
	}
}

func TestLayoutTextAligns(t *testing.T) {
	f := testFonts(t)
	face := f.Face(FontRegular, 17)
	box := image.Rect(0, 0, 300, 100)
	start := LayoutText("veto", box, TextOptions{Face: face})
	centre := LayoutText("veto", box, TextOptions{Face: face, HAlign: AlignCenter, VAlign: AlignCenter})
	end := LayoutText("veto", box, TextOptions{Face: face, HAlign: AlignEnd, VAlign: AlignEnd})
	w := start.Lines[0].W
	if start.Lines[0].X != 0 || start.Lines[0].Y != 0 {
		t.Errorf("start at %v,%v", start.Lines[0].X, start.Lines[0].Y)
	}
	if got := centre.Lines[0].X; got < (300-w)/2-1 || got > (300-w)/2+1 {
		t.Errorf("centre x %v, want about %v", got, (300-w)/2)
	}
	if got := end.Lines[0].X + w; got < 299.5 || got > 300.5 {
		t.Errorf("end: right edge at %v", got)
	}
	if got := end.Lines[0].Y + end.Height; got < 99.5 || got > 100.5 {
		t.Errorf("end: bottom at %v", got)
	}
}
