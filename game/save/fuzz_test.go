package save_test

import (
	"bytes"
	"testing"

	"backchannel/game/save"
)

// FuzzUnmarshal checks that no input makes the loader panic, and that
// whatever it accepts writes back to a save it reads the same way.
func FuzzUnmarshal(f *testing.F) {
	good := played(f)
	f.Add(good)
	f.Add(good[:len(good)/3])
	f.Add([]byte(`{"format":"backchannel-save","version":1,"scenario":"s","seed":1,"seats":null,"turns":[{"orders":{"A":[{"kind":"move"}]}}],"log_hash":"` + string(bytes.Repeat([]byte("a"), 64)) + `"}`))
	f.Add([]byte(`{"format":"backchannel-save","version":2}`))
	f.Add([]byte(`[]`))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := save.Unmarshal(data)
		if err != nil {
			if r != nil {
				t.Fatalf("a record and an error: %v", err)
			}
			return
		}
		out, err := save.Marshal(r)
		if err != nil {
			t.Fatalf("accepted a save that cannot be written back: %v", err)
		}
		r2, err := save.Unmarshal(out)
		if err != nil {
			t.Fatalf("wrote a save that cannot be read back: %v", err)
		}
		out2, err := save.Marshal(r2)
		if err != nil || !bytes.Equal(out, out2) {
			t.Fatalf("round trip is not stable: %v", err)
		}
	})
}
