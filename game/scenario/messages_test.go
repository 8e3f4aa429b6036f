package scenario

import (
	"strings"
	"testing"
)

// TestMessagePositions: the positions and wording the outside attack found
// wrong (issue 16, item 3), each as it reads now.
func TestMessagePositions(t *testing.T) {
	tut := string(tutorialWith(t))
	withWhen := func(expr string) string {
		return strings.Replace(tut, "[[events]]", "[[events]]\nwhen = '"+expr+"'", 1)
	}
	// Each must be the first diagnostic, or for the sub-table present at its
	// line (the missing keys of that small file are real).
	for _, tc := range []struct{ name, src, first string }{
		{"NUL at the start of a line", "[scenario]\nid = \"x\"\n\x00\ntitle = \"y\"\n",
			"x.toml:3:1: TOML syntax: TOML files cannot contain control characters: '0x00'"},
		{"control byte in a string", "[scenario]\nid = \"x\x01\"\n", "x.toml:2:8: TOML syntax: TOML files cannot contain control characters: '0x01'"},
		{"implicit sub-table", "[scenario]\nid = \"x\"\n\n\n\n\n[scenario.extra.deeper]\nx = 1\n", `x.toml:7:1: unknown key "extra" in [scenario]`},
		{"unknown table first", "[scenari]\nid = \"x\"\n", `x.toml:1:1: unknown key "scenari" in the top level (did you mean "scenario"?)`},
		{"truncated header", "[scenario]\nid = \"x\"\n[calen", "x.toml:3:6: TOML syntax: expected '.' or ']' to end table name, but the file ends there"},
		{"$env", withWhen(`$env.Support("ALD") > 3`), "only a function named directly can be called, not $env (the engine's own data)"},
		{"$env field", withWhen(`$env.x > 3`), "$env (the engine's own data) is not allowed in scenario expressions"},
		{"indexing", withWhen(`radar[0] == "x"`), "indexing (a[i]) is not allowed in scenario expressions"},
	} {
		_, diags, _ := Parse("x.toml", []byte(tc.src))
		if len(diags) == 0 || !strings.Contains(diags[0].String(), tc.first) && (tc.name == "unknown table first" || !strings.Contains(diags.String(), tc.first)) {
			t.Errorf("%s: got\n%s\nwant first %q", tc.name, diags, tc.first)
		}
	}
}
