package scenario

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// TestFileTooLarge checks the size limit without keeping a 2 MB file.
func TestFileTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte("# padding\n"), MaxFileSize/10+1)
	fsys := fstest.MapFS{"big.toml": {Data: big}}
	_, diags, err := Load(fsys, "big.toml")
	want := "big.toml: file too large: more than 2097152 bytes (split the episode, or shorten its texts)\n"
	if err == nil || diags.String() != want {
		t.Errorf("got %q, want %q", diags.String(), want)
	}
}

// TestDeepNestingIsQuick feeds a million brackets: the loader must refuse
// them before the TOML parser spends seconds on them.
func TestDeepNestingIsQuick(t *testing.T) {
	src := "x = " + strings.Repeat("[", 1_000_000) + strings.Repeat("]", 1_000_000)
	start := time.Now()
	_, diags, err := Parse("deep.toml", []byte(src))
	if err == nil || !strings.Contains(diags.String(), "nested too deep") {
		t.Errorf("got %s", diags)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %v", d)
	}
}

// TestNestingIgnoresStrings: brackets in strings and comments are text.
func TestNestingIgnoresStrings(t *testing.T) {
	src := `a = "` + strings.Repeat("[", 40) + `"` + "\n# " + strings.Repeat("{", 40) + "\nb = '''\n" + strings.Repeat("[", 40) + "'''\n"
	if off := nestingError([]byte(src)); off >= 0 {
		t.Errorf("nestingError = %d, want -1", off)
	}
}

func TestMissingFile(t *testing.T) {
	_, diags, err := Load(fstest.MapFS{}, "gone.toml")
	if err == nil || diags.String() != "gone.toml: no such file\n" {
		t.Errorf("got %q", diags.String())
	}
}

// TestPositions checks the scanner on the shapes TOML allows.
func TestPositions(t *testing.T) {
	src := `a = 1
[t]
b.c = "x" # comment
[[arr]]
k = [1, { m = 2 }]
[[arr]]
k = """
multi"""
[arr.sub]
n = 'lit'
`
	p := scanPositions([]byte(src))
	for path, want := range map[string][2]int{
		"a": {1, 5}, "t": {2, 1}, "t.b.c": {3, 7}, "arr[0]": {4, 1}, "arr[0].k[1].m": {5, 15},
		"arr[1].k": {7, 5}, "arr[1].sub": {9, 1}, "arr[1].sub.n": {10, 5},
	} {
		ln, col := p.lineCol(p.valOf(path))
		if ln != want[0] || col != want[1] {
			t.Errorf("%s at %d:%d, want %d:%d", path, ln, col, want[0], want[1])
		}
	}
}

// TestJunkKeys: a table of many unknown keys gives a bounded report.
func TestJunkKeys(t *testing.T) {
	var b strings.Builder
	b.WriteString("[scenario]\n")
	for i := range 100_000 {
		fmt.Fprintf(&b, "k%d = 1\n", i)
	}
	start := time.Now()
	_, diags, err := Parse("junk.toml", []byte(b.String()))
	if err == nil || len(diags) > MaxDiagnostics+1 {
		t.Fatalf("%d diagnostics", len(diags))
	}
	if !strings.Contains(diags.String(), "99980 more unknown keys in [scenario]") {
		t.Errorf("no summary line:\n%s", diags[:5])
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestManyErrors: past MaxDiagnostics, a last line counts the rest.
func TestManyErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("[scenario]\nid = \"x\"\ntitle = \"X\"\n[calendar]\nstart = 2025-01-06\nend = 2025-03-30\ndays_per_turn = 14\n")
	for i := range 300 {
		fmt.Fprintf(&b, "[[events]]\nid = \"e%d\"\nheadline = 3\n", i)
	}
	_, diags, _ := Parse("many.toml", []byte(b.String()))
	if len(diags) != MaxDiagnostics+1 || !strings.HasPrefix(diags[MaxDiagnostics].Msg, "too many problems: ") {
		t.Errorf("%d diagnostics, last %q", len(diags), diags[len(diags)-1].Msg)
	}
}
