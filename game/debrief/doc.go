// Package debrief turns a game into a lesson: it analyses a finished (or
// unfinished) game from its state and its log, with every actor's true type
// in view, for the debrief screen and the instructor's report.
//
// Analyze gives a Report:
//
//   - scores against the status quo and against history, and each issue's
//     outcome beside what really happened (date, text, source);
//   - series per turn of every actor's utility (of its true type), domestic
//     support, face and trust, rebuilt from the log: point 0 is the start,
//     point t the state once everything logged in turn t has happened;
//   - the true types, and how much the others believed in them at the end;
//   - turning points: the turns in which some actor's utility moved most,
//     with the log entries of that turn that explain it;
//   - the deals that were possible: the Pareto frontier and the Nash
//     bargaining point over every combination of issue options, judged by
//     the true types, and how far the final state lies from both;
//   - each player's concession pattern (Boulware, linear, conceder) from
//     the value to itself of the offers it made over time;
//   - the offers with their answers, the agreements, statements and
//     dilemma choices, and a timeline of the significant log entries.
//
// # Deals
//
// A deal is one option for every issue. When the product of the option
// counts is at most Options.MaxEnumerate (200 000 by default) every deal is
// evaluated and the frontier is exact. Beyond that, the search is a
// heuristic, deterministic for a given scenario: the status quo, the final
// and the historical deals, Options.Samples random deals, and, from each of
// them, coordinate ascent (one issue at a time, to the best option, until
// nothing improves) on a random weighted sum of the actors' utilities, since
// every maximum of a positively weighted sum is Pareto-optimal; then, in
// rounds, every deal one issue away from a frontier deal, which finds the
// frontier deals no weighted sum reaches. The frontier is the non-dominated
// set of the deals seen, and Deals.Exact is false.
//
// The Nash bargaining point takes the status quo as the disagreement point:
// among the deals that leave nobody worse off than the status quo, it
// maximises the product of the gains of the actors who can gain at all
// (an actor already at its best in the status quo would make every product
// zero). If no single deal gives all of those actors a gain, it maximises
// the sum of the gains instead, and Deals.NashMethod says so.
//
// # Concessions
//
// For each player, the offers it sent (opening offers of the scenario
// excluded) are valued by its own true type: the utility of the state at the
// moment of sending with the offer's terms carried out. Concession is the
// fall in that value since the first offer, as a share of the largest fall;
// time runs from the first offer (0) to the last (1). The exponent e of the
// curve concession = time^e that fits best (least squares) names the
// pattern: e ≥ 1.6 Boulware (holds out, then gives way late), e ≤ 0.625
// conceder (gives way early), linear between. A player whose offers never
// fell by a utility point is "firm"; fewer than three offers is "unknown".
package debrief
