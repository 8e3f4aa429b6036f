package debrief

// glossary explains, one line each, the terms of the instructor's report,
// so that an instructor can read it (and quote it) without the manual.
func (m *md) glossary() {
	m.heading("Words used in this report")
	for _, g := range [][2]string{
		{"True type", "the secret character drawn for each government at the start; every score and value in this report is judged by it."},
		{"Utility", "how well a state of the issues suits a type, 0 to 100: its weights over the issues times its values for their options."},
		{"Policy, home, home weight", "a score is the utility of the final issues (policy) mixed with standing at home (home: the mean of support and face); the home weight is home's share."},
		{"Status quo", "the issues as they stood at the start: doing nothing scores this."},
		{"History", "the issues as the real episode left them, scored by the same type."},
		{"Support, face, trust", "support is approval at home, face is standing abroad, trust is how far one government believes another's word; all 0 to 100."},
		{"Linkage", "how openly an offer ties its terms together: explicit (a stated trade), implicit (deniable), none."},
		{"Pareto-optimal, frontier", "a deal is Pareto-optimal when no other deal is better for one government without being worse for another; the frontier is the set of such deals."},
		{"Distance from the frontier", "how many utility points the final state falls short of the nearest Pareto-optimal deal."},
		{"Nash point", "the deal that maximises the product of every government's gain over the status quo: the textbook fair split."},
		{"Concession pattern", "how a negotiator's own offers lost value to it over time: boulware holds out then gives way late, linear gives way steadily, conceder gives way early, firm never gives way."},
		{"concession = time^e", "the curve that best fits those offers: e above 1 is late giving way, below 1 early."},
		{"Seed", "the number that drew the types and the chance events; the same seed and orders replay the same game."},
		{"Log hash", "a fingerprint of the whole game log: two games with the same hash went exactly the same way."},
		{"o1, a1", "offers and agreements are numbered in the order they were made."},
	} {
		m.bullet("**%s**: %s", g[0], g[1])
	}
}
