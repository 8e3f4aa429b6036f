package game

import (
	"testing"
	"time"
)

// TestDateArithmetic checks the whole-number calendar against package time
// over four centuries, with months and days out of range as well.
func TestDateArithmetic(t *testing.T) {
	base := Date{2009, time.January, 20}
	for n := -80000; n <= 80000; n += 7 {
		want := DateOf(base.Time().AddDate(0, 0, n))
		if got := base.AddDays(n); got != want {
			t.Fatalf("%v + %d days = %v, want %v", base, n, got, want)
		}
		if got := base.DaysUntil(want); got != n {
			t.Fatalf("days from %v to %v = %d, want %d", base, want, got, n)
		}
		if got := base.Before(want); got != (n > 0) {
			t.Fatalf("%v before %v = %v", base, want, got)
		}
	}
	for _, d := range []Date{{2009, 13, 1}, {2010, 0, 0}, {2008, 2, 30}, {0, 0, 0}, {-3, 14, -40}, {2000, 2, 29}} {
		if got, want := d.AddDays(3), DateOf(d.Time().AddDate(0, 0, 3)); got != want {
			t.Errorf("%+v + 3 days = %v, want %v", d, got, want)
		}
	}
}

// TestDateBefore checks Before's field-by-field comparison against the
// day numbers, for real days and for dates out of range, across leap
// years and century years.
func TestDateBefore(t *testing.T) {
	var dates []Date
	for _, y := range []int{-401, -1, 0, 1900, 2000, 2008, 2009} {
		for m := time.Month(0); m <= 13; m++ {
			for _, day := range []int{-1, 0, 1, 28, 29, 30, 31, 32} {
				dates = append(dates, Date{y, m, day})
			}
		}
	}
	for _, d := range dates {
		if d.valid() != (d == DateOf(d.Time())) {
			t.Fatalf("%+v: valid says %v", d, d.valid())
		}
		for _, e := range dates {
			if got, want := d.Before(e), d.days() < e.days(); got != want {
				t.Fatalf("%+v before %+v = %v, want %v", d, e, got, want)
			}
		}
	}
}
