package uitest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"backchannel/game/gametest"
	"backchannel/game/ui"
)

// GoldenText compares the text rec's last frame drew with the text golden
// beside the pixel golden at pngPath (same name, .txt). Pixel goldens have
// a tolerance that a renamed button or a changed number slips through; the
// text golden does not. It is rewritten whenever its PNG is (-update, or
// UPDATE_GOLDEN naming either file), and a rewrite or a mismatch shows the
// lines that changed.
func GoldenText(t testing.TB, pngPath string, rec *ui.TextRecord) {
	t.Helper()
	if rec == nil {
		t.Fatal("uitest: no text record to compare; the harness records by default")
	}
	path := strings.TrimSuffix(pngPath, ".png") + ".txt"
	got := []byte(FormatText(rec.Texts()))
	want, err := os.ReadFile(path)
	if Updating(pngPath) || Updating(path) {
		if err == nil && string(want) == string(got) {
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s:\n%s", path, gametest.LineDiff(want, got, 40))
		return
	}
	if err != nil {
		t.Fatalf("uitest: %v (UPDATE_GOLDEN=%s writes it)", err, filepath.Base(pngPath))
	}
	if string(want) != string(got) {
		t.Errorf("uitest: the text drawn differs from %s (UPDATE_GOLDEN=%s rewrites both goldens):\n%s",
			path, filepath.Base(pngPath), gametest.LineDiff(want, got, 40))
	}
}

// FormatText writes drawn texts one per line in drawing order, each marked
// when it is cut or covered, so a golden reads as the screen does.
func FormatText(ts []ui.DrawnText) string {
	var b strings.Builder
	for _, d := range ts {
		b.WriteString(strings.ReplaceAll(d.Text, "\n", `\n`))
		if d.Cut {
			b.WriteString("   [cut]")
		}
		if d.Covered {
			b.WriteString("   [covered]")
		}
		b.WriteByte('\n')
	}
	return b.String()
}
