package game

import "testing"

func day(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestCalendarPeriods checks a calendar that is daily for thirteen days,
// then weekly: turn boundaries, lengths, and the turn of a date.
func TestCalendarPeriods(t *testing.T) {
	c := Calendar{Start: day("1962-10-16"), End: day("1962-11-20"), DaysPerTurn: 1,
		Periods: []Period{{From: day("1962-10-29"), DaysPerTurn: 7}}}
	if got := c.Turns(); got != 13+4 {
		t.Errorf("Turns = %d; want 13 daily + 4 weekly", got)
	}
	for _, tc := range []struct {
		turn int
		date string
		days int
	}{{1, "1962-10-16", 1}, {13, "1962-10-28", 1}, {14, "1962-10-29", 7}, {17, "1962-11-19", 7}} {
		if d := c.DateOfTurn(tc.turn); d.String() != tc.date {
			t.Errorf("DateOfTurn(%d) = %s; want %s", tc.turn, d, tc.date)
		}
		if n := c.DaysOfTurn(tc.turn); n != tc.days {
			t.Errorf("DaysOfTurn(%d) = %d; want %d", tc.turn, n, tc.days)
		}
		if n := c.TurnOf(day(tc.date)); n != tc.turn {
			t.Errorf("TurnOf(%s) = %d; want %d", tc.date, n, tc.turn)
		}
	}
	if n := c.TurnOf(day("1962-11-01")); n != 14 {
		t.Errorf("TurnOf(1 Nov) = %d; want 14", n)
	}
	if n := c.TurnOf(day("1962-10-01")); n != 0 {
		t.Errorf("TurnOf before the start = %d; want 0", n)
	}
	if s := c.Summary(); s != "17 turns: 1 day each, 7 days from 29 October 1962" {
		t.Errorf("Summary = %q", s)
	}
}

// TestCalendarPeriodCutsTurn checks that a period beginning inside a turn
// cuts that turn short, and that a calendar without periods is unchanged.
func TestCalendarPeriodCutsTurn(t *testing.T) {
	c := Calendar{Start: day("2009-09-17"), End: day("2009-12-31"), DaysPerTurn: 14,
		Periods: []Period{{From: day("2009-09-24"), DaysPerTurn: 14}}}
	if c.DaysOfTurn(1) != 7 || c.DateOfTurn(2).String() != "2009-09-24" {
		t.Errorf("turn 1 lasts %d days and turn 2 starts %s; want 7 and 2009-09-24", c.DaysOfTurn(1), c.DateOfTurn(2))
	}
	plain := Calendar{Start: day("2009-03-02"), End: day("2009-06-01"), DaysPerTurn: 14}
	if plain.Turns() != 7 || plain.DateOfTurn(3).String() != "2009-03-30" || plain.TurnOf(day("2009-03-16")) != 2 ||
		plain.DaysOfTurn(5) != 14 || plain.Summary() != "7 turns of 14 days" {
		t.Errorf("a calendar without periods changed: %d turns, summary %q", plain.Turns(), plain.Summary())
	}
	for days, want := range map[int]string{1: "day", 7: "week", 14: "fortnight", 30: "month", 3: "3 days"} {
		if got := SpanWord(days); got != want {
			t.Errorf("SpanWord(%d) = %q; want %q", days, got, want)
		}
	}
}
