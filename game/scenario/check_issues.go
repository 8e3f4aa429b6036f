package scenario

import "backchannel/game"

func (c *checker) issue(i int) {
	is := c.f.Issues[i]
	p := joinIndex("issues", i)
	def := game.IssueDef{ID: is.ID, Name: is.Name, Label: is.Label, Description: is.Description, Start: is.Start,
		Controller: is.Controller, Historical: is.Historical, Headline: is.Headline,
		History: game.HistoryNote{Date: string(is.History.Date), Text: is.History.Text, Source: is.History.Source}}
	for k, o := range is.Options {
		name := o.Name
		if name == "" {
			name = o.ID
		}
		op := joinIndex(joinKey(p, "options"), k)
		c.refs(joinKey(op, "near"), "option", o.Near, c.options[i])
		for n, id := range o.Near {
			if id == o.ID {
				c.r.errVal(joinIndex(joinKey(op, "near"), n), "list only the other options that also keep the promise",
					"option %s is listed as near itself", id)
			}
		}
		od := game.OptionDef{ID: o.ID, Name: name, Label: o.Label, Irreversible: o.Irreversible, Near: o.Near}
		for n, x := range o.IfRevealed {
			xp := joinIndex(joinKey(op, "if_revealed"), n)
			c.ref(joinKey(xp, "actor"), "actor", x.Actor, c.actors)
			if x.Face == 0 && x.Support == 0 && !c.d.failed[joinKey(xp, "face")] && !c.d.failed[joinKey(xp, "support")] {
				c.r.errKey(xp, "add face = N or support = N (0-100): what "+x.Actor+" loses when the secret comes out",
					"this entry costs %s nothing", x.Actor)
			}
			od.IfRevealed = append(od.IfRevealed, game.Exposure{Actor: x.Actor, Face: x.Face, Support: x.Support})
		}
		def.Options = append(def.Options, od)
	}
	of := "of issue " + is.ID
	c.ref(joinKey(p, "start"), "option", is.Start, c.options[i], of)
	c.ref(joinKey(p, "historical"), "option", is.Historical, c.options[i], of)
	c.ref(joinKey(p, "controller"), "actor", is.Controller, c.actors)
	for k, cr := range is.Consent {
		rp := joinIndex(joinKey(p, "consent"), k)
		rule := game.ConsentRule{Options: cr.Options, Actors: cr.Actors}
		c.refs(joinKey(rp, "options"), "option", cr.Options, c.options[i])
		c.refs(joinKey(rp, "actors"), "actor", cr.Actors, c.actors)
		if r := cr.Ratification; r != nil {
			c.ref(joinKey(joinKey(rp, "ratification"), "actor"), "actor", r.Actor, c.actors)
			rule.Ratification = &game.Ratification{Body: r.Body, Actor: r.Actor, Threshold: r.Threshold, Spread: r.Spread}
		}
		if len(cr.Actors) == 0 && cr.Ratification == nil && !c.d.failed[joinKey(rp, "actors")] {
			c.r.errKey(rp, "add actors = [...] or a ratification table", "a consent rule needs actors or a ratification vote")
		}
		def.Consent = append(def.Consent, rule)
	}
	c.s.Issues = append(c.s.Issues, def)
}

func (c *checker) variable(i int) {
	v := c.f.Variables[i]
	p := joinIndex("variables", i)
	def := game.VariableDef{ID: v.ID, Name: v.Name, Unit: v.Unit, Start: v.Start, Min: v.Min, Max: v.Max, Secret: v.Secret}
	switch {
	case c.d.failed[joinKey(p, "min")] || c.d.failed[joinKey(p, "max")]:
	case v.Min >= v.Max:
		c.r.errVal(joinKey(p, "max"), "", "max (%v) must be above min (%v)", v.Max, v.Min)
	case v.Start < v.Min || v.Start > v.Max:
		c.r.errVal(joinKey(p, "start"), "", "start = %v is outside min..max (%v..%v)", v.Start, v.Min, v.Max)
	}
	for k, r := range v.Rules {
		rp := joinIndex(joinKey(p, "rules"), k)
		rule := game.ChangeRule{When: c.condition(joinKey(rp, "when"), r.When), Delta: c.quantity(joinKey(rp, "delta"), r.Delta)}
		def.Rules = append(def.Rules, rule)
	}
	c.s.Variables = append(c.s.Variables, def)
}
