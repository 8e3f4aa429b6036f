package scenario

import (
	"strings"

	"backchannel/game"
)

func (c *checker) actor(a int) {
	ad := c.f.Actors[a]
	p := joinIndex("actors", a)
	def := game.ActorDef{ID: ad.ID, Name: ad.Name, Short: ad.Short, Leader: ad.Leader, Colour: ad.Colour,
		Lon: ad.Lon, Lat: ad.Lat, Briefing: ad.Briefing, Objectives: ad.Objectives, Support: 50,
		Leakiness: ad.Leakiness, Capital: ad.Capital, HistoricalType: ad.HistoricalType,
		AI: game.Profile{Curve: ad.AI.Curve, Exponent: ad.AI.Exponent, Patience: ad.AI.Patience, Risk: ad.AI.Risk,
			Leakiness: ad.AI.Leakiness, FaceSensitivity: ad.AI.FaceSensitivity}}
	if def.Short == "" {
		def.Short = def.Name
	}
	if ad.Support != nil {
		def.Support = *ad.Support
	}
	if def.AI.Curve == "" {
		def.AI.Curve = "linear"
	}
	if def.AI.Exponent == 0 {
		def.AI.Exponent = 1
	}
	c.ref(joinKey(p, "historical_type"), "type", ad.HistoricalType, c.types[a], "of actor "+ad.ID)
	for t := range ad.Types {
		def.Types = append(def.Types, c.typeDef(a, t))
	}
	c.s.Actors = append(c.s.Actors, def)
}

func (c *checker) typeDef(a, t int) game.TypeDef {
	td := c.f.Actors[a].Types[t]
	p := joinIndex(joinKey(joinIndex("actors", a), "types"), t)
	def := game.TypeDef{ID: td.ID, Name: td.Name, Description: td.Description, Prior: td.Prior,
		Prefs: game.Preferences{Weights: map[string]float64{}, Values: map[string][]float64{},
			Reservation: td.Reservation, LinkageAversion: td.LinkageAversion, PublicityAversion: td.PublicityAversion,
			HomeWeight: td.HomeWeight}}
	for _, is := range sortedKeys(td.Weights) {
		wp := joinKey(joinKey(p, "weights"), is)
		if !c.refKey(wp, "issue", is, c.issues) {
			continue
		}
		def.Prefs.Weights[is] = td.Weights[is]
		vp := joinKey(joinKey(p, "values"), is)
		if _, ok := td.Values[is]; !ok && td.Weights[is] > 0 && !c.d.failed[joinKey(p, "values")] && !c.d.failed[vp] {
			c.r.errKey(wp, "add values."+is+" = [...], one per option, or drop the weight",
				"weight for issue %s but no values: the issue would not count", is)
		}
	}
	for _, is := range sortedKeys(td.Values) {
		vp := joinKey(joinKey(p, "values"), is)
		i := c.issueIndex(is)
		if !c.refKey(vp, "issue", is, c.issues) || i < 0 {
			continue
		}
		if vals, ok := c.alignValues(vp, i, td.Values[is]); ok {
			def.Prefs.Values[is] = vals
		}
		if td.Weights[is] == 0 && !c.d.failed[joinKey(p, "weights")] && !c.d.failed[joinKey(joinKey(p, "weights"), is)] {
			c.r.warnKey(vp, "add weights."+is+" to make it count, or drop the values",
				"values for issue %s but no weight: the issue does not count for this type", is)
		}
	}
	for k, rl := range td.RedLines {
		if ref, ok := c.optionRef(joinIndex(joinKey(p, "red_lines"), k), rl); ok {
			def.Prefs.RedLines = append(def.Prefs.RedLines, ref)
		}
	}
	return def
}

func (c *checker) issueIndex(id string) int {
	for i, v := range c.issues {
		if v == id && id != "" {
			return i
		}
	}
	return -1
}

// alignValues turns either form of values into one number per option, in
// option order.
func (c *checker) alignValues(path string, issue int, vv valuesValue) ([]float64, bool) {
	opts := c.options[issue]
	if c.d.failed[path] || len(uniq(opts)) != len(opts) {
		return nil, false // already reported: bad values, or duplicate options
	}
	if !vv.IsTable {
		if len(vv.List) != len(opts) {
			c.r.errVal(path, "one value per option, in order: "+strings.Join(opts, ", "),
				"%d values for the %d options of %s", len(vv.List), len(opts), c.issues[issue])
			return nil, false
		}
		return vv.List, true
	}
	ok := true
	for _, o := range sortedKeys(vv.ByOption) {
		if !c.refKey(joinKey(path, o), "option", o, opts, "of issue "+c.issues[issue]) {
			ok = false
		}
	}
	out := make([]float64, len(opts))
	var missing []string
	for j, o := range opts {
		v, has := vv.ByOption[o]
		if !has {
			missing = append(missing, o)
		}
		out[j] = v
	}
	if len(missing) > 0 {
		c.r.errVal(path, "give every option a value", "values for %s miss option %s", c.issues[issue], strings.Join(missing, ", "))
		ok = false
	}
	return out, ok
}

// optionRef reads "issue.option".
func (c *checker) optionRef(path, s string) (game.OptionRef, bool) {
	if c.d.failed[path] {
		return game.OptionRef{}, false
	}
	issue, option, found := strings.Cut(s, ".")
	if !found {
		c.r.errVal(path, "write it as \"issue.option\", such as \"third_site.build\"", "bad red line %q", s)
		return game.OptionRef{}, false
	}
	i := c.issueIndex(issue)
	if i < 0 {
		c.known(path, false, "issue", issue, c.issues)
		return game.OptionRef{}, false
	}
	if !c.known(path, false, "option", option, c.options[i], "of issue "+issue) {
		return game.OptionRef{}, false
	}
	return game.OptionRef{Issue: issue, Option: option}, true
}
