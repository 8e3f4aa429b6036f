//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/gametest"
	"backchannel/game/save"
	"backchannel/game/scenario"
)

// simJSON runs simulate -json and returns the object without its timing.
func simJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(append([]string{"simulate", "-json"}, args...), &out, &errb); code != 0 {
		t.Fatalf("simulate %v: exit %d: %s", args, code, errb.String())
	}
	var m map[string]any
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("simulate %v: not JSON: %v\n%s", args, err, out.String())
	}
	if _, ok := m["games_per_second"]; !ok {
		t.Fatalf("no games_per_second in %s", out.String())
	}
	delete(m, "games_per_second")
	return m
}

func TestSimulateSameOutputAnyWorkers(t *testing.T) {
	for _, scen := range []string{"tutorial", "../../scenarios/tutorial.toml"} {
		one := simJSON(t, "-runs", "24", "-seed", "5", "-workers", "1", scen)
		four := simJSON(t, "-runs", "24", "-seed", "5", "-workers", "4", scen)
		if !reflect.DeepEqual(one, four) {
			t.Fatalf("%s: -workers 1 and 4 differ:\n%v\n%v", scen, one, four)
		}
		for _, key := range []string{"scenario", "runs", "seed", "issues", "actors", "agreements_per_game", "mean_turns", "types", "joint_outcomes"} {
			if _, ok := one[key]; !ok {
				t.Fatalf("%s: no %q in %v", scen, key, one)
			}
		}
		other := simJSON(t, "-runs", "24", "-seed", "6", scen)
		if reflect.DeepEqual(one, other) {
			t.Errorf("%s: seeds 5 and 6 gave the same 24 games", scen)
		}
	}
}

func TestSimulateCoreOnFixtures(t *testing.T) {
	for _, sc := range []*scenarioCase{{"small", gametest.Small()}, {"synthetic", gametest.Synthetic(4, 6)}} {
		o := simOptions{runs: 9, seed: 11, difficulty: ai.Hard, workers: 1}
		a, err := simulate(sc.s, o, nil)
		if err != nil {
			t.Fatal(err)
		}
		o.workers = 3
		b, err := simulate(sc.s, o, nil)
		if err != nil {
			t.Fatal(err)
		}
		a.GamesPerSecond, b.GamesPerSecond = 0, 0
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Fatalf("%s: workers change the result:\n%s\n%s", sc.name, ja, jb)
		}
		for i, shares := range a.shares {
			sum := 0.0
			for _, s := range shares {
				sum += s
			}
			if sum < 0.999 || sum > 1.001 {
				t.Fatalf("%s: issue %d shares sum to %v", sc.name, i, sum)
			}
		}
	}
}

type scenarioCase struct {
	name string
	s    *game.Scenario
}

func TestSimulateText(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"simulate", "-runs", "5", "-difficulty", "easy", "tutorial"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"tutorial", "5 all-AI games (easy)", "agreements per game", "mean score", "beat status quo", "beat history", "Sanctions on Varn"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if errb.Len() != 0 {
		t.Errorf("a quick run printed progress: %q", errb.String())
	}
}

// TestSimulateHistorical: historical mode fixes every actor's type, so the
// per-type breakdown puts every game under the historical type.
func TestSimulateHistorical(t *testing.T) {
	m := simJSON(t, "-runs", "4", "-historical", "tutorial")
	if m["historical"] != true {
		t.Fatalf("historical not reported: %v", m)
	}
	sc, err := scenario.Open("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	types := m["types"].(map[string]any)
	for _, ad := range sc.Actors {
		if ad.HistoricalType == "" {
			continue
		}
		got := types[ad.ID].(map[string]any)[ad.HistoricalType].(map[string]any)["games"]
		if got != 4.0 {
			t.Errorf("%s: %v games under its historical type %s, want 4", ad.ID, got, ad.HistoricalType)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"simulate", "-runs", "3", "-historical", "tutorial"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"historical mode", "by each actor's true type", "commonest joint outcomes, headline issues"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestSimulateSaveReplays(t *testing.T) {
	path := filepath.Join(t.TempDir(), "game.json")
	var out, errb bytes.Buffer
	if code := run([]string{"simulate", "-runs", "1", "-seed", "9", "-save", path, "tutorial"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rec save.Record
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatal(err)
	}
	sc, err := scenario.Open("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	g, err := rec.Replay(sc)
	if err != nil {
		t.Fatal(err)
	}
	if g.LogHash() != rec.LogHash || !g.Over || rec.Difficulty != "normal" || len(rec.Seats) != len(sc.Actors) {
		t.Fatalf("the save does not replay to the game it recorded (hash %s vs %s, over %v)", g.LogHash(), rec.LogHash, g.Over)
	}
}

func TestSimulateUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"simulate"}, 2},
		{[]string{"simulate", "-runs", "2", "-save", "x.json", "tutorial"}, 2},
		{[]string{"simulate", "tutorial", "extra"}, 2},
		{[]string{"simulate", "-difficulty", "godlike", "tutorial"}, 2},
		{[]string{"simulate", "-runs", "0", "tutorial"}, 2},
		{[]string{"simulate", "no-such-scenario"}, 1},
	} {
		var out, errb bytes.Buffer
		if code := run(c.args, &out, &errb); code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, errb.String())
		}
	}
}

func TestSimulateProgress(t *testing.T) {
	var clock time.Time
	var w bytes.Buffer
	p := progressTo(&w, 4, func() time.Time { return clock })
	for done := 1; done <= 4; done++ {
		clock = clock.Add(600 * time.Millisecond)
		p(done)
	}
	want := "simulate: 2/4 games (1.2 s)\nsimulate: 4/4 games (2.4 s)\n"
	if w.String() != want {
		t.Fatalf("progress:\n%s\nwant:\n%s", w.String(), want)
	}
	w.Reset()
	clock = time.Time{}
	p = progressTo(&w, 3, func() time.Time { return clock })
	for done := 1; done <= 3; done++ {
		clock = clock.Add(100 * time.Millisecond)
		p(done)
	}
	if w.Len() != 0 {
		t.Fatalf("a run under a second printed %q", w.String())
	}
}
