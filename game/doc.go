// Package game is the Backchannel negotiation engine: a pure, deterministic
// model of a diplomatic episode. It knows no country, issue or date; all of
// those come from a Scenario.
//
// A Game holds the State of one play-through. Each turn every seat submits
// Orders at once and Resolve applies them in this fixed order:
//
//  1. replies to offers (accept, reject, counter, stall, leak), forming agreements
//  2. new offers: every message is read the next morning (a letter takes a
//     turn); a meeting at a forum leaks half as often and builds trust
//  3. public statements, and the audience costs of breaking earlier ones
//  4. unilateral moves on issues the actor controls
//  5. agreement terms: fulfil or renege, ratification votes, verification, deadlines
//  6. dilemma choices
//  7. leaks of private messages
//  8. variable changes
//  9. domestic support, trust and face drift back toward their baselines
//  10. beliefs: every actor's Bayesian update over every other actor's type
//  11. end conditions; then the calendar advances and the next morning runs:
//     due events fire, forums open, messages arrive, intel is delivered
//
// Every change is written to the Log with its cause. The random source lives
// in the State, actors and issues are always walked in scenario order, and so
// the same scenario, seed and orders give the same log byte for byte.
package game
