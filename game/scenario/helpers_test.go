package scenario

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"backchannel/game/gametest"
	"backchannel/scenarios"
)

var update = flag.Bool("update", false, "rewrite golden files and generated docs")

func builtinFS() fs.FS { return scenarios.FS }

// golden compares got with the file at path, or rewrites it under -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update || gametest.UpdateGolden(path) {
		if want, _ := os.ReadFile(path); !bytes.Equal(got, want) {
			t.Logf("rewrote %s:\n%s", path, gametest.LineDiff(want, got, 20))
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update rewrites it)\n--- got\n%s--- want\n%s", path, got, want)
	}
}

var (
	schemaOnce sync.Once
	schemaVal  *jsonschema.Schema
	schemaErr  error
)

// compiledSchema compiles Schema() with a real JSON Schema implementation,
// which also proves that the schema itself is valid.
func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema()))
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		c.AssertFormat() // dates are checked by "format": "date"
		if err := c.AddResource("scenario.schema.json", doc); err != nil {
			schemaErr = err
			return
		}
		schemaVal, schemaErr = c.Compile("scenario.schema.json")
	})
	if schemaErr != nil {
		t.Fatal(schemaErr)
	}
	return schemaVal
}

// validateSchema checks TOML source against the schema, as an editor does:
// TOML dates become YYYY-MM-DD strings.
func validateSchema(t *testing.T, src []byte) error {
	t.Helper()
	var raw map[string]any
	if _, err := toml.Decode(string(src), &raw); err != nil {
		return err
	}
	return compiledSchema(t).Validate(asJSON(raw))
}

func asJSON(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = asJSON(e)
		}
		return out
	case []map[string]any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = asJSON(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = asJSON(e)
		}
		return out
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339)
	}
	return v
}

// schemaExpectation reads the "# schema: accept|reject|skip" line that
// every broken file starts with.
func schemaExpectation(src []byte) string {
	first, _, _ := strings.Cut(string(src), "\n")
	v, ok := strings.CutPrefix(first, "# schema: ")
	if !ok {
		return ""
	}
	return strings.TrimSpace(v)
}
