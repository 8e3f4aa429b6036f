//go:build !js

package server

import (
	"fmt"
	"sync/atomic"
	"time"
)

// latencyStep is the width of one bucket of answerTimes: 2,000 buckets
// reach 2 s; anything slower goes into the last.
const (
	latencyStep    = time.Millisecond
	latencyBuckets = 2000
)

// answerTimes counts how long the server took from reading a seat's
// request to writing its answer: the server's own share of a student's
// wait, whatever the network and the student's machine add. Counting is
// one atomic add, so it costs the ack path nothing worth measuring.
type answerTimes struct {
	n [latencyBuckets]atomic.Int64
}

func (a *answerTimes) add(d time.Duration) {
	a.n[min(int(d/latencyStep), latencyBuckets-1)].Add(1)
}

// Summary reports the count and the 50th and 99th percentiles and the
// maximum (each to the millisecond above), or "" when nothing was answered.
func (a *answerTimes) Summary() string {
	var counts [latencyBuckets]int64
	total := int64(0)
	for i := range a.n {
		counts[i] = a.n[i].Load()
		total += counts[i]
	}
	if total == 0 {
		return ""
	}
	at := func(q float64) int {
		want, seen := int64(q*float64(total)+0.5), int64(0)
		for i, c := range counts {
			if seen += c; seen >= max(want, 1) {
				return i + 1
			}
		}
		return latencyBuckets
	}
	top := latencyBuckets
	for top > 0 && counts[top-1] == 0 {
		top--
	}
	most := fmt.Sprintf("≤ %d ms", top)
	if top == latencyBuckets {
		most = fmt.Sprintf("over %d ms", latencyBuckets-1)
	}
	return fmt.Sprintf("%d requests answered; from reading a request to writing its answer: p50 ≤ %d ms, p99 ≤ %d ms, max %s",
		total, at(0.5), at(0.99), most)
}
