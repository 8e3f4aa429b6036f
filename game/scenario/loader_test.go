package scenario

import (
	"fmt"
	"io/fs"
	"testing"
)

// TestLoaderGoesInSteps loads each built-in scenario a step at a time, as
// the browser does: a step for each event at least (each compiles its own
// expressions), and the same scenario and diagnostics as Parse.
func TestLoaderGoesInSteps(t *testing.T) {
	for _, name := range BuiltinNames() {
		src, err := fs.ReadFile(builtinFS(), name+".toml")
		if err != nil {
			t.Fatal(err)
		}
		want, wantDiags, err := Parse(name+".toml", src)
		if err != nil {
			t.Fatal(err)
		}
		l := NewLoader(name+".toml", src)
		steps := 1
		for l.Step() {
			steps++
		}
		if l.Step() {
			t.Errorf("%s: Step after the last reports more", name)
		}
		got, diags, err := l.Result()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if min := len(want.Events) + len(want.Actors); steps < min {
			t.Errorf("%s loaded in %d steps, want at least one for each of its %d actors and events", name, steps, min)
		}
		if got.Hash != want.Hash || fmt.Sprint(diags) != fmt.Sprint(wantDiags) ||
			len(got.Events) != len(want.Events) || len(got.Issues) != len(want.Issues) || len(got.End) != len(want.End) {
			t.Errorf("%s: the stepped load differs from Parse: hash %s, %d events, %d issues, diagnostics %v; want %s, %d, %d, %v",
				name, got.Hash, len(got.Events), len(got.Issues), diags, want.Hash, len(want.Events), len(want.Issues), wantDiags)
		}
	}
}

// TestLoaderStopsAtBrokenTOML checks that a file that is not TOML stops
// the steps at the parse, with the parser's error at its line.
func TestLoaderStopsAtBrokenTOML(t *testing.T) {
	l := NewLoader("broken.toml", []byte("[scenario]\nid = \"x\"\n[calendar = 1\n"))
	steps := 1
	for l.Step() {
		steps++
	}
	s, diags, err := l.Result()
	if s != nil || err == nil || len(diags) != 1 || diags[0].Line != 3 {
		t.Fatalf("got %v, %v, %v; want no scenario and one error on line 3", s, diags, err)
	}
	if steps > 4 {
		t.Errorf("%d steps, want 4 at most: the checks of the file's size, the parse of its pieces, then of the whole", steps)
	}
}
