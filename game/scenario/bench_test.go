package scenario

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// BenchmarkLoadTutorial loads and checks the tutorial (target: 2 ms).
func BenchmarkLoadTutorial(b *testing.B) {
	fsys := builtinFS()
	for b.Loop() {
		if _, _, err := Load(fsys, "tutorial.toml"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad1MB loads and checks a generated 1 MB scenario (target:
// 200 ms).
func BenchmarkLoad1MB(b *testing.B) {
	src := []byte(bigScenario(1 << 20))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, _, err := Parse("big.toml", src); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBigScenario keeps the benchmark's input valid and near its size.
func TestBigScenario(t *testing.T) {
	src := bigScenario(1 << 20)
	if len(src) < 1<<20 || len(src) > MaxFileSize {
		t.Errorf("generated %d bytes", len(src))
	}
	s, diags, err := Parse("big.toml", []byte(src))
	if err != nil || len(diags) > 0 {
		t.Fatalf("%v\n%s", err, diags[:min(len(diags), 10)])
	}
	playOut(t, s)
}

// bigScenario writes a valid scenario of at least size bytes: many actors,
// issues, variables with rules, and events with conditions and effects.
func bigScenario(size int) string {
	const actors, issues, vars = 24, 48, 64
	var b strings.Builder
	b.WriteString("[scenario]\nid = \"big\"\ntitle = \"Big\"\n\n[calendar]\nstart = 2009-01-05\nend = 2010-12-27\ndays_per_turn = 7\n")
	for a := range actors {
		fmt.Fprintf(&b, "\n[[actors]]\nid = \"P%d\"\nname = \"Power %d\"\nsupport = %d\nbriefing = \"\"\"\n%s\"\"\"\n", a, a, 40+a%30, strings.Repeat("A long briefing line. ", 40))
		for t := range 4 {
			fmt.Fprintf(&b, "\n[[actors.types]]\nid = \"t%d\"\nname = \"Type %d\"\nprior = 0.25\nreservation = %d\n", t, t, 40+t*5)
			for i := (a + t) % 4; i < issues; i += 4 {
				fmt.Fprintf(&b, "weights.I%d = %d\nvalues.I%d = [%d, %d, %d, %d]\n", i, 1+(a+i)%4, i, (a*7+i)%101, (a+i*3)%101, 100-(a+i)%101, 50)
			}
		}
	}
	for i := range issues {
		fmt.Fprintf(&b, "\n[[issues]]\nid = \"I%d\"\nname = \"Issue %d\"\nstart = \"o1\"\ncontroller = \"P%d\"\noptions = [{ id = \"o0\" }, { id = \"o1\" }, { id = \"o2\" }, { id = \"o3\" }]\n", i, i, i%actors)
		if i%3 == 0 {
			fmt.Fprintf(&b, "consent = [{ options = [\"o3\"], actors = [\"P%d\"] }]\n", (i+1)%actors)
		}
	}
	for v := range vars {
		fmt.Fprintf(&b, "\n[[variables]]\nid = \"v%d\"\nname = \"Variable %d\"\nstart = 10\nmax = 1000\n", v, v)
		fmt.Fprintf(&b, "rules = [{ when = 'I%d == \"o2\"', delta = \"v%d * 0.01 + 1\" }, { delta = -1 }]\n", v%issues, (v+1)%vars)
	}
	for e := 0; b.Len() < size && e < maxEvents; e++ {
		fmt.Fprintf(&b, "\n[[events]]\nid = \"e%d\"\nwhen = 'v%d > %d && I%d != \"o0\" && support(\"P%d\") > 30'\nchance = 0.5\nheadline = \"Event %d\"\ntext = \"\"\"\n%s\"\"\"\n",
			e, e%vars, 20+e%50, e%issues, e%actors, e, strings.Repeat("Something happens somewhere. ", 24))
		fmt.Fprintf(&b, "effects = [{ kind = \"support\", actor = \"P%d\", amount = -2 }, { kind = \"add_var\", variable = \"v%d\", amount = \"turn * 0.5\" }]\n", e%actors, e%vars)
	}
	return b.String()
}

// BenchmarkTOMLTutorial measures BurntSushi/toml's parse of the tutorial
// alone: the floor under BenchmarkLoadTutorial.
func BenchmarkTOMLTutorial(b *testing.B) {
	src, err := fs.ReadFile(builtinFS(), "tutorial.toml")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var raw map[string]any
		if _, err := toml.Decode(string(src), &raw); err != nil {
			b.Fatal(err)
		}
	}
}
