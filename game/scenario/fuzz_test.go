package scenario

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds the loader mutations of the built-in and broken files:
// whatever the input, it must not panic, and it returns a scenario exactly
// when there is no error.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/broken/*.toml")
	seeds = append(seeds, "../../scenarios/tutorial.toml")
	for _, p := range seeds {
		if src, err := os.ReadFile(p); err == nil && len(src) < 64<<10 {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, diags, err := Parse("fuzz.toml", src)
		if (err != nil) != (s == nil) || (err != nil) != diags.HasErrors() {
			t.Fatalf("scenario %v, error %v, %d errors", s != nil, err, len(diags.Errors()))
		}
	})
}
