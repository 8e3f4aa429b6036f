// Package class runs a classroom session of Backchannel without any I/O:
// seats played by teams of students or by the AI, turn deadlines, a
// missing-submission policy, an instructor who pauses, extends, injects
// events and forks, and what each seat may be shown.
//
// A Class is event-sourced. Every change is an Event: a student joins a
// seat, drafts or hands in orders, the instructor injects an event or
// pauses, a turn resolves with every seat's orders. A command method
// (Join, Draft, HandIn, Inject, Pause, Resume, Extend, Resolve) checks a
// request against the current state and returns the Event that carries it
// out, without changing anything; Apply folds an Event in. The server
// stores each Event before it applies and acknowledges it, and rebuilds a
// Class after a restart by applying the stored Events again, so an
// acknowledged order is never lost. Time comes in as an argument, so the
// same Events give the same Class in every process.
//
// The game itself is kept as its save.Record: the scenario, seed, seats
// and each turn's orders and injections.
package class
