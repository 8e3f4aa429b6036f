package save_test

import (
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

var update = flag.Bool("update", false, "rewrite testdata/small-seed7.{json,hash} from this platform")

// TestGoldenHash replays a save written on the desktop and checks that this
// platform reaches the same final log hash, also when it plays the same
// script itself. Run it under wasm too:
//
//	GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./game/save/
//
// Same scenario + same seed + same orders must give the same log on every
// platform, or saves would not travel between the desktop and the browser.
func TestGoldenHash(t *testing.T) {
	savePath := filepath.Join("testdata", "small-seed7.json")
	hashPath := filepath.Join("testdata", "small-seed7.hash")
	if *update {
		if runtime.GOOS == "js" {
			t.Fatal("write the golden files on the desktop")
		}
		_, rec, err := savetest.Play(7)
		if err != nil {
			t.Fatal(err)
		}
		if err := save.WriteFile(savePath, rec); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(hashPath, []byte(rec.LogHash+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(hashPath)
	if err != nil {
		t.Fatal(err)
	}
	golden := strings.TrimSpace(string(raw))
	rec, err := save.ReadFile(savePath)
	if err != nil {
		t.Fatal(err)
	}
	if rec.LogHash != golden {
		t.Fatalf("the golden save says %s, the golden hash %s", rec.LogHash, golden)
	}
	g, err := rec.Verify(smallScenario())
	if err != nil {
		t.Fatalf("on %s/%s: %v", runtime.GOOS, runtime.GOARCH, err)
	}
	_, live, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	if live.LogHash != golden || g.LogHash() != golden {
		t.Errorf("on %s/%s the game ends with %s, on the desktop with %s", runtime.GOOS, runtime.GOARCH, live.LogHash, golden)
	}
	t.Logf("%s/%s: final log hash %s", runtime.GOOS, runtime.GOARCH, golden)
}
