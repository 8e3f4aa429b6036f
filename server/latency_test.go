//go:build !js

package server

import (
	"testing"
	"time"
)

func TestAnswerTimes(t *testing.T) {
	var a answerTimes
	if a.Summary() != "" {
		t.Fatal("a summary before any answer")
	}
	for i := 0; i < 98; i++ {
		a.add(300 * time.Microsecond) // under 1 ms
	}
	a.add(40 * time.Millisecond)
	a.add(5 * time.Second) // past the last bucket
	want := "100 requests answered; from reading a request to writing its answer: p50 ≤ 1 ms, p99 ≤ 41 ms, max over 1999 ms"
	if got := a.Summary(); got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}
