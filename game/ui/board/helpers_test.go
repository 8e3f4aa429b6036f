package board

import (
	"image"
	"path/filepath"
	"testing"

	"backchannel/game"
	"backchannel/game/scenario"
	"backchannel/game/session"
	"backchannel/game/ui"
	"backchannel/game/ui/uitest"
)

func TestMain(m *testing.M) { uitest.Main(m) }

var hd = image.Pt(1280, 720)

// tutorial starts the tutorial with actor as the only human seat.
func tutorial(t testing.TB, actor string) *session.Session {
	t.Helper()
	sc, err := scenario.Builtin("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.New(session.Config{Scenario: sc, Seed: 1, Humans: []string{actor}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// recorder collects what the board hands to the flow.
type recorder struct {
	ended [][]game.Order
	menus int
}

func (r *recorder) config(s *session.Session, actor string) Config {
	return Config{Session: s, Actor: actor,
		OnEndTurn: func(o []game.Order) { r.ended = append(r.ended, o) },
		OnMenu:    func() { r.menus++ }}
}

// shot compares the screen with the golden testdata/golden/name.png, the
// board's own (uitest.Golden keeps the framework's goldens elsewhere), and
// the text it drew with name.txt beside it. UPDATE_GOLDEN=NAME.png rewrites
// both; on a mismatch the actual image and a diff go to the temporary folder.
func shot(t *testing.T, h *uitest.Harness, name string) {
	t.Helper()
	h.GoldenAt(t, filepath.Join("testdata", "golden", name+".png"))
}

func play(t testing.TB, h *uitest.Harness, settle int) {
	t.Helper()
	if err := h.Play(settle); err != nil {
		t.Fatal(err)
	}
}

var defaultSettings = ui.DefaultSettings()

// openCompose opens the compose dialog on Aldoria's tutorial board with a
// click on its button, as a player would.
func openCompose(t *testing.T) (*Board, *uitest.Harness, *compose) {
	t.Helper()
	uitest.NeedWindow(t)
	var r recorder
	b := New(r.config(tutorial(t, "ALD"), "ALD"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 1)
	h.Script.Click(center(b.bar.compose.Bounds()))
	play(t, h, 2)
	c, ok := h.App.Top().(*compose)
	if !ok {
		t.Fatalf("top is %T, want the compose dialog", h.App.Top())
	}
	return b, h, c
}
