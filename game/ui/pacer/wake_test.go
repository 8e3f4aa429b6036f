package pacer

import "testing"

func TestWaker(t *testing.T) {
	var w Waker
	w.Wake() // nothing set: no-op, no panic
	n := 0
	w.Set(func() { n++ })
	w.Wake()
	w.Wake()
	w.Set(nil)
	w.Wake()
	if n != 2 {
		t.Errorf("woke %d times, want 2", n)
	}
}
