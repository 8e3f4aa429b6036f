package scenario

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBroken loads every file in testdata/broken and compares its
// diagnostics with the golden output of `backchannel validate FILE` run
// from this folder. Each file also says whether the JSON Schema alone must
// reject it ("# schema: reject"), must accept it (the problem is one only
// the loader can see), or cannot be tried (TOML syntax errors).
func TestBroken(t *testing.T) {
	files, err := filepath.Glob("testdata/broken/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Errorf("only %d broken files; want at least 30", len(files))
	}
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".toml"), func(t *testing.T) {
			path := filepath.ToSlash(path)
			s, diags, err := LoadFile(path)
			if len(diags) == 0 {
				t.Errorf("no diagnostics")
			}
			if (err != nil) != diags.HasErrors() || (err != nil) == (s != nil) {
				t.Errorf("err = %v, scenario = %v, with %d errors", err, s != nil, len(diags.Errors()))
			}
			golden(t, strings.TrimSuffix(path, ".toml")+".golden", []byte(diags.String()))
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			switch want := schemaExpectation(src); want {
			case "reject":
				if validateSchema(t, src) == nil {
					t.Errorf("the schema accepts a structurally broken file")
				}
			case "accept":
				if err := validateSchema(t, src); err != nil {
					t.Errorf("the schema rejects a structurally sound file: %v", err)
				}
			case "skip":
			default:
				t.Errorf("the first line must be # schema: accept, reject or skip; got %q", want)
			}
		})
	}
}
