package save_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

func played(t testing.TB) []byte {
	t.Helper()
	_, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	data, err := save.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestMarshalRoundTrip(t *testing.T) {
	data := played(t)
	r, err := save.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	again, err := save.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Fatalf("marshal is not stable:\n%s\n---\n%s", data, again)
	}
	if !bytes.HasPrefix(data, []byte("{\n  \"format\": \"backchannel-save\",\n  \"version\": 2,")) {
		t.Errorf("save does not start with its format and version:\n%.80s", data)
	}
}

func TestUnmarshalErrors(t *testing.T) {
	good := string(played(t))
	cases := []struct {
		name, data string
		kind       error
		says       string
	}{
		{"empty", "", save.ErrEmpty, "empty"},
		{"blank", " \n\t", save.ErrEmpty, "empty"},
		{"truncated", good[:len(good)/2], save.ErrTruncated, "truncated"},
		{"truncated at the end", strings.TrimSpace(good)[:len(strings.TrimSpace(good))-1], save.ErrTruncated, "truncated"},
		{"corrupted", strings.Replace(good, `"turns": [`, `"turns": [}`, 1), save.ErrCorrupt, "line"},
		{"wrong type", strings.Replace(good, `"seed": 7`, `"seed": "seven"`, 1), save.ErrCorrupt, `"seed"`},
		{"unknown field", strings.Replace(good, `"seed": 7`, `"seed": 7, "cheat": true`, 1), save.ErrCorrupt, "cheat"},
		{"trailing data", good + "{}", save.ErrCorrupt, "after the end"},
		{"bad hash", strings.Replace(good, `"log_hash": "`, `"log_hash": "x`, 1), save.ErrCorrupt, "log hash"},
		{"no scenario", strings.Replace(good, `"scenario": "small"`, `"scenario": ""`, 1), save.ErrCorrupt, "scenario"},
		{"toml scenario", "[scenario]\nid = \"x\"\n", save.ErrForeign, "not JSON"},
		{"png", "\x89PNG\r\n\x1a\n", save.ErrForeign, "not JSON"},
		{"json array", "[1, 2]", save.ErrForeign, "array"},
		{"json string", `"hello"`, save.ErrForeign, "string"},
		{"other format", strings.Replace(good, `"backchannel-save"`, `"backchannel-log"`, 1), save.ErrForeign, "backchannel-log"},
		{"no format", `{"version": 1}`, save.ErrForeign, "format"},
		{"newer", strings.Replace(good, `"version": 2`, `"version": 9`, 1), save.ErrNewer, "version 9"},
		{"no version", `{"format": "backchannel-save"}`, save.ErrCorrupt, "version"},
		{"bad version", `{"format": "backchannel-save", "version": "one"}`, save.ErrCorrupt, "version"},
		{"zero version", strings.Replace(good, `"version": 2`, `"version": 0`, 1), save.ErrCorrupt, "version 0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := save.Unmarshal([]byte(c.data))
			if err == nil {
				t.Fatalf("no error; got %+v", r)
			}
			if !errors.Is(err, c.kind) {
				t.Errorf("error %q is not %q", err, c.kind)
			}
			if !strings.Contains(err.Error(), c.says) {
				t.Errorf("error %q does not mention %q", err, c.says)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q is more than one line", err)
			}
		})
	}
}

// Every prefix of a save is an error, never a record or a panic.
func TestEveryTruncationFails(t *testing.T) {
	data := bytes.TrimSpace(played(t))
	for n := 0; n < len(data); n++ {
		if _, err := save.Unmarshal(data[:n]); err == nil {
			t.Fatalf("a save cut to %d of %d bytes loads", n, len(data))
		}
	}
}
