// Package turns is the turn and seat state machine of a game played at one
// machine: which seat plays next, which screens come before its board
// (hand-over, briefing, the morning's paper) and when the turn resolves.
// It is pure Go beside package session, so the desktop window, the browser
// and the tests step the same machine, and it is tested without a window.
package turns

import "backchannel/game/session"

// Kind is a kind of screen between two boards.
type Kind int

// The screens, in the order a seat meets them.
const (
	Handover Kind = iota // hot seat: the machine passes to the next person
	Briefing             // the seat's brief, the first time it plays
	Results              // the morning's paper after a turn resolved
	Board                // the seat plays its turn
	Debrief              // the game is over
)

// Step is one screen and the seat it is for.
type Step struct {
	Kind  Kind
	Actor string
}

// Phase is where the turn is.
type Phase int

// The phases of a turn.
const (
	Playing   Phase = iota // seats are giving orders
	Snapshot               // the last seat ended its turn: its board is captured, then the turn resolves
	Resolving              // the turn resolves off the frame; nothing may read the session
)

// Table is the state machine of one play-through. The zero value is not
// ready: use New.
type Table struct {
	sess    *session.Session
	humans  []string // the hot-seat order
	queue   []Step
	briefed map[string]bool // seats that have read their briefing
	read    map[string]bool // seats that have read the last morning's paper
	mark    int             // the log's length before the last resolution; -1 before any
	phase   Phase
}

// New returns the machine for sess, whose human seats play in the order of
// humans.
func New(sess *session.Session, humans []string) *Table {
	return &Table{sess: sess, humans: humans, briefed: map[string]bool{}, read: map[string]bool{}, mark: -1}
}

// Phase returns where the turn is.
func (t *Table) Phase() Phase { return t.phase }

// Mark returns the log's length before the last resolution, -1 before
// any: the morning's paper reads the entries after it.
func (t *Table) Mark() int { return t.mark }

// hotSeat reports whether several people share the machine.
func (t *Table) hotSeat() bool { return len(t.humans) > 1 }

// Begin queues the first seat's screens, or the debrief of a game already
// over. skipBriefing counts every seat as briefed.
func (t *Table) Begin(skipBriefing bool) {
	if skipBriefing {
		for _, h := range t.humans {
			t.briefed[h] = true
		}
	}
	if t.sess.Game.Over {
		t.queue = []Step{{Kind: Debrief}}
		return
	}
	t.queue = t.seatSteps(t.sess.Waiting()[0])
}

// seatSteps are the screens before a seat plays: the hand-over in hot-seat
// play, the briefing the first time or else the morning's paper, and the
// board.
func (t *Table) seatSteps(actor string) []Step {
	var s []Step
	if t.hotSeat() {
		s = append(s, Step{Handover, actor})
	}
	switch {
	case !t.briefed[actor]:
		s = append(s, Step{Briefing, actor})
	case t.mark >= 0 && !t.read[actor]:
		s = append(s, Step{Results, actor})
	}
	return append(s, Step{Board, actor})
}

// Next takes the next screen to show; ok is false when none is queued.
// Taking a briefing or a paper counts it as read.
func (t *Table) Next() (s Step, ok bool) {
	if len(t.queue) == 0 {
		return Step{}, false
	}
	s, t.queue = t.queue[0], t.queue[1:]
	switch s.Kind {
	case Briefing:
		t.briefed[s.Actor] = true
	case Results:
		t.read[s.Actor] = true
	}
	return s, true
}

// Queued reports whether a screen waits to be shown.
func (t *Table) Queued() bool { return len(t.queue) > 0 }

// SeatDone moves on once the seat on screen ended its turn: to the next
// human seat's screens, or, when all have ended it, to the snapshot before
// resolving. It reports whether the turn is to be resolved.
func (t *Table) SeatDone() (resolve bool) {
	if waiting := t.sess.Waiting(); len(waiting) > 0 {
		t.queue = t.seatSteps(waiting[0])
		return false
	}
	t.mark = len(t.sess.Game.Log)
	t.phase = Snapshot
	return true
}

// StartResolving says the snapshot is taken: from now on nothing may read
// the session until Resolved.
func (t *Table) StartResolving() { t.phase = Resolving }

// Resolved takes the outcome of a resolution and queues the next screens:
// the first seat's board again when the turn failed, the paper and the
// debrief when the game is over, else the next seat's screens, each seat
// to read the new morning's paper.
func (t *Table) Resolved(err error) {
	t.phase = Playing
	if err != nil {
		t.queue = []Step{{Board, t.humans[0]}}
		return
	}
	clear(t.read)
	if t.sess.Game.Over {
		t.queue = []Step{{Results, t.humans[0]}, {Kind: Debrief}}
		return
	}
	t.queue = t.seatSteps(t.sess.Waiting()[0])
}
