//go:build !js

package e2e

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestSameGameAsDesktop plays the all-AI games of DeterminismGames here, in
// the test process, and in Chromium: hashgame, built for js/wasm and
// started by the game's own page and loader, plays the same games and
// publishes their log hashes. The same scenario, seed and orders must give
// the same log, byte for byte. (The saves that the other tests make in the
// browser are replayed here too, which checks the same for games with a
// human seat, played through the game's screens.)
func TestSameGameAsDesktop(t *testing.T) {
	t.Parallel()
	chromium(t) // skip before building, when there is no browser
	want := map[string]GameResult{}
	for _, s := range DeterminismGames {
		r := PlayAllAI(s)
		if r.Err != "" {
			t.Fatalf("%s on the desktop: %s", r.Key, r.Err)
		}
		want[r.Key] = r
	}

	b := newTab(t, site(t, hashgamePackage), nil)
	b.wantPhase = "exited" // hashgame ends when it has published the hashes
	do(t, b.ctx, 90*time.Second, chromedp.Navigate(b.srv.URL+"/"))
	raw := poll[string](t, b.ctx, 300*time.Second, `(() => {
		if (typeof window.backchannelHash === 'string') return window.backchannelHashes;
		const s = window.backchannelStatus;
		if (s && (s.phase === 'error' || s.phase === 'unsupported')) return 'failed: ' + s.phase + ': ' + s.error;
		return null;
	})()`)
	var got []GameResult
	if err := json.Unmarshal([]byte(raw), &got); err != nil {
		t.Fatalf("window.backchannelHashes: %v: %.300s", err, raw)
	}
	if len(got) != len(DeterminismGames) {
		t.Fatalf("the browser played %d games, want %d", len(got), len(DeterminismGames))
	}
	for _, g := range got {
		w, ok := want[g.Key]
		switch {
		case !ok:
			t.Errorf("the browser played %s, which is not in DeterminismGames", g.Key)
		case g.Err != "":
			t.Errorf("%s in the browser: %s", g.Key, g.Err)
		case g.Hash != w.Hash || g.Turns != w.Turns || g.Entries != w.Entries:
			t.Errorf("%s: the browser's game ends with log hash %s after %d turns and %d log entries; the desktop's with %s after %d turns and %d entries",
				g.Key, g.Hash, g.Turns, g.Entries, w.Hash, w.Turns, w.Entries)
		default:
			t.Logf("%-32s %d turns, %4d log entries, hash %s…: same in the browser (%.0f ms) and on the desktop (%.0f ms)",
				g.Key, g.Turns, g.Entries, g.Hash[:16], g.Millis, w.Millis)
		}
	}
	if first := eval[string](t, b.ctx, `window.backchannelHash`); first != want[DeterminismGames[0].Key()].Hash {
		t.Errorf("window.backchannelHash = %q, want the hash of %s", first, DeterminismGames[0].Key())
	}
	poll[bool](t, b.ctx, 10*time.Second, `backchannelStatus.phase === 'exited' && backchannelStatus.exitCode === 0`)
}
