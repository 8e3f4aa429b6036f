package gametest

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// UpdateGolden reports whether UPDATE_GOLDEN names the golden file at
// path: a comma-separated list of base names or globs ("loghash.golden",
// "small-*.log", "flow-*.png"). "1" or "all" no longer rewrite every golden
// at once: a rewrite must be asked for by name, and Golden shows what it
// changed.
func UpdateGolden(file string) bool {
	base := filepath.Base(file)
	for pat := range strings.SplitSeq(os.Getenv("UPDATE_GOLDEN"), ",") {
		if pat = strings.TrimSpace(pat); pat == "" {
			continue
		}
		if ok, _ := path.Match(pat, base); ok || pat == base {
			return true
		}
	}
	return false
}

// Golden compares got with the golden file at path. When UPDATE_GOLDEN
// names the file it rewrites it instead, logging the lines that changed,
// so a rewrite is never blind; otherwise a mismatch fails with the first
// lines that differ.
func Golden(t testing.TB, file string, got []byte) {
	t.Helper()
	want, err := os.ReadFile(file)
	if UpdateGolden(file) {
		if bytes.Equal(got, want) {
			return
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s:\n%s", file, LineDiff(want, got, 40))
		return
	}
	if err != nil {
		t.Fatalf("%v (UPDATE_GOLDEN=%s rewrites it)", err, filepath.Base(file))
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (UPDATE_GOLDEN=%s rewrites it):\n%s", file, filepath.Base(file), LineDiff(want, got, 40))
	}
}

// LineDiff lists the lines of a and b that differ, position by position
// after their common start and end, at most max of them: enough to see
// what changed in a log without a diff tool.
func LineDiff(a, b []byte, max int) string {
	al := strings.Split(string(a), "\n")
	bl := strings.Split(string(b), "\n")
	start := 0
	for start < len(al) && start < len(bl) && al[start] == bl[start] {
		start++
	}
	ea, eb := len(al), len(bl)
	for ea > start && eb > start && al[ea-1] == bl[eb-1] {
		ea, eb = ea-1, eb-1
	}
	var out strings.Builder
	n := 0
	for i := start; i < ea && n < max; i, n = i+1, n+1 {
		fmt.Fprintf(&out, "-%d: %s\n", i+1, al[i])
	}
	for i := start; i < eb && n < max; i, n = i+1, n+1 {
		fmt.Fprintf(&out, "+%d: %s\n", i+1, bl[i])
	}
	if rest := (ea - start) + (eb - start) - n; rest > 0 {
		fmt.Fprintf(&out, "… and %d more changed lines\n", rest)
	}
	return out.String()
}
