package geo_test

import (
	"reflect"
	"testing"

	"backchannel/assets"
	"backchannel/game/geo"
)

// TestBinaryAssets: the binary maps the game reads are the JSON assets'
// (go generate ./assets makes them), decoded to the same Map, and the
// binary form round-trips from the JSON.
func TestBinaryAssets(t *testing.T) {
	for _, a := range []struct {
		name      string
		json, bin []byte
	}{{"map", assets.MapJSON, assets.MapBin}, {"world", assets.WorldJSON, assets.WorldBin}} {
		want, err := geo.Decode(a.json)
		if err != nil {
			t.Fatal(err)
		}
		got, err := geo.DecodeBinary(a.bin)
		if err != nil {
			t.Fatalf("%s.bin: %v", a.name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("assets/%s.bin is not assets/%s.json's: run go generate ./assets", a.name, a.name)
		}
		enc, err := geo.EncodeBinary(a.json)
		if err != nil {
			t.Fatal(err)
		}
		if string(enc) != string(a.bin) {
			t.Errorf("assets/%s.bin is not what tools/mapbin makes of %s.json now: run go generate ./assets", a.name, a.name)
		}
	}
}

// TestDecodeBinaryErrors: corrupt or cut binary data is an error, not a
// panic or a huge allocation.
func TestDecodeBinaryErrors(t *testing.T) {
	bin := assets.WorldBin
	for name, data := range map[string][]byte{
		"json":       assets.WorldJSON,
		"empty":      nil,
		"magic":      bin[:6],
		"cut":        bin[:len(bin)/2],
		"cut short":  bin[:len(bin)-1],
		"huge count": append(append([]byte(nil), bin[:6]...), 0xff, 0xff, 0xff, 0xff, 0x0f),
	} {
		if _, err := geo.DecodeBinary(data); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

// BenchmarkDecodeMap compares the two forms of the larger map asset.
func BenchmarkDecodeMap(b *testing.B) {
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			geo.Decode(assets.WorldJSON)
		}
	})
	b.Run("binary", func(b *testing.B) {
		for b.Loop() {
			geo.DecodeBinary(assets.WorldBin)
		}
	})
}
