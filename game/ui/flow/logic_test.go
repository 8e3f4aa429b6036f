package flow

import (
	"errors"
	"fmt"
	"image"
	"os"
	"strings"
	"testing"

	"backchannel/game/save"
	"backchannel/game/scenario"
	"backchannel/game/ui"
)

func TestDefaultScenario(t *testing.T) {
	names := scenario.BuiltinNames()
	want := "tutorial"
	for _, n := range names {
		if n == "letter-2009" {
			want = n
		}
	}
	if got := DefaultScenario(); got != want {
		t.Errorf("DefaultScenario() = %q, want %q (built in: %v)", got, want, names)
	}
}

func TestParseHumans(t *testing.T) {
	s, err := scenario.Builtin("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	got, err := parseHumans(s, " bor,ALD,,BOR ")
	if err != nil || strings.Join(got, ",") != "BOR,ALD" {
		t.Errorf("parseHumans = %v, %v", got, err)
	}
	if _, err := parseHumans(s, "ALD,XX"); err == nil || !strings.Contains(err.Error(), "ALD, BOR, CES") {
		t.Errorf("an unknown actor: %v", err)
	}
}

func TestNewChecksTheCommandLine(t *testing.T) {
	for _, c := range []Config{
		{Scenario: "no-such-scenario", Autostart: true},
		{Scenario: "tutorial", As: "XX", Autostart: true},
		{Difficulty: "impossible"},
		{Files: []string{"/no/such/file.toml"}},
	} {
		if _, err := New(Config{Scenario: c.Scenario, As: c.As, Autostart: c.Autostart, Difficulty: c.Difficulty,
			Files: c.Files, Storage: NewMemStorage(nil)}); err == nil {
			t.Errorf("%+v was accepted", c)
		}
	}
	f, err := New(Config{Scenario: "tutorial", Humans: []string{"ces"}, Autostart: true, Storage: NewMemStorage(nil)})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.auto.Humans; len(got) != 1 || got[0] != "CES" {
		t.Errorf("-humans ces alone plays Cestria: %v", got)
	}
}

func TestLibrary(t *testing.T) {
	l := NewLibrary()
	if l.Find("tutorial") == nil {
		t.Fatal("the tutorial is not listed")
	}
	src := []byte("[scenario]\nid = 3\n")
	a := l.AddText("x.toml", src)
	b := l.AddText("x.toml", src)
	if l.Index(a) >= 0 || l.Index(b) < 0 {
		t.Error("a file dropped again replaces the first")
	}
	if _, err := b.Load(); err == nil {
		t.Error("a broken file loads")
	}
	if got := b.Label(); got != "File: x.toml" {
		t.Errorf("label %q", got)
	}
	if got := l.Find("tutorial").Label(); got != "Tutorial" {
		t.Errorf("a built-in's label is the short title: %q", got)
	}
	if _, err := l.Open("tutorail"); err == nil || !strings.Contains(err.Error(), "tutorial") {
		t.Errorf("a misspelt name suggests the right one: %v", err)
	}
}

func TestSplitTitle(t *testing.T) {
	short, rest := splitTitle("The Letter: Missile Defence, 2009")
	if short != "The Letter" || rest != "Missile Defence, 2009" {
		t.Errorf("%q, %q", short, rest)
	}
	if short, rest := splitTitle("Plain"); short != "Plain" || rest != "" {
		t.Errorf("%q, %q", short, rest)
	}
}

func TestDefaultSlotName(t *testing.T) {
	for _, c := range []struct{ id, want string }{
		{"letter-2009", "letter-2009 turn 4"},
		{"über/../x", "berx turn 4"},
		{"", "game turn 4"},
	} {
		got := defaultSlotName(c.id, 4)
		if got != c.want || save.CheckSlotName(got) != nil {
			t.Errorf("defaultSlotName(%q) = %q", c.id, got)
		}
	}
}

func TestMemStorage(t *testing.T) {
	st := NewMemStorage(fixedNow)
	rec := &save.Record{Scenario: "tutorial", Seats: []save.Seat{{Actor: "ALD", Human: true}}}
	if err := st.Save("bad/name", rec); err == nil {
		t.Error("a bad name is saved")
	}
	st.Save("b", rec)
	st.Save("a", rec)
	slots, _ := st.List()
	if len(slots) != 2 || slots[0].Name != "a" || slots[0].Humans[0] != "ALD" {
		t.Errorf("slots %+v", slots)
	}
	if err := st.Delete("a"); err != nil {
		t.Error(err)
	}
	if _, err := st.Load("a"); err == nil {
		t.Error("a deleted save loads")
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

// TestNoScreenInWords: with no screen, the game says what to do instead,
// not the window system's error.
func TestNoScreenInWords(t *testing.T) {
	err := inWords(fmt.Errorf("ui: no window system is available: %w", os.ErrNotExist))
	if err == nil || strings.Contains(err.Error(), "fbdev") || !strings.Contains(err.Error(), "xvfb-run") || !strings.Contains(err.Error(), "make web") {
		t.Errorf("no screen: %v", err)
	}
	if other := errors.New("something else"); inWords(other) != other {
		t.Error("another error was rewritten")
	}
}
