package scenario

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"backchannel/game"
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
	// A backstop only: the machine may be busy, and the parser's quadratic
	// cases take minutes, not seconds.
	if d := time.Since(start); d > 20*time.Second {
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
	// A backstop only: 5.3 s was seen on a busy machine, where a quadratic
	// report would take minutes.
	if d := time.Since(start); d > 60*time.Second {
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

// TestLongKeysAreQuick: keys and headers of many dotted parts made the TOML
// parser quadratic (14 s and 600 MB for 32 KB). They are refused before it
// runs, and a file of the longest keys allowed, at the largest size
// allowed, still parses in linear time and memory.
func TestLongKeysAreQuick(t *testing.T) {
	seg := strings.Repeat("a.", 3000) + "a"
	for _, tc := range []struct{ name, src, want string }{
		{"header", "[" + seg + "]\nx = 1\n", "hostile.toml:1:2: key has more than 8 dotted parts"},
		{"array header", "[[" + seg + "]]\n", "hostile.toml:1:3: key has more than 8 dotted parts"},
		{"key", "[t]\n" + strings.Repeat(seg+" = 1\n", 10), "hostile.toml:2:1: key has more than 8 dotted parts"},
		{"inline", "t = { " + seg + " = 1 }\n", "hostile.toml:1:7: key has more than 8 dotted parts"},
		{"quoted", "[t]\n" + strings.Repeat(`"x".`, 20) + "y = 1\n", "hostile.toml:2:1: key has more than 8 dotted parts"},
		{"long", "[t]\n\"" + strings.Repeat("k", 300) + "\" = 1\n", "hostile.toml:2:1: key longer than 256 bytes"},
		{"long header", "[" + strings.Repeat("k", 300) + "]\n", "hostile.toml:1:2: key longer than 256 bytes"},
	} {
		_, diags, err := boundedParse(t, []byte(tc.src), 10*time.Second, 64<<20)
		if err == nil || !strings.HasPrefix(diags.String(), tc.want) {
			t.Errorf("%s: got %s", tc.name, diags)
		}
	}
	// Values are not keys: a long string, a float and a date pass.
	ok := "a = \"" + strings.Repeat("v", 5000) + "\"\nb = [\"" + strings.Repeat("w", 500) + "\"]\nc = 1.5\nd = 2025-01-01T12:30:00.5Z\n"
	if off, msg := keyError([]byte(ok)); off >= 0 {
		t.Errorf("values taken for keys: %d %s", off, msg)
	}
	// The worst allowed: 8 parts of 30 bytes, key after key, up to 2 MB.
	var b strings.Builder
	for i := 0; b.Len() < MaxFileSize-1000; i++ {
		fmt.Fprintf(&b, "[h%029d.%s]\n%s.y = 1\n", i, strings.Repeat("x", 30)+strings.Repeat("."+strings.Repeat("x", 30), 5),
			strings.Repeat("z", 30)+strings.Repeat("."+strings.Repeat("z", 30), 6))
	}
	boundedParse(t, []byte(b.String()), 60*time.Second, 1<<30)
}

// boundedParse parses src and fails the test if it takes longer than d or
// allocates more than mem bytes.
func boundedParse(t testing.TB, src []byte, d time.Duration, mem uint64) (*game.Scenario, Diagnostics, error) {
	t.Helper()
	// Memory is the measure; time is a backstop far above the linear cost
	// and far below the quadratic one (minutes), on a busy machine, and ten
	// times slower under WebAssembly.
	if runtime.GOOS == "js" {
		d *= 10
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	s, diags, err := Parse("hostile.toml", src)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; took > d || alloc > mem {
		t.Errorf("%d bytes took %v and %d MB to parse; the bound is %v and %d MB", len(src), took, alloc>>20, d, mem>>20)
	}
	return s, diags, err
}
