package scenario

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// chunkedTOML parses src as the Loader does, a top-level table at a time,
// and reports whether the pieces fitted together (else the Loader parses
// the file whole).
func chunkedTOML(src []byte) (map[string]any, bool) {
	raw, arrays := map[string]any{}, map[string]bool{}
	for _, c := range tomlChunks(src) {
		var got map[string]any
		if _, err := toml.Decode(string(src[c.from:c.to]), &got); err != nil || !mergeChunk(raw, arrays, c, got) {
			return nil, false
		}
	}
	return raw, true
}

// TestTOMLChunks checks that parsing a file a top-level table at a time
// gives the tables of the whole file: for every built-in scenario, the
// generated big one, and files where a line looks like a header but is
// not one, or where the pieces do not fit together (then the whole file is
// parsed, and its error reported, as before).
func TestTOMLChunks(t *testing.T) {
	files := map[string]string{
		"big":                bigScenario(1 << 16),
		"header in a string": "[scenario]\nid = \"x\"\ntext = \"\"\"\n[[events]]\n\"\"\"\n[[events]]\nid = \"e\"\n",
		"header in an array": "x = [\n[1],\n[2]\n]\n[y]\nz = 1\n",
		"subtable after":     "[[events]]\nid = \"e\"\n[meta.more]\na = 1\n[meta]\nb = 2\n",
		"static then array":  "events = [{ id = \"a\" }]\n[[events]]\nid = \"b\"\n",
		"table twice":        "[scenario]\nid = \"a\"\n[scenario]\nid = \"b\"\n",
		"array then table":   "[[events]]\nid = \"a\"\n[events]\nid = \"b\"\n",
		"empty":              "",
	}
	for _, name := range BuiltinNames() {
		src, err := fs.ReadFile(builtinFS(), name+".toml")
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(src)
		if n := len(tomlChunks(src)); n < 10 {
			t.Errorf("%s is cut into %d pieces", name, n)
		}
	}
	for name, src := range files {
		var whole map[string]any
		_, wholeErr := toml.Decode(src, &whole)
		got, ok := chunkedTOML([]byte(src))
		switch {
		case ok && wholeErr != nil:
			t.Errorf("%s: the pieces parse, the whole file does not: %v", name, wholeErr)
		case ok && !reflect.DeepEqual(got, whole) && !(len(got) == 0 && len(whole) == 0):
			t.Errorf("%s: the pieces give\n%v\nthe whole file\n%v", name, got, whole)
		case !ok && wholeErr == nil && !strings.Contains(name, "header in") && name != "subtable after":
			t.Errorf("%s: a valid file did not parse in pieces", name)
		}
		if wholeErr != nil {
			if _, diags, _ := Parse(name+".toml", []byte(src)); len(diags) == 0 || !strings.Contains(diags[0].Msg, "TOML syntax") {
				t.Errorf("%s: the whole file's TOML error is not reported: %v", name, diags)
			}
		}
	}
}
