package scenario

import "fmt"

// lint warns about things that load but are likely mistakes. Warnings never
// stop a scenario; `backchannel validate` prints them and exits 0.
func (c *checker) lint() {
	c.lintEvents()
	c.lintActors()
	c.lintOptions()
	c.lintCapital()
	c.lintLabels()
	c.lintHeld()
}

// lintEvents warns about events the engine would never fire. Dates after
// the calendar are reported by dateLint.
func (c *checker) lintEvents() {
	for i, ev := range c.f.Events {
		p := joinIndex("events", i)
		switch {
		case !ev.Date.Set && !ev.When.Set:
			c.r.warnKey(p, "add date = YYYY-MM-DD or when = \"condition\"", "event %s can never fire: it has neither a date nor a condition", ev.ID)
		case c.neverRun[i]:
			c.r.warnVal(joinKey(p, "when"), "", "event %s can never fire: its condition is always false", ev.ID)
		}
	}
}

// lintActors warns about an actor that neither controls nor cares about
// any issue: it has nothing to negotiate with or for.
func (c *checker) lintActors() {
	controls := map[string]bool{}
	for _, is := range c.s.Issues {
		controls[is.Controller] = true
	}
	for _, ev := range c.s.Events {
		for _, e := range ev.Effects {
			if e.Kind == "controller" {
				controls[e.Actor] = true
			}
		}
	}
	for a, ad := range c.s.Actors {
		if controls[ad.ID] || len(ad.Types) == 0 {
			continue
		}
		cares := false
		for _, t := range ad.Types {
			for is, w := range t.Prefs.Weights {
				if w > 0 && len(t.Prefs.Values[is]) > 0 {
					cares = true
				}
			}
		}
		if !cares {
			c.r.warnKey(joinIndex("actors", a), "make it the controller of an issue, or give its types weights and values",
				"actor %s controls no issue and cares about none", ad.ID)
		}
	}
	for a, ad := range c.f.Actors {
		if allPriorsZero(ad) {
			c.r.warnKey(joinKey(joinIndex("actors", a), "types"), "give each type a prior above 0; priors need not add up to 1",
				"every type of actor %s has prior 0: the game draws one of them with equal chances", ad.ID)
			continue
		}
		for t, td := range ad.Types {
			p := joinIndex(joinKey(joinIndex("actors", a), "types"), t)
			if td.Prior == 0 && !c.d.failed[joinKey(p, "prior")] {
				c.r.warnKey(joinKey(p, "prior"), "set prior above 0; priors need not add up to 1",
					"type %s of actor %s has prior 0: it is never drawn", td.ID, ad.ID)
			}
		}
	}
}

// lintOptions warns about options that no type of any actor values: no
// one would ever work for them, which usually means missing values.
func (c *checker) lintOptions() {
	for i, is := range c.s.Issues {
		valued := make([]bool, len(is.Options))
		any := false
		for _, ad := range c.s.Actors {
			for _, t := range ad.Types {
				vals := t.Prefs.Values[is.ID]
				if t.Prefs.Weights[is.ID] <= 0 || len(vals) != len(is.Options) {
					continue
				}
				any = true
				for j, v := range vals {
					if v > 0 {
						valued[j] = true
					}
				}
			}
		}
		p := joinIndex("issues", i)
		if !any {
			c.r.warnKey(p, fmt.Sprintf("give some type weights.%s and values.%s", is.ID, is.ID),
				"no type values any option of issue %s: it matters to no one", is.ID)
			continue
		}
		for j, ok := range valued {
			if !ok {
				c.r.warnKey(joinIndex(joinKey(p, "options"), j), "give it a value above 0 for some type",
					"no type values option %s of issue %s", is.Options[j].ID, is.ID)
			}
		}
	}
}
