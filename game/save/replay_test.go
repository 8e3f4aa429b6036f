package save_test

import (
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/save/savetest"
)

// sameGame fails unless two games are in the same state, as far as anyone
// can tell from outside: the log, the state and everything in flight.
func sameGame(t *testing.T, a, b *game.Game) {
	t.Helper()
	if a.LogHash() != b.LogHash() {
		t.Errorf("log hashes differ: %s, %s", a.LogHash(), b.LogHash())
	}
	checks := map[string][2]any{
		"snapshot":   {save.Snap(a, 0), save.Snap(b, 0)},
		"log":        {a.Log, b.Log},
		"types":      {a.Types, b.Types},
		"beliefs":    {a.Beliefs, b.Beliefs},
		"offers":     {a.Offers, b.Offers},
		"agreements": {a.Agreements, b.Agreements},
		"statements": {a.Statements, b.Statements},
		"dilemmas":   {a.Dilemmas, b.Dilemmas},
		"intel":      {a.Intel, b.Intel},
		"capital":    {a.Capital, b.Capital},
		"scores":     {a.Scores(), b.Scores()},
	}
	for name, c := range checks {
		if !reflect.DeepEqual(c[0], c[1]) {
			t.Errorf("%s differs after save and load", name)
		}
	}
}

func TestPlaySaveLoadCompare(t *testing.T) {
	g, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	if !g.Over || len(rec.Turns) != g.TurnsTotal() {
		t.Fatalf("the script did not finish the game: over %v after %d turns", g.Over, len(rec.Turns))
	}
	path := filepath.Join(t.TempDir(), "g.json")
	if err := save.WriteFile(path, rec); err != nil {
		t.Fatal(err)
	}
	back, err := save.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rec, back) {
		t.Errorf("the record changed on the way through the file")
	}
	g2, err := back.Verify(smallScenario())
	if err != nil {
		t.Fatal(err)
	}
	sameGame(t, g, g2)
}

// Saving in the middle of a game and loading it gives a game that goes on
// exactly as the original does.
func TestSaveMidGameAndContinue(t *testing.T) {
	g, rec, err := savetest.PlayOn(smallScenario(), 11, 3)
	if err != nil {
		t.Fatal(err)
	}
	data, err := save.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	back, err := save.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := back.Verify(smallScenario())
	if err != nil {
		t.Fatal(err)
	}
	sameGame(t, g, g2)
	for !g.Over {
		o := savetest.Orders(g)
		if err := g.Resolve(o); err != nil {
			t.Fatal(err)
		}
		if err := g2.Resolve(savetest.Orders(g2)); err != nil {
			t.Fatal(err)
		}
		back.Add(g2, o)
	}
	sameGame(t, g, g2)
}

func TestReplayReproducesLogHash(t *testing.T) {
	for seed := uint64(0); seed < 25; seed++ {
		g, rec, err := savetest.Play(seed)
		if err != nil {
			t.Fatal(err)
		}
		if rec.LogHash != g.LogHash() {
			t.Fatalf("seed %d: the record's hash is not the game's", seed)
		}
		if _, err := rec.Verify(smallScenario()); err != nil {
			t.Errorf("seed %d: %v", seed, err)
		}
	}
}

func TestVerifyDetectsTampering(t *testing.T) {
	_, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	bad := rec.Clone()
	bad.Seed++
	if _, err := bad.Verify(smallScenario()); !errors.Is(err, save.ErrHashMismatch) {
		t.Errorf("another seed: %v", err)
	}
	bad = rec.Clone()
	bad.Turns[5].Orders = nil // A's move on the base, undone
	if _, err := bad.Verify(smallScenario()); !errors.Is(err, save.ErrHashMismatch) {
		t.Errorf("dropped orders: %v", err)
	}
	bad = rec.Clone()
	bad.Turns[1].Orders["A"][0].Offer = "o99"
	bad.Turns[1].Orders["A"][0].Kind = game.OrderAccept
	if _, err := bad.Verify(smallScenario()); err == nil {
		t.Errorf("an impossible order replays")
	}
}

func TestScenarioChecks(t *testing.T) {
	_, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	other := smallScenario()
	other.ID = "other"
	if _, err := rec.Replay(other); !errors.Is(err, save.ErrScenario) {
		t.Errorf("wrong scenario: %v", err)
	}
	rec.ScenarioHash = "1111111111111111111111111111111111111111111111111111111111111111"
	changed := smallScenario()
	changed.Hash = "2222222222222222222222222222222222222222222222222222222222222222"
	for name, f := range map[string]func() error{
		"replay":   func() error { _, err := rec.Replay(changed); return err },
		"timeline": func() error { _, _, err := save.Timeline(rec, changed); return err },
		"replayer": func() error { _, err := save.NewReplayer(rec, changed); return err },
		"fork":     func() error { _, _, err := save.Fork(rec, changed, 1); return err },
	} {
		if err := f(); !errors.Is(err, save.ErrScenarioChanged) {
			t.Errorf("%s with a changed scenario: %v", name, err)
		}
	}
	changed.Hash = rec.ScenarioHash
	if _, err := rec.Replay(changed); err != nil {
		t.Errorf("same hash: %v", err)
	}
}

