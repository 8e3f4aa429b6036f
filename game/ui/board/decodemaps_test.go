package board

import "testing"

// TestDecodeMaps checks that DecodeMaps decodes both map assets, which the
// boards then share.
func TestDecodeMaps(t *testing.T) {
	if err := DecodeMaps(); err != nil {
		t.Fatal(err)
	}
	ms, err := atlas()
	if err != nil || len(ms) != 2 || len(ms[0].Countries) == 0 || len(ms[1].Countries) == 0 {
		t.Fatalf("after DecodeMaps the maps are %d (err %v), want the two assets decoded", len(ms), err)
	}
}
