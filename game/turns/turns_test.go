package turns

import (
	"reflect"
	"testing"

	"backchannel/game/gametest"
	"backchannel/game/session"
)

// steps takes every queued step.
func steps(t *Table) []Step {
	var out []Step
	for s, ok := t.Next(); ok; s, ok = t.Next() {
		out = append(out, s)
	}
	return out
}

func newTable(t *testing.T, humans ...string) (*Table, *session.Session) {
	t.Helper()
	sess, err := session.New(session.Config{Scenario: gametest.Small(), Seed: 3, Humans: humans})
	if err != nil {
		t.Fatal(err)
	}
	return New(sess, humans), sess
}

// TestHotSeatOrder walks two human seats through two turns: each is handed
// the machine, reads its briefing once, then the morning's paper after
// every turn, and the turn resolves only once both have ended it.
func TestHotSeatOrder(t *testing.T) {
	tb, sess := newTable(t, "A", "B")
	tb.Begin(false)
	if got, want := steps(tb), []Step{{Handover, "A"}, {Briefing, "A"}, {Board, "A"}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("first seat: %v, want %v", got, want)
	}
	if err := sess.Submit("A", nil); err != nil {
		t.Fatal(err)
	}
	if tb.SeatDone() {
		t.Fatal("the turn resolves before B played")
	}
	if got, want := steps(tb), []Step{{Handover, "B"}, {Briefing, "B"}, {Board, "B"}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("second seat: %v, want %v", got, want)
	}
	if err := sess.Submit("B", nil); err != nil {
		t.Fatal(err)
	}
	logLen := len(sess.Game.Log)
	if !tb.SeatDone() || tb.Phase() != Snapshot || tb.Mark() != logLen {
		t.Fatalf("after both seats: phase %d, mark %d (log %d)", tb.Phase(), tb.Mark(), logLen)
	}
	tb.StartResolving()
	woke := make(chan struct{})
	r := Resolve(sess, []string{"A", "B"}, nil, func() { close(woke) })
	<-woke // the result is there before wake is called
	out, ok := r.Poll()
	if !ok {
		t.Fatal("woken before the result was there")
	}
	if out.Err != nil {
		t.Fatal(out.Err)
	}
	tb.Resolved(nil)
	if got, want := steps(tb), []Step{{Handover, "A"}, {Results, "A"}, {Board, "A"}}; tb.Phase() != Playing || !reflect.DeepEqual(got, want) {
		t.Fatalf("next turn: phase %d, %v, want %v", tb.Phase(), got, want)
	}
}

// TestFailedTurnAndEnd: a turn that fails to resolve goes back to the
// first seat's board; a game over ends with the paper and the debrief; a
// game loaded over begins at the debrief.
func TestFailedTurnAndEnd(t *testing.T) {
	tb, sess := newTable(t, "A")
	tb.Begin(true)
	if got, want := steps(tb), []Step{{Board, "A"}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("skipped briefing: %v, want %v", got, want)
	}
	tb.SeatDone()
	tb.StartResolving()
	tb.Resolved(errFailed{})
	if got, want := steps(tb), []Step{{Board, "A"}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("after a failed turn: %v, want %v", got, want)
	}
	for !sess.Game.Over {
		if err := sess.EndTurn(); err != nil {
			t.Fatal(err)
		}
	}
	tb.Resolved(nil)
	if got, want := steps(tb), []Step{{Results, "A"}, {Kind: Debrief}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("game over: %v, want %v", got, want)
	}
	over := New(sess, []string{"A"})
	over.Begin(false)
	if got, want := steps(over), []Step{{Kind: Debrief}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("loaded over: %v, want %v", got, want)
	}
}

type errFailed struct{}

func (errFailed) Error() string { return "failed" }
