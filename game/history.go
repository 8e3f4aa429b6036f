package game

// Facts about what has happened between the actors, for the scenario
// expressions type(), leaked(), agreed(), reneged() and stated().

// TypeOf returns the id of an actor's true type, or "". It is the engine's
// secret: views never carry it, so only scenario expressions the engine
// runs may read it.
func (g *Game) TypeOf(actor string) string {
	a := g.ActorIndex(actor)
	if a < 0 {
		return ""
	}
	return g.Scen.Actors[a].Types[g.Types[a]].ID
}

// HasLeaked reports whether an offer the scenario tagged has leaked.
func (g *Game) HasLeaked(tag string) bool {
	for _, o := range g.Offers {
		if o.Leaked && o.Tag == tag {
			return true
		}
	}
	return false
}

// HasAgreed reports whether some agreement, whatever became of it, has a
// term setting the issue to the option.
func (g *Game) HasAgreed(issue, option string) bool {
	for _, ag := range g.Agreements {
		for _, t := range ag.Terms {
			if t.Issue == issue && t.Option == option {
				return true
			}
		}
	}
	return false
}

// HasReneged reports whether the actor has reneged on an agreed term: the
// log holds every renege, whichever rule caused it.
func (g *Game) HasReneged(actor string) bool {
	for _, e := range g.Log {
		if e.Kind == KindRenege && e.Actor == actor {
			return true
		}
	}
	return false
}

// HasStated reports whether the actor has stated support for the option in
// public and not gone back on it.
func (g *Game) HasStated(actor, issue, option string) bool {
	for _, s := range g.Statements {
		if s.Actor == actor && s.Issue == issue && s.Option == option && !s.Oppose && !s.Broken {
			return true
		}
	}
	return false
}