func TestReplayerSteps(t *testing.T) {
	_, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	snaps, final, err := save.Timeline(rec, smallScenario())
	if err != nil {
		t.Fatal(err)
	}
	if len(snaps) != len(rec.Turns)+1 || final.LogHash() != rec.LogHash || snaps[len(snaps)-1].Log != len(final.Log) {
		t.Fatalf("timeline of %d snapshots for %d turns", len(snaps), len(rec.Turns))
	}
	p, err := save.NewReplayer(rec, smallScenario())
	if err != nil {
		t.Fatal(err)
	}
	check := func(want int) {
		t.Helper()
		if p.Step() != want {
			t.Fatalf("at step %d, want %d", p.Step(), want)
		}
		if got := save.Snap(p.Game(), want); !reflect.DeepEqual(got, snaps[want]) {
			t.Errorf("step %d differs from the timeline", want)
		}
		from := 0
		if want > 0 {
			from = snaps[want-1].Log
		}
		if got := p.StepEntries(); !reflect.DeepEqual(got, final.Log[from:snaps[want].Log]) {
			t.Errorf("step %d: %d entries, want %d", want, len(got), snaps[want].Log-from)
		}
	}
	check(0)
	if _, err := p.Back(); err != nil {
		t.Fatal(err)
	}
	check(0)
	for n := 1; n <= p.Steps(); n++ {
		if _, err := p.Forward(); err != nil {
			t.Fatal(err)
		}
		check(n)
	}
	if _, err := p.Forward(); err != nil {
		t.Fatal(err)
	}
	check(p.Steps())
	for _, n := range []int{3, 1, 6, 6, 0, 7, 2, -5, 99} {
		if _, err := p.Seek(n); err != nil {
			t.Fatal(err)
		}
		check(max(0, min(n, p.Steps())))
	}
	if _, err := p.Back(); err != nil {
		t.Fatal(err)
	}
	check(p.Steps() - 1)
}

func TestFork(t *testing.T) {
	_, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := save.Marshal(rec)
	f, g, err := save.Fork(rec, smallScenario(), 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Turns) != 3 || g.Turn != 4 || f.LogHash != g.LogHash() {
		t.Fatalf("fork has %d turns, game at turn %d", len(f.Turns), g.Turn)
	}
	if _, err := f.Verify(smallScenario()); err != nil {
		t.Fatalf("the fork does not verify: %v", err)
	}
	// Playing the original turns again from the fork leads to the same end.
	same := f.Clone()
	g2, _ := same.Replay(smallScenario())
	for _, tu := range rec.Turns[3:] {
		if err := g2.Resolve(tu.Orders); err != nil {
			t.Fatal(err)
		}
		same.Add(g2, tu.Orders)
	}
	if same.LogHash != rec.LogHash {
		t.Errorf("replaying the rest from the fork gives another game")
	}
	// Doing something else gives another game, and leaves the original alone.
	for !g.Over {
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
		f.Add(g, nil)
	}
	if f.LogHash == rec.LogHash {
		t.Errorf("a different course ends with the same hash")
	}
	if now, _ := save.Marshal(rec); string(now) != string(orig) {
		t.Errorf("forking changed the original record")
	}
	if _, err := f.Verify(smallScenario()); err != nil {
		t.Errorf("the continued fork does not verify: %v", err)
	}
	for _, n := range []int{-1, len(rec.Turns) + 1} {
		if _, _, err := save.Fork(rec, smallScenario(), n); err == nil {
			t.Errorf("fork at %d accepted", n)
		}
	}
	p, _ := save.NewReplayer(rec, smallScenario())
	p.Seek(5)
	pf, _, err := p.Fork()
	if err != nil || len(pf.Turns) != 5 {
		t.Errorf("replayer fork: %v", err)
	}
}

func TestCloneIsDeep(t *testing.T) {
	_, rec, err := savetest.Play(7)
	if err != nil {
		t.Fatal(err)
	}
	c := rec.Clone()
	c.Turns[0].Orders["A"][0].Terms[0].Option = "changed"
	c.Turns[0].Orders["B"] = nil
	c.Seats[0].Human = false
	if rec.Turns[0].Orders["A"][0].Terms[0].Option == "changed" || rec.Turns[0].Orders["B"] == nil || !rec.Seats[0].Human {
		t.Errorf("the clone shares data with the original")
	}
}
