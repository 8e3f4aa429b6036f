package class

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"backchannel/game/scenario"
)

// TestAIRemembersAfterRestart: a class rebuilt from its events (the
// server restarted) plays on exactly as the class that never stopped:
// its AI seats decide the same, so they remember the turns before the
// restart as the uninterrupted AI does (trust in them, events seen, what
// they read into others' moves).
func TestAIRemembersAfterRestart(t *testing.T) {
	s, err := scenario.Builtin("letter-2009")
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []uint64{1, 2, 3, 4} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			// The United States a student seat that misses turns 2 and 3
			// (the AI plays it then), every other seat the AI.
			cfg := Config{Name: "Restart", Seed: seed, Seats: []SeatConfig{{Actor: "USA", Human: true}}, Created: t0}
			if err := cfg.Check(s); err != nil {
				t.Fatal(err)
			}
			c, err := New(cfg, s)
			if err != nil {
				t.Fatal(err)
			}
			var events []Event
			step := func(c *Class, ev Event, err error) Event {
				t.Helper()
				if err != nil {
					t.Fatal(err)
				}
				if err := c.Apply(ev); err != nil {
					t.Fatal(err)
				}
				return ev
			}
			at := t0
			turn := func(c *Class, keep bool) string {
				at = at.Add(time.Minute)
				if c.Game.Turn != 2 && c.Game.Turn != 3 {
					ev, _, err := c.Join("USA", "m1", "Ada", at)
					if c.Game.Turn == 1 {
						ev = step(c, ev, err)
						if keep {
							events = append(events, ev)
						}
					}
					ev, err = c.HandIn("USA", "m1", nil, at)
					ev = step(c, ev, err)
					if keep {
						events = append(events, ev)
					}
				}
				ev, err := c.Resolve("instructor", at)
				ev = step(c, ev, err)
				if keep {
					events = append(events, ev)
				}
				b, _ := json.Marshal(struct{ R, E any }{ev.Resolved, ev.Explanations})
				return string(b)
			}
			for c.Game.Turn <= 5 && !c.Game.Over {
				turn(c, true)
			}
			// The server restarts: the class is rebuilt from its events.
			r, err := New(cfg, s)
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range events {
				if err := r.Apply(ev); err != nil {
					t.Fatal(err)
				}
			}
			for !c.Game.Over {
				n, saved := c.Game.Turn, at
				want := turn(c, false)
				at = saved
				if got := turn(r, false); got != want {
					t.Fatalf("turn %d after the restart, the AI decided otherwise:\n uninterrupted %.400s\n restarted     %.400s", n, want, got)
				}
			}
			if r.Game.LogHash() != c.Game.LogHash() {
				t.Fatal("the restarted game ended differently")
			}
		})
	}
}
