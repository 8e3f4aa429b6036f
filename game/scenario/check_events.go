package scenario

import (
	"fmt"
	"strings"

	"backchannel/game"
)

func (c *checker) event(i int) {
	ev := c.f.Events[i]
	p := joinIndex("events", i)
	def := game.EventDef{ID: ev.ID, Name: ev.Name, Date: ev.Date.D, Chance: ev.Chance, Mode: game.EventMode(ev.Mode),
		Repeat: ev.Repeat, Headline: ev.Headline, Text: ev.Text, Audience: ev.Audience, Ends: ev.Ends}
	if def.Name == "" {
		def.Name = ev.Headline
	}
	if ev.Date.Set {
		c.dateLint(joinKey(p, "date"), ev.Date.D, "the event")
	}
	def.When = c.condition(joinKey(p, "when"), ev.When)
	if b, ok := def.When.(game.CondFunc); ok && !b(nil) {
		c.neverRun[i] = true
	}
	c.refs(joinKey(p, "audience"), "actor", ev.Audience, c.actors)
	def.Effects = c.effects(joinKey(p, "effects"), ev.Effects)
	for k, in := range ev.Intel {
		def.Intel = append(def.Intel, c.intel(joinIndex(joinKey(p, "intel"), k), in))
	}
	if ev.Dilemma != nil {
		def.Dilemma = c.dilemma(joinKey(p, "dilemma"), ev.Dilemma)
	}
	c.s.Events = append(c.s.Events, def)
}

// dateLint warns about a date outside the calendar.
func (c *checker) dateLint(path string, d game.Date, what string) {
	cal := c.s.Calendar
	if c.d.failed[path] || c.inCalendar(d) || cal.Start.IsZero() {
		return
	}
	if d.Before(cal.Start) {
		c.r.warnVal(path, fmt.Sprintf("the calendar runs %s to %s", cal.Start, cal.End),
			"date %s is before the calendar starts: %s comes on the first turn", d, what)
		return
	}
	c.r.warnVal(path, fmt.Sprintf("the calendar runs %s to %s", cal.Start, cal.End),
		"date %s is after the calendar ends: %s can never come", d, what)
}

// effectKeys says, per effect kind, which keys it needs; it takes no
// others, except that trust may name the other actor.
var effectKeys = map[string][]string{
	"set_var":     {"variable", "amount"},
	"add_var":     {"variable", "amount"},
	"set_option":  {"issue", "option"},
	"support":     {"actor", "amount"},
	"face":        {"actor", "amount"},
	"trust":       {"actor", "amount"},
	"capital":     {"actor", "amount"},
	"leak_chance": {"actor", "amount"},
	"controller":  {"issue", "actor"},
	"send_offer":  {"offer"},
	"insist":      {"actor", "issue", "option"},
	"rule_out":    {"actor", "issue", "option"},
	"embarrass":   {"actor", "other", "amount"},
}

var effectAll = []string{"actor", "other", "issue", "option", "variable", "amount", "offer"}

func (c *checker) effects(path string, list []effectDef) []game.Effect {
	var out []game.Effect
	for j, e := range list {
		ep := joinIndex(path, j)
		need, known := effectKeys[e.Kind]
		if !known {
			continue // the decoder reported the kind
		}
		given := map[string]bool{"actor": e.Actor != "", "other": e.Other != "", "issue": e.Issue != "",
			"option": e.Option != "", "variable": e.Variable != "", "amount": e.Amount.Set, "offer": e.Offer != ""}
		for _, k := range effectAll {
			has := given[k] || c.d.failed[joinKey(ep, k)]
			switch {
			case contains(need, k) && !has:
				c.r.errKey(ep, "", "%s effect needs %s", aKind(e.Kind), k)
			case has && !contains(need, k) && !(k == "other" && e.Kind == "trust"):
				c.r.errKey(joinKey(ep, k), fmt.Sprintf("%s effect takes %s", aKind(e.Kind), joinWords(need)), "%s effect takes no %s", aKind(e.Kind), k)
			}
		}
		eff := game.Effect{Kind: game.EffectKind(e.Kind), Actor: e.Actor, Other: e.Other, Issue: e.Issue,
			Option: e.Option, Variable: e.Variable, Amount: c.quantity(joinKey(ep, "amount"), e.Amount), Offer: e.Offer}
		if c.ref(joinKey(ep, "offer"), "offer tag", e.Offer, c.tags()) {
			c.sent[e.Offer] = true
		}
		c.ref(joinKey(ep, "actor"), "actor", e.Actor, c.actors)
		if e.Other != "*" {
			c.ref(joinKey(ep, "other"), "actor", e.Other, c.actors)
		}
		c.ref(joinKey(ep, "variable"), "variable", e.Variable, c.vars)
		if c.ref(joinKey(ep, "issue"), "issue", e.Issue, c.issues) {
			c.ref(joinKey(ep, "option"), "option", e.Option, c.options[c.issueIndex(e.Issue)], "of issue "+e.Issue)
		}
		if e.Kind == "embarrass" && (e.Other == "*" || e.Other != "" && e.Other == e.Actor) {
			c.r.errKey(joinKey(ep, "other"), "name the one actor the embarrassed one blames", "an embarrass effect needs another single actor")
		}
		if e.Kind == "controller" {
			// The new controller: the engine reads it from Other.
			eff.Other = e.Actor
		}
		out = append(out, eff)
	}
	return out
}

// aKind is an effect kind with its article: "a trust", "an embarrass".
func aKind(kind string) string {
	if kind != "" && strings.ContainsRune("aeiou", rune(kind[0])) {
		return "an " + kind
	}
	return "a " + kind
}

func joinWords(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	s := ""
	for i, w := range ws[:len(ws)-1] {
		if i > 0 {
			s += ", "
		}
		s += w
	}
	return s + " and " + ws[len(ws)-1]
}

func (c *checker) intel(p string, in intelDef) game.IntelDef {
	c.ref(joinKey(p, "to"), "actor", in.To, c.actors)
	c.ref(joinKey(p, "about"), "actor", in.About, c.actors)
	switch {
	case in.Text == "" && in.About == "":
		c.r.errKey(p, "set about for a report on an actor's type, or text for a written report", "an intel report needs about or text")
	case in.Text == "" && in.Reliability == nil && !c.d.failed[joinKey(p, "reliability")]:
		c.r.errKey(p, "a type report names the true type with this probability", "a type report needs reliability")
	case in.Planted && in.Text == "":
		c.r.errKey(joinKey(p, "planted"), "a type report is wrong by chance, from its reliability", "only a text report can be planted")
	}
	def := game.IntelDef{To: in.To, About: in.About, Text: in.Text, False: in.Planted}
	if in.Reliability != nil {
		def.Reliability = *in.Reliability
	}
	return def
}

func (c *checker) dilemma(p string, d *dilemmaDef) *game.DilemmaDef {
	c.ref(joinKey(p, "actor"), "actor", d.Actor, c.actors)
	def := &game.DilemmaDef{Actor: d.Actor, Prompt: d.Prompt, Default: d.Default, Deadline: d.Deadline}
	cp := joinKey(p, "choices")
	ids := c.collect("choice", cp, len(d.Choices), func(i int) string { return d.Choices[i].ID })
	for k, ch := range d.Choices {
		def.Choices = append(def.Choices, game.ChoiceDef{ID: ch.ID, Label: ch.Label,
			Effects: c.effects(joinKey(joinIndex(cp, k), "effects"), ch.Effects)})
	}
	c.ref(joinKey(p, "default"), "choice", d.Default, ids)
	return def
}
