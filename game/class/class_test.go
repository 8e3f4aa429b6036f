package class

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"backchannel/game"
	"backchannel/game/scenario"
)

var t0 = time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)

// newTutorial starts a class of the tutorial with ALD and BOR played by
// students and CES by the AI, turns of ten minutes.
func newTutorial(t *testing.T, p Policy) (*Class, *[]Event) {
	t.Helper()
	s, err := scenario.Builtin("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Name: "Section 1", Seed: 7, Seats: []SeatConfig{{Actor: "ALD", Human: true, Max: 2}, {Actor: "BOR", Human: true}},
		TurnTime: 10 * time.Minute, Policy: p, Created: t0}
	if err := cfg.Check(s); err != nil {
		t.Fatal(err)
	}
	c, err := New(cfg, s)
	if err != nil {
		t.Fatal(err)
	}
	return c, &[]Event{}
}

// do applies an event as the server would, keeping it for a rebuild.
func do(t *testing.T, c *Class, log *[]Event, ev Event, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Apply(ev); err != nil {
		t.Fatal(err)
	}
	*log = append(*log, ev)
}

func TestClassTurns(t *testing.T) {
	c, log := newTutorial(t, PolicyAI)
	if len(c.Cfg.Seats) != 3 || c.IsHuman("CES") || !c.IsHuman("ALD") {
		t.Fatalf("seats %+v", c.Cfg.Seats)
	}
	if !c.Deadline.Equal(t0.Add(10 * time.Minute)) {
		t.Fatalf("first deadline %v", c.Deadline)
	}
	ev, ok, err := c.Join("ALD", "m1", "Ada", t0)
	if !ok {
		t.Fatal("first join made no event")
	}
	do(t, c, log, ev, err)
	if _, ok, _ := c.Join("ALD", "m1", "Ada", t0); ok {
		t.Fatal("a rejoin made an event")
	}
	ev, _, err = c.Join("ALD", "m2", "Bea", t0)
	do(t, c, log, ev, err)
	if _, _, err := c.Join("ALD", "m3", "Cy", t0); !errors.Is(err, ErrFull) {
		t.Fatalf("third member of a seat for two: %v", err)
	}
	if _, _, err := c.Join("CES", "m3", "Cy", t0); !errors.Is(err, ErrAISeat) {
		t.Fatalf("joining an AI seat: %v", err)
	}
	ev, _, err = c.Join("BOR", "m3", "Cy", t0)
	do(t, c, log, ev, err)
	if _, err := c.HandIn("BOR", "m1", nil, t0); !errors.Is(err, ErrNotMember) {
		t.Fatalf("acting for another seat: %v", err)
	}
	if _, err := c.HandIn("ALD", "m1", []game.Order{{Kind: game.OrderAccept, Offer: "nope"}}, t0); err == nil {
		t.Fatal("a bad order was handed in")
	}
	ev, err = c.Draft("ALD", "m2", []game.Order{{Kind: game.OrderStatement}}, t0)
	do(t, c, log, ev, err)
	ev, err = c.HandIn("ALD", "m1", nil, t0.Add(time.Minute))
	do(t, c, log, ev, err)
	if _, err := c.HandIn("ALD", "m2", nil, t0); !errors.Is(err, ErrHandedIn) {
		t.Fatalf("second hand-in: %v", err)
	}
	if c.Ready() || c.Due(t0.Add(9*time.Minute)) || !c.Due(t0.Add(10*time.Minute)) {
		t.Fatal("ready or due at the wrong time")
	}
	// Pause with 8 minutes left, resume later: the deadline moves.
	do(t, c, log, c.Pause(t0.Add(2*time.Minute)), nil)
	if c.Due(t0.Add(time.Hour)) {
		t.Fatal("due while paused")
	}
	do(t, c, log, c.Resume(t0.Add(time.Hour)), nil)
	if want := t0.Add(time.Hour + 8*time.Minute); !c.Deadline.Equal(want) {
		t.Fatalf("deadline after resume %v, want %v", c.Deadline, want)
	}
	ev, err = c.Extend(5*time.Minute, t0.Add(time.Hour))
	do(t, c, log, ev, err)
	ev, err = c.Inject(game.Injection{Headline: "Students storm the summit"}, t0.Add(time.Hour))
	do(t, c, log, ev, err)
	if _, err := c.Inject(game.Injection{Event: "no-such-event"}, t0); err == nil {
		t.Fatal("an unknown event was injected")
	}
	// BOR misses the deadline: the AI plays it.
	due := c.Deadline
	ev, err = c.Resolve("deadline", due)
	do(t, c, log, ev, err)
	if c.Game.Turn != 2 || c.Filled["BOR"] != PolicyAI || c.Filled["ALD"] != "" || len(c.Explanations["BOR"]) == 0 {
		t.Fatalf("after the deadline: turn %d filled %v", c.Game.Turn, c.Filled)
	}
	if !c.Deadline.Equal(due.Add(10 * time.Minute)) {
		t.Fatalf("second deadline %v", c.Deadline)
	}
	// Both hand in: ready.
	ev, err = c.HandIn("ALD", "m1", nil, due)
	do(t, c, log, ev, err)
	ev, err = c.HandIn("BOR", "m3", nil, due)
	do(t, c, log, ev, err)
	if !c.Ready() {
		t.Fatal("not ready with every seat handed in")
	}
	ev, err = c.Resolve("all handed in", due.Add(time.Second))
	do(t, c, log, ev, err)

	// The record replays to the same game, the injection included.
	if _, err := c.Record.Verify(c.Scen); err != nil {
		t.Fatal(err)
	}
	if len(c.Record.Turns[0].Inject) != 1 {
		t.Fatalf("the record lost the injection: %+v", c.Record.Turns[0])
	}
	// The events rebuild the same class.
	r, _ := newTutorial(t, PolicyAI)
	for _, ev := range *log {
		if err := r.Apply(ev); err != nil {
			t.Fatal(err)
		}
	}
	if r.Game.LogHash() != c.Game.LogHash() || r.Seq != c.Seq || len(r.Activity) != len(c.Activity) {
		t.Fatal("rebuilding from the events gave another class")
	}
	// A fork from turn 1 keeps the injection and plays on.
	f, err := Fork(c.Cfg, c.Scen, c.Record, 1)
	if err != nil {
		t.Fatal(err)
	}
	if f.Game.Turn != 2 || f.Seq != 0 {
		t.Fatalf("fork at turn %d seq %d", f.Game.Turn, f.Seq)
	}
	var buf bytes.Buffer
	if err := c.WriteActivity(&buf, "s1"); err != nil || strings.Count(buf.String(), "\n") != 1+len(c.Activity) {
		t.Fatalf("activity: %v\n%s", err, buf.String())
	}
	buf.Reset()
	if err := c.WriteStudentReport(&buf, "ALD"); err != nil || !strings.Contains(buf.String(), "Students storm the summit") {
		t.Fatalf("report: %v\n%s", err, buf.String())
	}
}

