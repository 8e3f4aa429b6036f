package game_test

import (
	"fmt"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestSameSeedSameLog plays the same random game twice: byte-identical logs.
func TestSameSeedSameLog(t *testing.T) {
	for seed := uint64(1); seed <= 2; seed++ {
		a, err1 := playRandom(gametest.Synthetic(5, 10), seed, nil)
		b, err2 := playRandom(gametest.Synthetic(5, 10), seed, nil)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if a.LogHash() != b.LogHash() {
			t.Fatalf("seed %d: two plays differ", seed)
		}
	}
	a, _ := playRandom(gametest.Synthetic(5, 10), 1, nil)
	b, _ := playRandom(gametest.Synthetic(5, 10), 2, nil)
	if a.LogHash() == b.LogHash() {
		t.Fatal("different seeds gave the same game")
	}
}

// TestLogHashGolden pins the log hash of fixed games. The same file is
// checked when the tests run as WebAssembly, so a browser plays exactly
// the desktop's game. Regenerate by name when the rules change (see TestLogGolden).
func TestLogHashGolden(t *testing.T) {
	var got strings.Builder
	for _, s := range []*game.Scenario{gametest.Small(), gametest.Synthetic(5, 10)} {
		for _, seed := range []uint64{1, 7, 42} {
			g, err := playRandom(s, seed, nil)
			if err != nil {
				t.Fatal(err)
			}
			got.WriteString(s.ID + " " + itoa(seed) + " " + g.LogHash() + "\n")
		}
	}
	gametest.Golden(t, "testdata/loghash.golden", []byte(got.String()))
}

// TestLogGolden keeps one small game's whole log as text, one entry a
// line, beside the hashes: when a rule change moves the hashes, the diff
// of this file shows what changed in a game. Rewrite both by name:
// UPDATE_GOLDEN=loghash.golden,small-seed1.log.
func TestLogGolden(t *testing.T) {
	g, err := playRandom(gametest.Small(), 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range g.Log {
		b.WriteString(readableEntry(e))
		b.WriteByte('\n')
	}
	gametest.Golden(t, "testdata/small-seed1.log", []byte(b.String()))
}

// readableEntry is a log entry on one line: sequence, turn, kind, who and
// what, values changed, visibility, then the text.
func readableEntry(e game.Entry) string {
	f := []string{fmt.Sprintf("%3d t%d %s", e.Seq, e.Turn, e.Kind)}
	for _, kv := range [][2]string{{"actor", e.Actor}, {"other", e.Other}, {"issue", e.Issue}, {"option", e.Option}, {"var", e.Var},
		{"offer", e.Offer}, {"agreement", e.Agreement}, {"event", e.Event}, {"dilemma", e.Dilemma}, {"cause", e.Cause}} {
		if kv[1] != "" {
			f = append(f, kv[0]+"="+kv[1])
		}
	}
	if e.Old != 0 || e.New != 0 {
		f = append(f, fmt.Sprintf("%v→%v", e.Old, e.New))
	}
	if e.Public {
		f = append(f, "public")
	} else if len(e.Seen) > 0 {
		f = append(f, "seen="+strings.Join(e.Seen, ","))
	}
	text := e.Text
	if e.Headline != "" {
		text = e.Headline + ": " + text
	}
	return strings.Join(f, " ") + " | " + strings.Join(strings.Fields(text), " ")
}

// TestLogRoundTrip writes a log and reads it back.
func TestLogRoundTrip(t *testing.T) {
	g, err := playRandom(gametest.Small(), 3, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := g.WriteLog(&b); err != nil {
		t.Fatal(err)
	}
	entries, err := game.ReadLog(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(g.Log) || entries[len(entries)-1].Text != g.Log[len(g.Log)-1].Text {
		t.Fatalf("read %d entries, wrote %d", len(entries), len(g.Log))
	}
	if _, err := game.ReadLog(strings.NewReader(`{"format":"backchannel-log","version":99}`)); err == nil {
		t.Fatal("a newer log version was accepted")
	}
	if _, err := game.ReadLog(strings.NewReader(`{"format":"other"}`)); err == nil {
		t.Fatal("a foreign file was accepted")
	}
}

func itoa(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// TestCloneReplaysTheSame checks that a clone plays on exactly like the original.
func TestCloneReplaysTheSame(t *testing.T) {
	g, err := playRandom(gametest.Small(), 11, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = g
	a, _ := game.New(gametest.Synthetic(5, 10), game.Setup{Seed: 4})
	must(t, a.Resolve(nil))
	b := a.Clone()
	for i := 0; i < 5; i++ {
		must(t, a.Resolve(nil))
		must(t, b.Resolve(nil))
	}
	if a.LogHash() != b.LogHash() {
		t.Fatal("a clone played differently")
	}
	b.Support[0] = 1
	if a.Support[0] == 1 {
		t.Fatal("the clone shares state")
	}
}
