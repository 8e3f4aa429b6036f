package flow

import (
	"image"
	"testing"

	"backchannel/game/save"
	"backchannel/game/ui"
)

func TestNewChecksTheCommandLine(t *testing.T) {
	for _, c := range []Config{
		{Scenario: "no-such-scenario", Autostart: true},
		{Scenario: "tutorial", As: "XX", Autostart: true},
		{Difficulty: "impossible"},
		{Files: []string{"/no/such/file.toml"}},
	} {
		if _, err := New(Config{Scenario: c.Scenario, As: c.As, Autostart: c.Autostart, Difficulty: c.Difficulty,
			Files: c.Files, Storage: save.NewMemory(nil)}); err == nil {
			t.Errorf("%+v was accepted", c)
		}
	}
	f, err := New(Config{Scenario: "tutorial", Humans: []string{"ces"}, Autostart: true, Storage: save.NewMemory(nil)})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.auto.Humans; len(got) != 1 || got[0] != "CES" {
		t.Errorf("-humans ces alone plays Cestria: %v", got)
	}
}

func TestPlotPoints(t *testing.T) {
	plot := image.Rect(10, 20, 110, 220)
	pts := plotPoints([]float64{0, 50, 100, 150}, plot)
	if pts[0] != (ui.PointF{X: 10, Y: 220}) || pts[3] != (ui.PointF{X: 110, Y: 20}) {
		t.Errorf("ends %v %v", pts[0], pts[3])
	}
	if pts[1].Y != 120 {
		t.Errorf("50 is half way: %v", pts[1])
	}
	if one := plotPoints([]float64{40}, plot); one[0].X != 10 {
		t.Errorf("a single point sits at the left: %v", one)
	}
	if n := labelEvery(43, 400, 16); n < 2 {
		t.Errorf("43 labels of 16 px in 400 px need thinning: every %d", n)
	}
	if n := labelEvery(7, 400, 16); n != 1 {
		t.Errorf("7 labels fit: every %d", n)
	}
}

func TestSigned(t *testing.T) {
	for v, want := range map[float64]string{0.2: "±0", -0.4: "±0", 3.6: "+4", -12: "-12"} {
		if got := signed(v); got != want {
			t.Errorf("signed(%v) = %q, want %q", v, got, want)
		}
	}
}
