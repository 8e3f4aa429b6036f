package scenario

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// withWork appends to the tutorial n events of m effects each, repeating
// every turn when repeat is set: the shape of a file that validates field
// by field but asks the engine for too much.
// The calendar is stretched to 48 turns when long is set.
func withWork(t testing.TB, n, m int, repeat, long bool) []byte {
	t.Helper()
	src, err := os.ReadFile("../../scenarios/tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	if long {
		src = []byte(strings.Replace(string(src), "end = 2025-05-25", "end = 2026-12-27", 1))
	}
	var b strings.Builder
	b.Write(src)
	effects := strings.TrimSuffix(strings.Repeat(`{ kind = "support", actor = "ALD", amount = 0.01 }, `, m), ", ")
	for i := range n {
		fmt.Fprintf(&b, "\n[[events]]\nid = \"work%d\"\nwhen = \"turn > 0\"\nrepeat = %v\nheadline = \"Work %d\"\neffects = [%s]\n", i, repeat, i, effects)
	}
	return []byte(b.String())
}

// TestTooMuchWork: a file whose events would make a turn slow is refused at
// load, pointing at the costliest event, with the figures. The figures are
// the tutorial's own work plus what the added events make, so editing the
// tutorial does not break the test.
func TestTooMuchWork(t *testing.T) {
	base := func(long bool) (turn, game, firstAdded int) {
		src := withWork(t, 0, 0, true, long)
		s, _, err := Parse("work.toml", src)
		if err != nil {
			t.Fatalf("the tutorial does not load: %v", err)
		}
		turn, game = Work(s)
		// withWork starts each event with a blank line, then its header.
		return turn, game, strings.Count(string(src), "\n") + 2
	}
	turn6, _, line := base(false)
	turn48, game48, _ := base(true)
	for _, tc := range []struct {
		n, m         int
		repeat, long bool
		want         string
	}{
		{300, 40, true, false, fmt.Sprintf("work.toml:%d:1: too much work for one turn: the events can make %d changes in a turn, more than 4000", line, turn6+300*41)},
		{100, 20, false, true, ""},
		{60, 20, true, true, fmt.Sprintf("too much work for one game: the events can make %d changes over 48 turns, more than 40000", game48+60*21*48)},
		{30, 20, true, true, fmt.Sprintf("warning: the events can make %d changes in a turn and %d in a game, near the limits", turn48+30*21, game48+30*21*48)},
	} {
		_, diags, err := Parse("work.toml", withWork(t, tc.n, tc.m, tc.repeat, tc.long))
		if tc.want == "" {
			if err != nil {
				t.Errorf("%d×%d: %v", tc.n, tc.m, err)
			}
			continue
		}
		if (err == nil) != strings.Contains(tc.want, "warning") || !strings.Contains(diags.String(), tc.want) {
			t.Errorf("%d×%d: want %q, got\n%s", tc.n, tc.m, tc.want, diags)
		}
	}
}

// TestWorkLimitIsCheap plays whole games of scenarios at the limits, one
// at the limit of a turn and one at the limit of a game: the worst a file
// that loads can ask, in time and memory.
func TestWorkLimitIsCheap(t *testing.T) {
	if testing.Short() {
		t.Skip("plays full games")
	}
	for _, src := range [][]byte{
		withWork(t, 95, 40, true, false), // 3912 a turn, 6 turns
		withWork(t, 20, 40, true, true),  // 837 a turn, 48 turns: 39367 a game
	} {
		s, _, err := Parse("work.toml", src)
		if err != nil {
			t.Fatal(err)
		}
		turn, total := Work(s)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		playOut(t, s)
		d := time.Since(start)
		runtime.ReadMemStats(&after)
		alloc := after.TotalAlloc - before.TotalAlloc
		t.Logf("work %d a turn, %d a game: the game took %v, %d MB allocated", turn, total, d, alloc>>20)
		if d > 30*time.Second || alloc > 1<<30 {
			t.Errorf("a game at the limits took %v and %d MB", d, alloc>>20)
		}
	}
}
