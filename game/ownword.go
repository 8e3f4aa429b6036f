package game

// The sender of an offer is bound by its public words as its recipients
// are: accepting a package that goes back on a statement breaks it (see
// replies), and so do two deeds of the sender's own: its public offer once
// agreed, and carrying out its own term of any deal. Without them a
// government could rule an option out in public, then promise and deliver
// it in a letter of its own at no cost at home.

// senderKeepsWord charges the sender of a public offer that has just
// become an agreement for any of its standing statements the terms go
// back on: the audience watched it climb down. A private letter binds its
// sender only through the deeds the public sees (carrying out its terms).
func (g *Game) senderKeepsWord(off *Offer) {
	a := g.ActorIndex(off.From)
	if a < 0 || !off.Public {
		return
	}
	g.keepWord(a, off.Terms, "agreeing to its own offer to "+g.names(off.To))
}

// fulfilKeepsWord charges actor a when carrying out its term moves issue i
// to option j against one of its standing statements (one it made after
// the agreement; earlier ones broke when the deal was struck). Keeping an
// issue where it stands is no deed the public sees.
func (g *Game) fulfilKeepsWord(a, i, j int) {
	if g.Options[i] == j {
		return
	}
	is := g.Scen.Issues[i]
	g.keepWord(a, []Term{{Actor: g.Scen.Actors[a].ID, Issue: is.ID, Option: is.Options[j].ID}}, "carrying out its promise on "+is.Name)
}

// goesBack reports whether actor a's moving issue i to option j would go
// back on one of its standing statements, by keepWord's rule.
func (g *Game) goesBack(a, i, j int) bool {
	me, is := g.Scen.Actors[a].ID, g.Scen.Issues[i]
	for _, st := range g.Statements {
		if st.Actor == me && !st.Broken && st.Issue == is.ID && (st.Oppose == (st.Option == is.Options[j].ID)) {
			return true
		}
	}
	return false
}
