package scenario

import (
	"fmt"

	"backchannel/game"
)

// Limits on the work the events of a scenario can ask of the engine. A file
// that validates field by field can still hold hundreds of events with
// dozens of effects each, all repeating every turn: a second and tens of
// megabytes per turn, minutes and gigabytes per game. The loader counts the
// work (see eventWork) and refuses a file over these limits, and warns when
// a turn comes within a fifth of its limit or a game passes half of its.
// At the limits a turn costs about 0.1 s and a game about a second
// (TestWorkLimitIsCheap).
const (
	// MaxTurnWork is the most work the events that can fire on one turn
	// may do, in effects, reports and log entries.
	MaxTurnWork = 4000
	// MaxGameWork is the most work events may do over a whole game: the
	// events that fire once, plus the repeating ones on every turn.
	MaxGameWork = 40000
)

// eventWork is how much one firing of an event costs the engine: its log
// entry, each effect (a trust effect on everyone counts once per actor),
// each report, and a dilemma with its costliest answer.
func eventWork(ev *game.EventDef, actors int) int {
	n := 1 + effectsWork(ev.Effects, actors) + len(ev.Intel)
	if d := ev.Dilemma; d != nil {
		most := 0
		for _, c := range d.Choices {
			most = max(most, effectsWork(c.Effects, actors))
		}
		n += 1 + most
	}
	return n
}

func effectsWork(effects []game.Effect, actors int) int {
	n := 0
	for _, e := range effects {
		if e.Kind == game.EffectTrust && (e.Other == "" || e.Other == "*") {
			n += actors
		} else {
			n++
		}
	}
	return n
}

// Work returns the most work the events of s can do on one turn (all of
// them firing at once) and over a whole game (each event once, and the
// repeating ones on every turn).
func Work(s *game.Scenario) (turn, total int) {
	turns := s.Calendar.Turns()
	for i := range s.Events {
		w := eventWork(&s.Events[i], len(s.Actors))
		turn += w
		if s.Events[i].Repeat {
			total += w * turns
		} else {
			total += w
		}
	}
	return turn, total
}

// checkWork refuses a scenario whose events would do too much work, and
// warns when they come near the limit.
func (c *checker) checkWork() {
	turn, total := Work(c.s)
	const hint = "use fewer events or effects, or fewer repeating events"
	at := c.costliestEvent()
	switch {
	case turn > MaxTurnWork:
		c.r.add(Error, at, hint, fmt.Sprintf("too much work for one turn: the events can make %d changes in a turn, more than %d", turn, MaxTurnWork))
	case total > MaxGameWork:
		c.r.add(Error, at, hint, fmt.Sprintf("too much work for one game: the events can make %d changes over %d turns, more than %d", total, c.s.Calendar.Turns(), MaxGameWork))
	case turn > MaxTurnWork*4/5 || total > MaxGameWork/2:
		c.r.add(Warning, at, hint, fmt.Sprintf("the events can make %d changes in a turn and %d in a game, near the limits of %d and %d: turns may be slow",
			turn, total, MaxTurnWork, MaxGameWork))
	}
}

// costliestEvent is the offset of the header of the event that costs most
// over a game, where a diagnostic about work points.
func (c *checker) costliestEvent() int {
	best, at := -1, 0
	for i := range c.s.Events {
		ev := &c.s.Events[i]
		w := eventWork(ev, len(c.s.Actors))
		if ev.Repeat {
			w *= c.s.Calendar.Turns()
		}
		if w <= best {
			continue
		}
		for j, fe := range c.f.Events {
			if fe.ID == ev.ID {
				best, at = w, c.r.keyOf(joinIndex("events", j))
				break
			}
		}
	}
	return at
}
