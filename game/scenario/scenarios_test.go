package scenario

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScenarioFiles walks scenarios/: every file loads without errors or
// warnings and passes the JSON Schema, and every file is a built-in.
func TestScenarioFiles(t *testing.T) {
	files, err := filepath.Glob("../../scenarios/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenario files: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".toml")
		t.Run(name, func(t *testing.T) {
			s, diags, err := LoadFile(path)
			if err != nil || len(diags) > 0 {
				t.Fatalf("%v\n%s", err, diags)
			}
			if s.ID != name {
				t.Errorf("scenario id %q differs from the file name %q", s.ID, name)
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := validateSchema(t, src); err != nil {
				t.Errorf("schema: %v", err)
			}
			if b, err := Builtin(name); err != nil || b.Hash != s.Hash {
				t.Errorf("Builtin(%q) = %v; want the same file as on disk", name, err)
			}
		})
	}
}

// TestSchemaFile keeps scenarios/scenario.schema.json, which the built-in
// files name in their #:schema line, equal to Schema().
func TestSchemaFile(t *testing.T) {
	compiledSchema(t)
	golden(t, "../../scenarios/scenario.schema.json", Schema())
}

func TestBuiltinNames(t *testing.T) {
	names := BuiltinNames()
	if !contains(names, "tutorial") {
		t.Fatalf("BuiltinNames() = %v; want tutorial among them", names)
	}
	if _, err := Builtin("tutorail"); err == nil || !strings.Contains(err.Error(), `did you mean "tutorial"?`) {
		t.Errorf("Builtin(tutorail) error = %v; want a suggestion", err)
	}
}

func TestOpen(t *testing.T) {
	if s, err := Open("tutorial"); err != nil || s.ID != "tutorial" {
		t.Fatalf("Open(tutorial) = %v", err)
	}
	if s, err := Open("../../scenarios/tutorial.toml"); err != nil || s.ID != "tutorial" {
		t.Fatalf("Open(path) = %v", err)
	}
	_, err := Open("testdata/broken/ref_actor.toml")
	want := "scenario: 3 errors in testdata/broken/ref_actor.toml:\n" +
		"testdata/broken/ref_actor.toml:38:14: unknown actor \"C\" (did you mean \"A\"?)\n"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Open(broken) error:\n%v\nwant it to start:\n%s", err, want)
	}
	if _, err := Open("testdata/no-such-file.toml"); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("Open(missing) = %v", err)
	}
}
