package board

import (
	"image"
	"image/draw"
	"image/png"
	"os"
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
// board's own (uitest.Golden keeps the framework's goldens elsewhere), with
// uitest's tolerances. UPDATE_GOLDEN=NAME.png rewrites it; on a mismatch the
// actual image and a diff go to the temporary folder.
func shot(t *testing.T, h *uitest.Harness, name string) {
	t.Helper()
	golden(t, name, h.Screenshot(t))
}

func golden(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name+".png")
	if uitest.Updating(path) {
		uitest.Rewrite(t, path, img)
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run with UPDATE_GOLDEN=%s.png to create it)", err, name)
	}
	defer f.Close()
	dec, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	want := image.NewRGBA(dec.Bounds())
	draw.Draw(want, want.Bounds(), dec, dec.Bounds().Min, draw.Src)
	frac, diff := uitest.Compare(want, img, uitest.ChannelTolerance)
	if frac <= uitest.PixelTolerance {
		return
	}
	dir := filepath.Join(os.TempDir(), "backchannel-golden")
	_ = writePNG(filepath.Join(dir, name+".actual.png"), img)
	_ = writePNG(filepath.Join(dir, name+".diff.png"), diff)
	t.Errorf("%s: %.2f%% of pixels differ (limit %.2f%%); see %s/%s.{actual,diff}.png",
		name, frac*100, uitest.PixelTolerance*100, dir, name)
}

func writePNG(path string, img image.Image) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func play(t testing.TB, h *uitest.Harness, settle int) {
	t.Helper()
	if err := h.Play(settle); err != nil {
		t.Fatal(err)
	}
}

var defaultSettings = ui.DefaultSettings()
