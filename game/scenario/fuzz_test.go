package scenario

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// FuzzParse feeds the loader mutations of the built-in and broken files:
// whatever the input, it must not panic, it returns a scenario exactly
// when there is no error, and it stays within a time and memory budget
// linear in the input's size. The budget is what found the TOML parser's
// quadratic cost on keys of many dotted parts, which a panic-only target
// would not: 6 KB of them allocated 116 MB.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/broken/*.toml")
	// suez-1956 carries the newer keys: periods, scheduled letters,
	// secret terms with if_revealed, irreversible options, a map view.
	seeds = append(seeds, "../../scenarios/tutorial.toml", "../../scenarios/suez-1956.toml")
	for _, p := range seeds {
		if src, err := os.ReadFile(p); err == nil && len(src) < 64<<10 {
			f.Add(src)
		}
	}
	f.Add([]byte("[" + strings.Repeat("a.", 100) + "a]\n"))
	f.Add(withWork(f, 3, 3, true, true))
	f.Fuzz(func(t *testing.T, src []byte) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		s, diags, err := Parse("fuzz.toml", src)
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		if (err != nil) != (s == nil) || (err != nil) != diags.HasErrors() {
			t.Fatalf("scenario %v, error %v, %d errors", s != nil, err, len(diags.Errors()))
		}
		if alloc, budget := after.TotalAlloc-before.TotalAlloc, parseBudget(len(src)); alloc > budget {
			t.Fatalf("%d bytes allocated %d KB to parse; the budget is %d KB", len(src), alloc>>10, budget>>10)
		}
		// Time is only a backstop on a shared machine: memory is the measure.
		if took > 10*time.Second {
			t.Fatalf("%d bytes took %v to parse", len(src), took)
		}
		if s != nil {
			if turn, total := Work(s); turn > MaxTurnWork || total > MaxGameWork {
				t.Fatalf("loaded a scenario over the work limits: %d a turn, %d a game", turn, total)
			}
		}
	})
}

// parseBudget is the most a parse of n bytes may allocate: 8 MB, plus
// 2 KB a byte. A valid 1 MB file takes about 200 bytes a byte.
func parseBudget(n int) uint64 { return 8<<20 + 2048*uint64(n) }
