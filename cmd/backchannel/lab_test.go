//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLabCommand runs a tiny lab on the tutorial: the JSON object has the
// issue's fields and the same figures for 1 and 3 workers; -o and -html
// write their files; progress goes to stderr only.
func TestLabCommand(t *testing.T) {
	dir := t.TempDir()
	lab := func(workers string, extra ...string) map[string]json.RawMessage {
		var out, errb bytes.Buffer
		args := append([]string{"lab", "-runs", "2", "-json", "-workers", workers}, extra...)
		if code := run(append(args, "tutorial"), &out, &errb); code != 0 {
			t.Fatalf("lab: exit %d: %s", code, errb.String())
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(out.Bytes(), &m); err != nil {
			t.Fatalf("lab -json: not JSON: %v\n%s", err, out.String())
		}
		delete(m, "seconds")
		return m
	}
	md, page := filepath.Join(dir, "r.md"), filepath.Join(dir, "r.html")
	one, three := lab("1", "-o", md, "-html", page), lab("3")
	a, _ := json.Marshal(one)
	b, _ := json.Marshal(three)
	if !bytes.Equal(a, b) {
		t.Errorf("-workers 1 and 3 differ:\n%s\n%s", a, b)
	}
	for _, key := range []string{"scenario", "runs", "seed", "seats", "ablations", "type_predictability", "agreements",
		"decided", "linkage", "statements_broken_share", "dilemma_default_share", "findings"} {
		if _, ok := one[key]; !ok {
			t.Errorf("lab -json lacks %q", key)
		}
	}
	for _, f := range []string{md, page} {
		b, err := os.ReadFile(f)
		if err != nil || !strings.Contains(string(b), "Seat matrix") {
			t.Errorf("%s: %v, %d bytes without the seat matrix", f, err, len(b))
		}
	}
}

func TestLabUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"lab", "-difficulty", "brutal", "tutorial"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "use easy, normal or hard") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	errb.Reset()
	if code := run([]string{"lab", "no-such-scenario"}, &out, &errb); code != 1 {
		t.Errorf("an unknown scenario: exit %d, stderr %q", code, errb.String())
	}
	errb.Reset()
	if code := run([]string{"lab", "-runs", "1", "-seats", "USA", "tutorial"}, &out, &errb); code != 1 || !strings.Contains(errb.String(), `has no actor "USA": its actors are`) {
		t.Errorf("an unknown seat: exit %d, stderr %q", code, errb.String())
	}
}

// TestLabFocus: -seats, -strategies and -ablations=false narrow the lab,
// and the JSON says what was left out.
func TestLabFocus(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"lab", "-runs", "2", "-json", "-seats", "none", "-ablations=false", "tutorial"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var m struct {
		Partial   string                                `json:"partial"`
		Seats     map[string]map[string]json.RawMessage `json:"seats"`
		Ablations map[string]json.RawMessage            `json:"ablations"`
	}
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m.Partial != "no seat rows; no ablations" || len(m.Ablations) != 0 {
		t.Errorf("partial %q, %d ablations", m.Partial, len(m.Ablations))
	}
	for id, row := range m.Seats {
		if len(row) != 1 || row["normal"] == nil {
			t.Errorf("seat %s: %d strategies reported, want the reference (normal) only", id, len(row))
		}
	}
}
