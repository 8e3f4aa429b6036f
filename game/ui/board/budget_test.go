package board

import (
	"testing"
	"time"
)

// TestPaintBudget: a frame always paints its first layer, and defers the
// others once its time is used; no budget paints everything.
func TestPaintBudget(t *testing.T) {
	var none *paintBudget
	none.begin()
	if !none.allow() || !none.allow() || none.waiting() {
		t.Error("no budget must paint every layer")
	}
	p := &paintBudget{limit: time.Hour}
	p.begin()
	if !p.allow() || !p.allow() || p.waiting() {
		t.Error("a frame within its budget paints every layer")
	}
	p.limit = time.Millisecond
	p.begin()
	p.start = p.start.Add(-time.Second) // a slow first layer
	if !p.allow() {
		t.Error("the first layer of a frame must paint, or the board never moves on")
	}
	if p.allow() {
		t.Error("a layer past the budget painted")
	}
	if !p.waiting() {
		t.Error("a deferred layer must ask for another frame")
	}
	p.begin()
	if p.waiting() || !p.allow() {
		t.Error("a new frame starts a new budget")
	}
}
