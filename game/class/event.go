package class

import (
	"time"

	"backchannel/game"
	"backchannel/game/ai"
)

// EventKind says what an Event does.
type EventKind string

// Event kinds.
const (
	EvJoin    EventKind = "join"    // a student joins a seat
	EvDraft   EventKind = "draft"   // a team member drafts orders
	EvHandIn  EventKind = "hand_in" // a team member hands in the seat's orders
	EvInject  EventKind = "inject"  // the instructor fires an event or a headline
	EvPause   EventKind = "pause"   // the clock stops
	EvResume  EventKind = "resume"  // the clock runs again
	EvExtend  EventKind = "extend"  // the deadline moves later
	EvResolve EventKind = "resolve" // the turn resolves with every seat's orders
)

// Event is one change to a class session. Seq numbers them from 1 with no
// gaps; the store refuses a second event with the same Seq, which is how
// two server processes sharing one database agree on the order.
type Event struct {
	Seq  int       `json:"seq"`
	At   time.Time `json:"at"`
	Kind EventKind `json:"kind"`
	// Turn is the game turn the event belongs to.
	Turn int `json:"turn"`
	// Actor is the seat; Member and Name the student acting for it.
	Actor  string `json:"actor,omitempty"`
	Member string `json:"member,omitempty"`
	Name   string `json:"name,omitempty"`
	// Orders are a draft's or a hand-in's.
	Orders []game.Order `json:"orders,omitempty"`
	// Inject is what the instructor injected.
	Inject *game.Injection `json:"inject,omitempty"`
	// Extend is how much later the deadline moves.
	Extend time.Duration `json:"extend,omitempty"`
	// Resolved holds every seat's orders for the turn; Filled says how a
	// human seat without a hand-in was played ("ai", "none", "draft");
	// Why says what ended the turn.
	Resolved     map[string][]game.Order     `json:"resolved,omitempty"`
	Filled       map[string]Policy           `json:"filled,omitempty"`
	Why          string                      `json:"why,omitempty"`
	Explanations map[string][]ai.Explanation `json:"explanations,omitempty"`
}
