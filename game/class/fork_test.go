package class

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"backchannel/game/scenario"
)

// TestForkDecidesAsTheOriginal: a class forked from an earlier turn, with
// the same orders from the student afterwards, plays on as the original
// did: its AI seats remember the turns before the fork (trust, events
// seen, their reading of the others) as the original's AI does.
func TestForkDecidesAsTheOriginal(t *testing.T) {
	s, err := scenario.Builtin("letter-2009")
	if err != nil {
		t.Fatal(err)
	}
	const at = 5 // the fork keeps turns 1 to 5
	for _, seed := range []uint64{1, 2, 3, 4} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			cfg := Config{Name: "Fork", Seed: seed, Seats: []SeatConfig{{Actor: "USA", Human: true}}, Created: t0}
			if err := cfg.Check(s); err != nil {
				t.Fatal(err)
			}
			clock := t0
			// turn hands in no orders for the student and resolves; it
			// returns what the AI decided.
			turn := func(c *Class) string {
				t.Helper()
				clock = clock.Add(time.Minute)
				ev, err := c.HandIn("USA", "m1", nil, clock)
				if err == nil {
					err = c.Apply(ev)
				}
				if err != nil {
					t.Fatal(err)
				}
				ev, err = c.Resolve("instructor", clock)
				if err == nil {
					err = c.Apply(ev)
				}
				if err != nil {
					t.Fatal(err)
				}
				b, _ := json.Marshal(struct{ R, E any }{ev.Resolved, ev.Explanations})
				return string(b)
			}
			c, err := New(cfg, s)
			if err != nil {
				t.Fatal(err)
			}
			ev, _, err := c.Join("USA", "m1", "Ada", clock)
			if err == nil {
				err = c.Apply(ev)
			}
			if err != nil {
				t.Fatal(err)
			}
			var decided []string
			for !c.Game.Over {
				decided = append(decided, turn(c))
			}
			f, err := Fork(cfg, s, c.Record, at)
			if err != nil {
				t.Fatal(err)
			}
			ev, _, err = f.Join("USA", "m1", "Ada", clock)
			if err == nil {
				err = f.Apply(ev)
			}
			if err != nil {
				t.Fatal(err)
			}
			for n := at; !f.Game.Over; n++ {
				if got := turn(f); got != decided[n] {
					t.Fatalf("turn %d of the fork, the AI decided otherwise:\n original %.400s\n fork     %.400s", n+1, decided[n], got)
				}
			}
			if f.Game.LogHash() != c.Game.LogHash() {
				t.Fatal("the fork ended differently")
			}
		})
	}
}
