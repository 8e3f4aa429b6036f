package game

import (
	"fmt"
	"strconv"
	"time"
)

// Date is a calendar day, free of time zones so that every platform agrees.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads a date written as YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("game: bad date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// DateOf converts a time to its calendar day in UTC.
func DateOf(t time.Time) Date {
	y, m, d := t.UTC().Date()
	return Date{y, m, d}
}

// Time is the date at midnight UTC.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// AddDays returns the date n days later.
func (d Date) AddDays(n int) Date { return dateOfDays(d.days() + n) }

// Before reports whether d is earlier than e. Dates as written (a real
// day of a real month) compare field by field; others are normalised
// first. The engine asks this of every event every turn.
func (d Date) Before(e Date) bool {
	if !d.valid() || !e.valid() {
		return d.days() < e.days()
	}
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// valid reports whether the date names a real day, so that days would
// not move it.
func (d Date) valid() bool {
	if d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	if d.Day <= 28 {
		return true
	}
	switch d.Month {
	case time.April, time.June, time.September, time.November:
		return d.Day <= 30
	case time.February:
		leap := d.Year%4 == 0 && (d.Year%100 != 0 || d.Year%400 == 0)
		return d.Day == 29 && leap
	}
	return d.Day <= 31
}

// DaysUntil counts the days from d to e (negative if e is earlier).
func (d Date) DaysUntil(e Date) int { return e.days() - d.days() }

// days numbers the day from 1 March of year 0, normalising an out-of-range
// month or day as time.Date does. Every turn asks calendar questions, and
// whole numbers answer them without building times.
func (d Date) days() int {
	y, m := d.Year, int(d.Month)-1 // m: 0 = January
	y += floorDiv(m, 12)
	m -= 12 * floorDiv(m, 12)
	// Count from March, so that the leap day ends the year.
	if m < 2 {
		y--
		m += 12
	}
	m -= 2 // 0 = March
	era := floorDiv(y, 400)
	yoe := y - era*400
	doy := (153*m+2)/5 + d.Day - 1
	return era*146097 + yoe*365 + yoe/4 - yoe/100 + doy
}

// dateOfDays is the inverse of days.
func dateOfDays(n int) Date {
	era := floorDiv(n, 146097)
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3 // March = 3
	y := yoe + era*400
	if m > 12 {
		m -= 12
		y++
	}
	return Date{y, time.Month(m), day}
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date as YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// Pretty formats the date for players, as in "3 March 2009".
func (d Date) Pretty() string {
	return strconv.Itoa(d.Day) + " " + d.Month.String() + " " + strconv.Itoa(d.Year)
}

// MarshalText writes the date as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written as YYYY-MM-DD.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
