package screen_test

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/uitest"
	"backchannel/game/ui/widget"
)

// play runs the script on h and fails on error.
func play(t *testing.T, h *uitest.Harness) {
	t.Helper()
	if err := h.Play(2); err != nil {
		t.Fatal(err)
	}
}

func focusedText(f *widget.Form) string {
	switch w := f.Focused().(type) {
	case *widget.Button:
		return w.Text
	case *widget.Toggle:
		return w.Label
	case *widget.Choice:
		return w.Label
	case *widget.Tabs:
		return "tabs"
	case *widget.List:
		return "list"
	case nil:
		return "none"
	}
	return "?"
}

// tabOrder presses Tab n times and lists what got focus.
func tabOrder(t *testing.T, h *uitest.Harness, f *widget.Form, n int) []string {
	var got []string
	for range n {
		h.Script.Press(ebiten.KeyTab)
		play(t, h)
		got = append(got, focusedText(f))
	}
	return got
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTitleFocusOrder(t *testing.T) {
	title := screen.NewTitle(screen.TitleConfig{})
	h := uitest.New(t, title, hd, ui.DefaultSettings())
	play(t, h)
	if got := focusedText(title.Form()); got != "New game" {
		t.Fatalf("first focus: %s", got)
	}
	got := tabOrder(t, h, title.Form(), 5)
	if want := []string{"Load", "Settings", "Help", "Quit", "New game"}; !equal(got, want) {
		t.Errorf("tab order %v, want %v", got, want)
	}
}

func TestTitleMenuOpensScreens(t *testing.T) {
	title := screen.NewTitle(screen.TitleConfig{})
	h := uitest.New(t, title, hd, ui.DefaultSettings())
	h.Script.Press(ebiten.KeyArrowDown).Press(ebiten.KeyArrowDown).Press(ebiten.KeyEnter)
	play(t, h)
	if _, ok := h.App.Top().(*screen.Settings); !ok {
		t.Fatalf("Down, Down, Enter: top is %T, want Settings", h.App.Top())
	}
	h.Script.Press(ebiten.KeyEscape)
	play(t, h)
	if h.App.Top() != title {
		t.Fatalf("Escape: top is %T", h.App.Top())
	}
	if got := focusedText(title.Form()); got != "Settings" {
		t.Errorf("back on the title, focus stays on %s", got)
	}
	h.Script.Press(ebiten.KeyF1)
	play(t, h)
	if _, ok := h.App.Top().(*screen.Help); !ok {
		t.Fatalf("F1: top is %T", h.App.Top())
	}
	h.Script.Press(ebiten.KeyF2)
	play(t, h)
	if _, ok := h.App.Top().(*screen.Settings); !ok {
		t.Fatalf("F2 in help: top is %T", h.App.Top())
	}
	h.Script.Press(ebiten.KeyEscape)
	play(t, h)
	if h.App.Top() != title {
		t.Errorf("help replaced by settings, so Escape returns to the title; top is %T", h.App.Top())
	}
}

func TestTitleNotReadyDialog(t *testing.T) {
	title := screen.NewTitle(screen.TitleConfig{})
	h := uitest.New(t, title, hd, ui.DefaultSettings())
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if _, ok := h.App.Top().(*widget.Dialog); !ok {
		t.Fatalf("New game without a model: top is %T, want a dialog", h.App.Top())
	}
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if h.App.Top() != title {
		t.Errorf("Enter closes the dialog; top is %T", h.App.Top())
	}
}

func TestTitleCallbacksAndQuit(t *testing.T) {
	started := 0
	title := screen.NewTitle(screen.TitleConfig{OnNewGame: func(*ui.Context) { started++ }})
	h := uitest.New(t, title, hd, ui.DefaultSettings())
	h.Script.Press(ebiten.KeyEnter)
	play(t, h)
	if started != 1 {
		t.Errorf("OnNewGame ran %d times", started)
	}
	// Click on Quit.
	quit := title.Form().Widgets()[len(title.Form().Widgets())-1]
	h.Script.Click(quit.Bounds().Min.Add(image.Pt(20, 10)))
	play(t, h)
	if !h.Done {
		t.Error("Quit should end the game")
	}
}

func TestSettingsChangeSettings(t *testing.T) {
	s := screen.NewSettings()
	h := uitest.New(t, s, image.Pt(2560, 1440), ui.Settings{Scale: 1})
	play(t, h)
	got := []string{focusedText(s.Form())}
	got = append(got, tabOrder(t, h, s.Form(), 4)...)
	if want := []string{"Interface scale", "Colour-blind-safe palette", "Full screen", "Done", "Interface scale"}; !equal(got, want) {
		t.Errorf("tab order %v, want %v", got, want)
	}
	h.Script.Press(ebiten.KeyArrowRight).Press(ebiten.KeyArrowRight)
	play(t, h)
	if got := h.App.Settings().Scale; got != 1.5 {
		t.Errorf("scale %v after two steps right", got)
	}
	h.Script.Press(ebiten.KeyTab).Press(ebiten.KeyEnter).Press(ebiten.KeyTab).Press(ebiten.KeySpace)
	play(t, h)
	st := h.App.Settings()
	if !st.ColourBlind || !st.Fullscreen || !h.Window.Fullscreen {
		t.Errorf("after toggling both: %+v", st)
	}
	if h.App.Theme().Palette.Name != ui.ColourBlindPalette().Name {
		t.Error("the palette changes at once")
	}
	// F11 from anywhere is shown on the screen's toggle.
	h.Script.Press(ebiten.KeyF11)
	play(t, h)
	if h.App.Settings().Fullscreen {
		t.Error("F11 toggles full screen back off")
	}
}

func TestHelpGlossary(t *testing.T) {
	hp := screen.NewHelp()
	h := uitest.New(t, hp, hd, ui.DefaultSettings())
	play(t, h)
	if focusedText(hp.Form()) != "list" {
		t.Fatalf("help opens on the list of terms, focus on %s", focusedText(hp.Form()))
	}
	h.Script.Press(ebiten.KeyArrowDown).Press(ebiten.KeyArrowDown)
	play(t, h)
	if got := hp.Terms().Selected; got != 2 || screen.Glossary[got].Name != "Audience costs" {
		t.Errorf("two down: term %d", got)
	}
	h.Script.Press(ebiten.KeyEnd)
	play(t, h)
	if got := hp.Terms().Selected; got != len(screen.Glossary)-1 {
		t.Errorf("End: term %d", got)
	}
	// Right, from the list, shows the controls page; Left the glossary.
	h.Script.Press(ebiten.KeyArrowRight)
	play(t, h)
	if !hp.Terms().IsHidden() {
		t.Error("Right on the list: the controls tab hides the glossary")
	}
	h.Script.Press(ebiten.KeyArrowLeft)
	play(t, h)
	if hp.Terms().IsHidden() {
		t.Error("Left: the glossary again")
	}
	// From the tab row too, as before.
	h.Script.With([]ebiten.Key{ebiten.KeyShiftLeft}, func(s *ui.Script) { s.Press(ebiten.KeyTab) })
	h.Script.Press(ebiten.KeyArrowRight)
	play(t, h)
	if !hp.Terms().IsHidden() {
		t.Error("the controls tab hides the glossary")
	}
	h.Script.Press(ebiten.KeyEscape)
	play(t, h)
	if !h.Done {
		t.Error("Escape leaves help (here, the only screen)")
	}
}

// TestGlossaryComplete checks that every idea the brief names is
// explained, with its meaning and its place in the game.
func TestGlossaryComplete(t *testing.T) {
	want := []string{"Linkage (explicit)", "Linkage (implicit)", "Audience costs", "Two-level games",
		"Reservation value", "Boulware strategy", "Conceder strategy", "Veto players", "Ratification",
		"Face", "Manoeuvring space"}
	have := map[string]screen.Term{}
	for _, term := range screen.Glossary {
		have[term.Name] = term
	}
	for _, name := range want {
		term, ok := have[name]
		if !ok {
			t.Errorf("glossary lacks %q", name)
			continue
		}
		if len(term.Meaning) < 120 || len(term.InGame) < 40 {
			t.Errorf("%q is explained too briefly", name)
		}
	}
}
