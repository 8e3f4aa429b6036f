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
		if len(def.Choices) == 0 {
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

// dilemmaDef reads the dilemma's prompt and choices from the view, and
// its default from the scenario given with SetScenario if there is one
// (the view does not say which choice is the default; without it, ties go
// to the first choice).
func (c *ctx) dilemmaDef(d *game.Dilemma) game.DilemmaDef {
	def := game.DilemmaDef{Actor: d.Actor, Prompt: d.Prompt, Choices: d.Choices}
	if sc := c.s.full; sc != nil && d.Event >= 0 && d.Event < len(sc.Events) {
		if full := sc.Events[d.Event].Dilemma; full != nil && full.Actor == c.v.Actor {
			def.Default = full.Default
			if len(def.Choices) == 0 {
				def.Prompt, def.Choices = full.Prompt, full.Choices
			}
		}
	}
	return def
}

// effectsValue rates a choice's effects in utility points for the seat:
// issue moves by its preferences; its own support and face as room to
// manoeuvre and as standing at home, which its score counts; capital; others' trust in it as future credibility; variables,
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
					val += c.own.delta(i, c.now[i], j) - c.forgone(i, j)
				}
			}
		case game.EffectSupport:
			if mine {
				val += (0.5*(0.5+c.own.prefs.PublicityAversion) + homeValue(c.v.Rules, c.own.prefs)) * amount
			}
		case game.EffectFace:
			if mine {
				val += (0.1*(0.5+c.prof.FaceSensitivity) + homeValue(c.v.Rules, c.own.prefs)) * amount
			}
		case game.EffectTrust:
			switch {
			case e.Other == c.v.Actor:
				val += amount * c.goodwill(e.Actor)
			case !mine && (e.Other == "" || e.Other == "*"):
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

// goodwill is what a point of actor id's trust is worth to the seat's
// type: a fortieth of what the seat stands to make in deals with id,
// halved by the end of the calendar (relations outlast the game, but a
// government near its end has fewer deals left to make); for a hard seat,
// which counts only the deals it can still make, nothing by the end. That is what id could give it (the
// best move of each issue id decides) and what it could sell id (the
// surplus of each move of its own that id values more than the seat
// minds making): trust is what makes such promises count. A type that
// needs a capital, or has something to sell it, minds its trust; one
// that neither wants nor offers anything does not, so types answer the
// same dilemma differently.
func (c *ctx) goodwill(id string) float64 {
	b, ok := c.m.actor[id]
	if !ok || b == c.me {
		return 0
	}
	stake := 0.0
	for i := range c.now {
		x := c.v.Controller[i]
		if x != b && x != c.me {
			continue
		}
		best := 0.0
		for j := range c.m.sc.Issues[i].Options {
			gain := c.own.delta(i, c.now[i], j)
			if x == c.me {
				gain += c.othersGain([]int{b}, i, c.now[i], j)
			}
			best = max(best, c.pr[i][j]*gain)
		}
		stake += best
	}
	left := 1 - 0.5*c.tau
	if c.d == Hard {
		// A hard seat looks ahead: trust pays only in deals still to be
		// made, and none are left at the end of the calendar.
		left = 1 - c.tau
	}
	return 0.025 * stake * left
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

// Type is the seat's own type for itself and, for another actor, the type
// the seat's beliefs make most likely (the first of equals): a seat knows
// no other's true type, but it can act on its reading of it, so type() in
// a dilemma's effects weighs as the seat believes. Unknown actors read "".
func (f viewFacts) Type(actor string) string {
	c := f.c
	b, ok := c.m.actor[actor]
	if !ok {
		return ""
	}
	types := c.m.sc.Actors[b].Types
	k := c.v.Type
	if b != c.me {
		k = likeliest(c.beliefs(b))
	}
	if k < 0 || k >= len(types) {
		return ""
	}
	return types[k].ID
}

func (f viewFacts) Leaked(tag string) bool {
	for _, o := range f.c.v.Offers {
		if o.Leaked && o.Tag == tag {
			return true
		}
	}
	return false
}

func (f viewFacts) Agreed(issue, option string) bool {
	for _, ag := range f.c.v.Agreements {
		for _, t := range ag.Terms {
			if t.Issue == issue && t.Option == option {
				return true
			}
		}
	}
	return false
}

// Reneged reads the agreements the seat can see.
func (f viewFacts) Reneged(actor string) bool {
	for _, ag := range f.c.v.Agreements {
		for _, t := range ag.Terms {
			if t.Actor == actor && t.Status == game.TermReneged {
				return true
			}
		}
	}
	return false
}

func (f viewFacts) Stated(actor, issue, option string) bool {
	for _, s := range f.c.v.Statements {
		if s.Actor == actor && s.Issue == issue && s.Option == option && !s.Oppose && !s.Broken {
			return true
		}
	}
	return false
}

// forgone is, for a hard seat, what a dilemma's answer gives away by
// setting an issue the seat decides to an option another actor wants:
// kept in hand, the move could have been sold to that actor in a deal.
// It counts half of what the keenest buyer would gain by the seat's
// beliefs (an even split of the trade), less as the calendar runs out
// and fewer deals remain. A normal seat takes each choice at face value.
func (c *ctx) forgone(i, j int) float64 {
	if c.d != Hard || c.v.Controller[i] != c.me || j == c.now[i] {
		return 0
	}
	buyer := 0.0
	for b := range c.m.sc.Actors {
		if b != c.me {
			buyer = max(buyer, c.othersGain([]int{b}, i, c.now[i], j))
		}
	}
	return 0.5 * buyer * (1 - c.tau)
}
