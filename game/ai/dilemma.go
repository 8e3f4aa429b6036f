package ai

import (
	"backchannel/game"
)

// dilemmas answers the dilemmas put to the seat with the choice whose
// effects it values most, the default on a tie.
func (c *ctx) dilemmas() {
	for n := range c.v.Dilemmas {
		d := &c.v.Dilemmas[n]
		if d.Actor != c.v.Actor || d.Choice != "" || d.Deadline < c.v.Turn {
			continue
		}
		def := c.dilemmaDef(d)
		if def == nil || len(def.Choices) == 0 {
			c.note(-1, "", "%s cannot see the choices of dilemma %s, so the default will stand.", c.name(c.me), d.ID)
			continue
		}
		best, bestVal := -1, 0.0
		for k, ch := range def.Choices {
			val := c.effectsValue(ch.Effects)
			if ch.ID == def.Default {
				val += 0.01 // prefer the default on a tie
			}
			if best < 0 || val > bestVal {
				best, bestVal = k, val
			}
		}
		ch := def.Choices[best]
		i := c.add(game.Order{Kind: game.OrderChoose, Dilemma: d.ID, Choice: ch.ID})
		label := ch.Label
		if label == "" {
			label = ch.ID
		}
		c.note(i, "", "%s answers %q with %q: of the choices it is worth most to it (%+.1f points).", c.name(c.me), def.Prompt, label, bestVal)
	}
}

// dilemmaDef finds the definition of a dilemma put to the seat. The view
// carries the dilemma but not its choices, so they come from the scenario
// given with SetScenario, read for this dilemma only.
func (c *ctx) dilemmaDef(d *game.Dilemma) *game.DilemmaDef {
	sc := c.s.full
	if sc == nil || d.Event < 0 || d.Event >= len(sc.Events) {
		return nil
	}
	def := sc.Events[d.Event].Dilemma
	if def == nil || def.Actor != c.v.Actor {
		return nil
	}
	return def
}

// effectsValue rates a choice's effects in utility points for the seat:
// issue moves by its preferences; its own support, face and capital as
// room to manoeuvre; others' trust in it as future credibility; variables,
// which its preferences do not value, not at all.
func (c *ctx) effectsValue(es []game.Effect) float64 {
	f := viewFacts{c}
	val := 0.0
	for _, e := range es {
		amount := 0.0
		if e.Amount != nil {
			amount = e.Amount.Value(f)
		}
		mine := e.Actor == c.v.Actor
		switch e.Kind {
		case game.EffectSetOption:
			if i, ok := c.m.issue[e.Issue]; ok {
				if j, ok := c.m.option[i][e.Option]; ok {
					val += c.own.delta(i, c.now[i], j)
				}
			}
		case game.EffectSupport:
			if mine {
				val += 0.5 * (0.5 + c.own.prefs.PublicityAversion) * amount
			}
		case game.EffectFace:
			if mine {
				val += 0.1 * (0.5 + c.prof.FaceSensitivity) * amount
			}
		case game.EffectTrust:
			if e.Other == c.v.Actor || (!mine && (e.Other == "" || e.Other == "*")) {
				val += 0.1 * amount
			}
		case game.EffectCapital:
			if mine {
				val += amount
			}
		case game.EffectLeak:
			if mine {
				val -= 3 * amount
			}
		case game.EffectController:
			if e.Other == c.v.Actor {
				val += 2
			}
		}
	}
	return val
}

// viewFacts answers scenario expressions from the seat's view: what it
// cannot see (secret variables, trust between others) reads as unknown.
type viewFacts struct{ c *ctx }

func (f viewFacts) Var(id string) float64 {
	for i, vd := range f.c.m.sc.Variables {
		if vd.ID == id && i < len(f.c.v.Vars) && f.c.v.VarKnown[i] {
			return f.c.v.Vars[i]
		}
	}
	return 0
}

func (f viewFacts) Option(issue string) string {
	if i, ok := f.c.m.issue[issue]; ok {
		return f.c.m.sc.Issues[i].Options[f.c.now[i]].ID
	}
	return ""
}

func (f viewFacts) Support(actor string) float64 {
	if a, ok := f.c.m.actor[actor]; ok {
		return f.c.v.Support[a]
	}
	return 0
}

func (f viewFacts) Face(actor string) float64 {
	if a, ok := f.c.m.actor[actor]; ok {
		return f.c.v.Face[a]
	}
	return 0
}

func (f viewFacts) Trust(from, to string) float64 {
	a, okA := f.c.m.actor[from]
	b, okB := f.c.m.actor[to]
	switch {
	case !okA || !okB:
		return 0
	case a == f.c.me:
		return f.c.v.Trust[b]
	case b == f.c.me:
		return f.c.trustIn[a]
	}
	return 50
}

func (f viewFacts) Turn() int       { return f.c.v.Turn }
func (f viewFacts) Date() game.Date { return f.c.v.Date }

func (f viewFacts) Fired(event string) bool { return containsStr(f.c.s.mem.fired, event) }
