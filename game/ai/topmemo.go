package ai

import "math"

// settleMemo remembers the results of recent settlement searches (see
// top), keyed by their whole input: most of a seat's searches in a turn
// repeat one of an earlier turn, since the issues among a few parties
// seldom move. A result is only reused when the tables are bit for bit
// the same, so it is the one the search would find.
type settleMemo struct {
	slots []settleEntry
}

// settleEntry is one remembered search: its tables and its result.
type settleEntry struct {
	hash  uint64
	in    []float64 // gain, oth and slack, one after the other
	start []int
	best  float64
}

// memoSlots is how many searches a seat remembers.
const memoSlots = 64

// find returns the slot for the tables in sc, and whether it holds their
// result; if not, the slot is filled with the tables and the caller sets
// its result.
func (m *settleMemo) find(sc *topScratch) (*settleEntry, bool) {
	if m.slots == nil {
		m.slots = make([]settleEntry, memoSlots)
	}
	h := uint64(14695981039346656037)
	mix := func(x uint64) {
		h ^= x
		h *= 1099511628211
	}
	mix(uint64(len(sc.gain)))
	mix(uint64(len(sc.slack)))
	for _, part := range [3][]float64{sc.gain, sc.oth, sc.slack} {
		for _, x := range part {
			mix(math.Float64bits(x))
		}
	}
	for _, x := range sc.start {
		mix(uint64(x))
	}
	e := &m.slots[h%memoSlots]
	if e.hash == h && e.same(sc) {
		return e, true
	}
	e.hash = h
	if n := len(sc.gain) + len(sc.oth) + len(sc.slack); cap(e.in) < n {
		// One allocation of the size needed, not one per part appended:
		// a seat fills its slots afresh every game.
		e.in = make([]float64, 0, n)
	}
	e.in = append(append(append(e.in[:0], sc.gain...), sc.oth...), sc.slack...)
	e.start = append(e.start[:0], sc.start...)
	return e, false
}

// same reports whether the entry's tables are those in sc, bit for bit.
func (e *settleEntry) same(sc *topScratch) bool {
	if len(e.in) != len(sc.gain)+len(sc.oth)+len(sc.slack) || len(e.start) != len(sc.start) {
		return false
	}
	in := e.in
	for _, part := range [3][]float64{sc.gain, sc.oth, sc.slack} {
		for n, x := range part {
			if math.Float64bits(in[n]) != math.Float64bits(x) {
				return false
			}
		}
		in = in[len(part):]
	}
	for n, x := range sc.start {
		if e.start[n] != x {
			return false
		}
	}
	return true
}
