// Package ai plays Backchannel's governments: an AI Seat reads one actor's
// game.View each turn and returns a Decision, the orders it gives and the
// reasons for each in plain words.
//
// A seat sees exactly what a human in the same seat would: its own type,
// its beliefs about the others, the public facts and its own messages. It
// never reads a *game.Game. Everything it does follows from the view, the
// seat's seed and the turn, so a seat replays identically on every
// platform: no maps are iterated, no clock is read, floating-point
// transcendentals come from package fmath, and the only randomness (leaks
// and bluffs) comes from a PCG seeded by seed, turn and actor.
//
// The model, in brief:
//
//   - An offer is worth its expected utility: each term counts with the
//     chance that it takes effect (the counterpart's fulfilment given trust
//     and linkage, ratification odds), less the costs of explicit linkage,
//     publicity and broken public statements.
//   - It is accepted when that reaches the seat's aspiration, which starts at
//     the best deal it could hope for with those parties and concedes over
//     the calendar along its profile's curve down to a floor: its
//     reservation (with domestic pressure) or what it already holds.
//     Embarrassment pushes the aspiration back up toward whoever caused it.
//   - Proposals maximise the seat's gain times the chance of acceptance,
//     averaged over its beliefs about the counterpart's type.
//   - Every refusal names the smallest change that would turn it into an
//     acceptance, found by re-running the same evaluation on edited offers.
package ai