func TestPolicies(t *testing.T) {
	for _, p := range []Policy{PolicyNone, PolicyDraft} {
		c, log := newTutorial(t, p)
		ev, _, err := c.Join("ALD", "m1", "Ada", t0)
		do(t, c, log, ev, err)
		v, _ := c.Game.View("ALD")
		var draft []game.Order
		for _, o := range v.Offers {
			if o.Status == game.OfferOpen && len(o.To) > 0 && o.To[0] == "ALD" {
				draft = []game.Order{{Kind: game.OrderStall, Offer: o.ID}}
			}
		}
		ev, err = c.Draft("ALD", "m1", draft, t0)
		do(t, c, log, ev, err)
		ev, err = c.Resolve("deadline", c.Deadline)
		do(t, c, log, ev, err)
		got := len(c.Record.Turns[0].Orders["ALD"])
		if want := map[Policy]int{PolicyNone: 0, PolicyDraft: len(draft)}[p]; got != want || c.Filled["ALD"] != p {
			t.Errorf("%s: ALD played %d orders, want %d (filled %q)", p, got, want, c.Filled["ALD"])
		}
	}
}

func TestConfigErrors(t *testing.T) {
	s, _ := scenario.Builtin("tutorial")
	for _, cfg := range []Config{
		{Seats: []SeatConfig{{Actor: "XXX"}}},
		{Seats: []SeatConfig{{Actor: "ALD"}, {Actor: "ALD"}}},
		{Policy: "maybe"},
		{Difficulty: "brutal"},
		{TurnTime: -time.Second},
	} {
		if err := cfg.Check(s); !errors.Is(err, ErrConfig) {
			t.Errorf("%+v: %v", cfg, err)
		}
	}
}

func TestSplitRoster(t *testing.T) {
	names, err := ReadRoster(strings.NewReader("name,email\nAda,a@x\nBea,b@x\n\nCy\nAda\nDee\nEd\n"))
	if err != nil || len(names) != 5 {
		t.Fatalf("%v %v", names, err)
	}
	as, err := Split(names, 2, []string{"ALD", "BOR"})
	if err != nil {
		t.Fatal(err)
	}
	count := map[[2]any]int{}
	for _, a := range as {
		count[[2]any{a.Session, a.Actor}]++
	}
	if count[[2]any{0, "ALD"}] != 2 || count[[2]any{0, "BOR"}] != 1 || count[[2]any{1, "ALD"}] != 1 || count[[2]any{1, "BOR"}] != 1 {
		t.Fatalf("split %v", as)
	}
	if _, err := Split(names, 9, []string{"ALD"}); err == nil {
		t.Fatal("more sessions than students")
	}
}
