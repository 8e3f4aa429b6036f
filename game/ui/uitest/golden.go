package uitest

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"backchannel/game/gametest"
)

var update = flag.Bool("update", false, "rewrite golden screenshots in game/ui/testdata/golden")

// Updating reports whether the golden at path is to be rewritten: -update
// (for one package), or UPDATE_GOLDEN naming it (see
// gametest.UpdateGolden: UPDATE_GOLDEN=flow-*.png; "1" no longer rewrites
// every golden of every package blindly).
func Updating(path string) bool { return *update || gametest.UpdateGolden(path) }

// Rewrite writes img as the golden at path, unless it is within the
// tolerances of the golden there, and logs how much changed: a rewrite is
// never silent.
func Rewrite(t testing.TB, path string, img *image.RGBA) {
	t.Helper()
	if old, err := readPNG(path); err == nil {
		frac, _ := Compare(old, img, ChannelTolerance)
		if frac <= PixelTolerance {
			return
		}
		t.Logf("rewrote %s: %.2f%% of its pixels changed", path, frac*100)
	} else {
		t.Logf("wrote %s", path)
	}
	if err := WritePNG(path, img); err != nil {
		t.Fatal(err)
	}
}

// Tolerances: a pixel differs when any channel is off by more than
// ChannelTolerance; an image fails when more than PixelTolerance of its
// pixels differ. Font rasterisers and GPU drivers disagree on edges by a
// few counts; a layout change moves far more than 1% of pixels.
const (
	ChannelTolerance = 16
	PixelTolerance   = 0.01
)

// GoldenDir returns game/ui/testdata/golden, found from this source file
// so tests in any package under game/ui share it. The path is the one the
// package was compiled at: a build cached from another checkout of the
// same source (another git worktree) points into that checkout.
func GoldenDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "golden")
}

// Golden compares img with the golden PNG name (without extension) in
// GoldenDir. See GoldenAt.
func Golden(t testing.TB, name string, img *image.RGBA) {
	t.Helper()
	GoldenAt(t, filepath.Join(GoldenDir(), name+".png"), img)
}

// GoldenAt compares img with the golden PNG at path. With -update, or
// UPDATE_GOLDEN naming it, it writes the golden instead. On a mismatch it
// writes the actual image and a diff beside each other in a temporary
// folder and fails.
func GoldenAt(t testing.TB, path string, img *image.RGBA) {
	t.Helper()
	if Updating(path) {
		Rewrite(t, path, img)
		return
	}
	name := strings.TrimSuffix(filepath.Base(path), ".png")
	want, err := readPNG(path)
	if err != nil {
		t.Fatalf("uitest: %v (UPDATE_GOLDEN=%s.png creates it)", err, name)
	}
	frac, diff := Compare(want, img, ChannelTolerance)
	if frac <= PixelTolerance {
		return
	}
	dir := filepath.Join(os.TempDir(), "backchannel-golden")
	_ = WritePNG(filepath.Join(dir, name+".actual.png"), img)
	_ = WritePNG(filepath.Join(dir, name+".diff.png"), diff)
	t.Errorf("uitest: %s: %.2f%% of pixels differ (limit %.2f%%); see %s/%s.{actual,diff}.png",
		name, frac*100, PixelTolerance*100, dir, name)
}

// Compare returns the fraction of pixels of got that differ from want by
// more than tol in some channel, and an image marking them in red over a
// faded copy of want. Images of different sizes differ entirely.
func Compare(want, got *image.RGBA, tol uint8) (float64, *image.RGBA) {
	b := want.Bounds()
	if got.Bounds().Size() != b.Size() {
		return 1, got
	}
	diff := image.NewRGBA(b)
	bad := 0
	for y := range b.Dy() {
		for x := range b.Dx() {
			w := want.RGBAAt(b.Min.X+x, b.Min.Y+y)
			g := got.RGBAAt(got.Rect.Min.X+x, got.Rect.Min.Y+y)
			if far(w.R, g.R, tol) || far(w.G, g.G, tol) || far(w.B, g.B, tol) || far(w.A, g.A, tol) {
				bad++
				diff.SetRGBA(x, y, color.RGBA{255, 0, 0, 255})
			} else {
				l := uint8((int(w.R) + int(w.G) + int(w.B)) / 12)
				diff.SetRGBA(x, y, color.RGBA{l, l, l, 255})
			}
		}
	}
	return float64(bad) / float64(b.Dx()*b.Dy()), diff
}

func far(a, b, tol uint8) bool {
	if a > b {
		return a-b > tol
	}
	return b-a > tol
}

func readPNG(path string) (*image.RGBA, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if rgba, ok := img.(*image.RGBA); ok {
		return rgba, nil
	}
	b := img.Bounds()
	rgba := image.NewRGBA(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			rgba.Set(x, y, img.At(x, y))
		}
	}
	return rgba, nil
}

// WritePNG writes img as a PNG file at path, making its folder.
func WritePNG(path string, img image.Image) error {
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
