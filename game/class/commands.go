package class

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"backchannel/game"
	"backchannel/game/ai"
)

// Errors a student or instructor may see; the server turns them into
// messages and status codes.
var (
	ErrNoSeat    = errors.New("there is no such seat in this session")
	ErrAISeat    = errors.New("that seat is played by the computer")
	ErrFull      = errors.New("this seat is full: ask your instructor for another seat")
	ErrNotMember = errors.New("join the seat before acting for it")
	ErrExpired   = errors.New("this session has ended")
	ErrOver      = errors.New("the game is over")
	ErrHandedIn  = errors.New("your team has already handed in this turn's orders")
	ErrTooMany   = fmt.Errorf("at most %d orders a turn", MaxOrders)
	ErrBadName   = fmt.Errorf("a name needs 1 to %d characters", MaxName)
	ErrBadExtend = errors.New("a deadline can be extended by a second to 30 days")
	ErrNotReady  = errors.New("the turn is not over yet")
)

// event starts an event for the current turn.
func (c *Class) event(kind EventKind, now time.Time) Event {
	return Event{Seq: c.Seq + 1, At: now, Kind: kind, Turn: c.Game.Turn}
}

// seatFor checks that actor is a human seat that a student may act for.
func (c *Class) seatFor(actor string, now time.Time) (SeatConfig, error) {
	st, ok := c.Cfg.Seat(actor)
	if !ok {
		return st, ErrNoSeat
	}
	if !st.Human {
		return st, ErrAISeat
	}
	if c.Expired(now) {
		return st, ErrExpired
	}
	return st, nil
}

// Join seats a new student at a seat. A member already at the seat
// rejoins without an event (ok is false then).
func (c *Class) Join(actor, member, name string, now time.Time) (ev Event, ok bool, err error) {
	st, err := c.seatFor(actor, now)
	if err != nil {
		return ev, false, err
	}
	if _, in := c.Member(actor, member); in {
		return ev, false, nil
	}
	name = strings.TrimSpace(name)
	if name == "" || len(name) > MaxName || !utf8.ValidString(name) {
		return ev, false, ErrBadName
	}
	if len(c.Members[actor]) >= st.Max {
		return ev, false, ErrFull
	}
	ev = c.event(EvJoin, now)
	ev.Actor, ev.Member, ev.Name = actor, member, name
	return ev, true, nil
}

// submission checks a draft or hand-in.
func (c *Class) submission(kind EventKind, actor, member string, orders []game.Order, now time.Time) (Event, error) {
	var ev Event
	if _, err := c.seatFor(actor, now); err != nil {
		return ev, err
	}
	m, ok := c.Member(actor, member)
	if !ok {
		return ev, ErrNotMember
	}
	if c.Game.Over {
		return ev, ErrOver
	}
	if _, done := c.HandedIn[actor]; done {
		return ev, ErrHandedIn
	}
	if len(orders) > MaxOrders {
		return ev, ErrTooMany
	}
	if kind == EvHandIn {
		if err := c.Game.Check(actor, orders); err != nil {
			return ev, err
		}
	}
	ev = c.event(kind, now)
	ev.Actor, ev.Member, ev.Name, ev.Orders = actor, m.ID, m.Name, slices.Clone(orders)
	return ev, nil
}

// Draft saves a team's work in progress; it is not checked, since a draft
// may be half written. Under PolicyDraft the latest draft that passes the
// checks is handed in at the deadline.
func (c *Class) Draft(actor, member string, orders []game.Order, now time.Time) (Event, error) {
	return c.submission(EvDraft, actor, member, orders, now)
}

// HandIn hands in a seat's orders for the turn, once they pass the game's
// checks. A seat hands in once a turn.
func (c *Class) HandIn(actor, member string, orders []game.Order, now time.Time) (Event, error) {
	return c.submission(EvHandIn, actor, member, orders, now)
}

// Inject fires a scenario event or publishes a custom headline now. It is
// tried on a copy of the game first, so a refused injection changes nothing.
func (c *Class) Inject(in game.Injection, now time.Time) (Event, error) {
	if err := c.Game.Clone().Inject(in); err != nil {
		return Event{}, err
	}
	ev := c.event(EvInject, now)
	ev.Inject = &in
	return ev, nil
}

// Pause stops the clock; Resume starts it again with the time that was left.
func (c *Class) Pause(now time.Time) Event { return c.event(EvPause, now) }

// Resume restarts the clock after Pause.
func (c *Class) Resume(now time.Time) Event { return c.event(EvResume, now) }

// Extend moves the deadline later by d (from now, if the turn had none).
func (c *Class) Extend(d time.Duration, now time.Time) (Event, error) {
	if d < time.Second || d > 30*24*time.Hour {
		return Event{}, ErrBadExtend
	}
	ev := c.event(EvExtend, now)
	ev.Extend = d
	return ev, nil
}

// Resolve ends the turn: human seats' hand-ins, the missing ones filled by
// the policy, and the AI seats' decisions. why says what ended it
// ("all handed in", "deadline", "instructor").
func (c *Class) Resolve(why string, now time.Time) (Event, error) {
	if c.Game.Over {
		return Event{}, ErrOver
	}
	ev := c.event(EvResolve, now)
	ev.Why = why
	ev.Resolved = map[string][]game.Order{}
	ev.Explanations = map[string][]ai.Explanation{}
	ev.Filled = map[string]Policy{}
	for _, st := range c.Cfg.Seats {
		a := st.Actor
		if st.Human {
			// An injection may have made handed-in orders impossible; such
			// a seat is treated as missing rather than refusing the turn.
			if sub, ok := c.HandedIn[a]; ok && c.Game.Check(a, sub.Orders) == nil {
				ev.Resolved[a] = sub.Orders
				continue
			}
			switch c.Cfg.Policy {
			case PolicyNone:
				ev.Filled[a] = PolicyNone
				continue
			case PolicyDraft:
				ev.Filled[a] = PolicyDraft
				if sub, ok := c.Drafts[a]; ok && c.Game.Check(a, sub.Orders) == nil {
					ev.Resolved[a] = sub.Orders
				}
				continue
			}
			ev.Filled[a] = PolicyAI
		}
		v, err := c.Game.View(a)
		if err != nil {
			return Event{}, err
		}
		d := c.aiSeat(a).Decide(v)
		c.read[a] = c.GameChanges
		ev.Resolved[a], ev.Explanations[a] = d.Orders, d.Explanations
	}
	return ev, nil
}

// aiSeat is the AI player of an actor, made when first needed. It keeps
// its memory of earlier turns (rebuilt by recall after a restart).
func (c *Class) aiSeat(actor string) *ai.Seat {
	s, ok := c.seats[actor]
	if !ok {
		d, _ := ai.ParseDifficulty(c.Cfg.Difficulty)
		s = ai.New(actor, d, c.Cfg.Seed)
		s.SetScenario(c.Scen)
		c.seats[actor] = s
	}
	return s
}

// Handed lists the seats that have handed in, sorted.
func (c *Class) Handed() []string {
	out := make([]string, 0, len(c.HandedIn))
	for a := range c.HandedIn {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}
