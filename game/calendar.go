package game

import "fmt"

// Calendar sets when the episode starts and ends and how long a turn lasts:
// DaysPerTurn from the start, and each of Periods from its date on.
type Calendar struct {
	Start       Date
	End         Date
	DaysPerTurn int
	// Periods change the length of a turn from a date on, in date order
	// ("daily for thirteen days, then weekly"). A turn running when a
	// period begins is cut short, so that a new turn starts on its date.
	Periods []Period
}

// Period is a span of the calendar with its own turn length.
type Period struct {
	From        Date
	DaysPerTurn int
}

// valid reports whether every turn has days and the periods come in date
// order after the start.
func (c Calendar) valid() bool {
	if c.DaysPerTurn <= 0 || c.End.Before(c.Start) {
		return false
	}
	prev := c.Start
	for _, p := range c.Periods {
		if p.DaysPerTurn <= 0 || !prev.Before(p.From) {
			return false
		}
		prev = p.From
	}
	return true
}

// walk calls fn with each turn's number, first day and length, from turn
// 1, while fn returns true. It stops at a turn without days.
func (c Calendar) walk(fn func(t int, start Date, days int) bool) {
	d, p := c.Start, -1
	for t := 1; ; t++ {
		for p+1 < len(c.Periods) && !d.Before(c.Periods[p+1].From) {
			p++
		}
		days := c.DaysPerTurn
		if p >= 0 {
			days = c.Periods[p].DaysPerTurn
		}
		if days <= 0 {
			return
		}
		if p+1 < len(c.Periods) {
			// Cut the turn short where the next period begins.
			days = min(days, d.DaysUntil(c.Periods[p+1].From))
		}
		if !fn(t, d, days) {
			return
		}
		d = d.AddDays(days)
	}
}

// Turns is the number of turns the calendar allows: the last is the one
// that includes the end date.
func (c Calendar) Turns() int {
	if len(c.Periods) == 0 {
		if c.DaysPerTurn <= 0 {
			return 1
		}
		return max(c.Start.DaysUntil(c.End)/c.DaysPerTurn+1, 1)
	}
	n := 1
	c.walk(func(t int, start Date, _ int) bool {
		if c.End.Before(start) {
			return false
		}
		n = t
		return true
	})
	return n
}

// DateOfTurn is the first day of turn t (turns count from 1).
func (c Calendar) DateOfTurn(t int) Date {
	if len(c.Periods) == 0 {
		return c.Start.AddDays((t - 1) * c.DaysPerTurn)
	}
	d := c.Start
	c.walk(func(k int, start Date, _ int) bool {
		d = start
		return k < t
	})
	return d
}

// DaysOfTurn is how many days turn t lasts.
func (c Calendar) DaysOfTurn(t int) int {
	if len(c.Periods) == 0 {
		return c.DaysPerTurn
	}
	n := c.DaysPerTurn
	c.walk(func(k int, _ Date, days int) bool {
		n = days
		return k < t
	})
	return n
}

// TurnOf is the turn whose days include d, or 0 before the start.
func (c Calendar) TurnOf(d Date) int {
	days := c.Start.DaysUntil(d)
	if days < 0 || c.DaysPerTurn <= 0 {
		return 0
	}
	if len(c.Periods) == 0 {
		return days/c.DaysPerTurn + 1
	}
	n := 0
	c.walk(func(t int, start Date, _ int) bool {
		if d.Before(start) {
			return false
		}
		n = t
		return true
	})
	return n
}

// SpanWord names a stretch of days the way a newspaper would: "day",
// "week", "fortnight", "month", or "5 days".
func SpanWord(days int) string {
	switch {
	case days == 1:
		return "day"
	case days == 7:
		return "week"
	case days == 14:
		return "fortnight"
	case days >= 28 && days <= 31:
		return "month"
	}
	return fmt.Sprintf("%d days", days)
}

// DaysWords is "1 day" or "n days".
func DaysWords(days int) string {
	if days == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", days)
}

// Summary describes the turns for a player: "6 turns of 14 days", or,
// with periods, "20 turns: 1 day each, 7 days from 29 October 1962".
func (c Calendar) Summary() string {
	n := c.Turns()
	turns := fmt.Sprintf("%d turns", n)
	if n == 1 {
		turns = "1 turn"
	}
	if len(c.Periods) == 0 {
		return turns + " of " + DaysWords(c.DaysPerTurn)
	}
	s := turns + ": " + DaysWords(c.DaysPerTurn) + " each"
	for _, p := range c.Periods {
		if c.End.Before(p.From) {
			break
		}
		s += ", " + DaysWords(p.DaysPerTurn) + " from " + p.From.Pretty()
	}
	return s
}
