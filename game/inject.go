package game

import (
	"errors"
	"fmt"
	"strings"
)

// Injection is something an instructor adds to a running game between
// resolutions: one of the scenario's events fired now, or a headline of
// their own. Saves keep injections with the turn they were made in, so a
// replay makes them at the same moment and reaches the same log.
type Injection struct {
	// Event is the id of a scenario event to fire now.
	Event string `json:"event,omitempty"`
	// Headline and Text are a custom news item, public to every actor.
	Headline string `json:"headline,omitempty"`
	Text     string `json:"text,omitempty"`
}

// MaxHeadline is the longest custom headline or text an injection may
// carry, in bytes: the same bound scenario files have for a headline.
const MaxHeadline = 2000

// ErrInjection is wrapped by Inject's errors.
var ErrInjection = errors.New("cannot inject")

// Inject fires a scenario event out of its schedule (it is then settled:
// it will not fire again on its own, unless it repeats) or publishes a
// custom headline. It refuses an event that has already fired and does
// not repeat, and anything once the game is over.
func (g *Game) Inject(in Injection) error {
	if g.Over {
		return fmt.Errorf("%w: the game is over", ErrInjection)
	}
	if in.Event != "" {
		for e := range g.Scen.Events {
			ev := &g.Scen.Events[e]
			if ev.ID != in.Event {
				continue
			}
			if g.Fired[e] && !ev.Repeat {
				return fmt.Errorf("%w: event %q has already happened", ErrInjection, in.Event)
			}
			g.settled[e] = !ev.Repeat
			g.fire(e)
			return nil
		}
		return fmt.Errorf("%w: the scenario has no event %q", ErrInjection, in.Event)
	}
	h, t := strings.TrimSpace(in.Headline), strings.TrimSpace(in.Text)
	if h == "" {
		return fmt.Errorf("%w: a headline needs some words", ErrInjection)
	}
	if len(h) > MaxHeadline || len(t) > MaxHeadline {
		return fmt.Errorf("%w: a headline and its text may have at most %d characters each", ErrInjection, MaxHeadline)
	}
	g.logf(Entry{Kind: KindEvent, Headline: h, Text: t, Public: true, Cause: "instructor"})
	return nil
}
