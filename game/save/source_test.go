package save_test

import (
	"bytes"
	"errors"
	"testing"

	"backchannel/game/gametest"
	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

// TestSourceRoundTrip: a kept scenario text survives a save file, smaller
// than it was, and a save without one says so.
func TestSourceRoundTrip(t *testing.T) {
	_, rec, err := savetest.PlayOn(gametest.Small(), 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := rec.Source(); ok || err != nil {
		t.Fatalf("a fresh record has a source: ok=%v err=%v", ok, err)
	}
	text := bytes.Repeat([]byte("[scenario]\nid = \"crisis\"\n# a comment that repeats\n"), 200)
	rec.KeepSource(text)
	if len(rec.ScenarioSource) >= len(text)/4 {
		t.Errorf("kept %d bytes for a %d-byte file: not compressed", len(rec.ScenarioSource), len(text))
	}
	data, err := save.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	back, err := save.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := back.Source()
	if !ok || err != nil || !bytes.Equal(got, text) {
		t.Fatalf("Source() = %d bytes, %v, %v; want the %d bytes kept", len(got), ok, err, len(text))
	}
}

// TestSourceDamaged: a mangled copy is reported as a damaged save, not
// handed over as text.
func TestSourceDamaged(t *testing.T) {
	for _, bad := range []string{"!!not base64!!", "AAAA"} {
		rec := &save.Record{ScenarioSource: bad}
		_, ok, err := rec.Source()
		if !ok || !errors.Is(err, save.ErrCorrupt) {
			t.Errorf("%q: ok=%v err=%v; want a corrupt-save error", bad, ok, err)
		}
	}
}
