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
