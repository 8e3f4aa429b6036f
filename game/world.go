package game

import (
	"fmt"
	"strconv"
)

// addTrust changes how much actor a trusts actor b, within 0-100.
func (g *Game) addTrust(a, b int, d float64, cause string) {
	if a < 0 || b < 0 || a == b || d == 0 {
		return
	}
	old := g.Trust[a][b]
	g.Trust[a][b] = clamp(old+d, 0, 100)
	g.logf(Entry{Kind: KindTrust, Actor: g.Scen.Actors[a].ID, Other: g.Scen.Actors[b].ID, Old: old, New: g.Trust[a][b],
		Seen: g.alone(b, ""), Cause: cause, Text: g.change(g.actorName(a)+"'s trust in "+g.actorName(b), old, g.Trust[a][b])})
}

// change writes "what: old → new." with both levels as pct writes them,
// building the text in the game's scratch buffer: a turn logs dozens.
func (g *Game) change(what string, old, new float64) string {
	b := append(g.text[:0], what...)
	b = append(b, ": "...)
	b = appendPct(b, old)
	b = append(b, " → "...)
	b = appendPct(b, new)
	b = append(b, '.')
	g.text = b
	return string(b)
}

// addSupport changes an actor's domestic support, within 0-100. Support is
// polled, so everyone sees it.
func (g *Game) addSupport(a int, d float64, cause string) {
	if a < 0 || d == 0 {
		return
	}
	old := g.Support[a]
	g.Support[a] = clamp(old+d, 0, 100)
	g.logf(Entry{Kind: KindSupport, Actor: g.Scen.Actors[a].ID, Old: old, New: g.Support[a], Public: true, Cause: cause,
		Text: g.change("Support at home for "+g.actorName(a), old, g.Support[a])})
}

// addFace changes an actor's prestige, within 0-100.
func (g *Game) addFace(a int, d float64, cause string) {
	if a < 0 || d == 0 {
		return
	}
	old := g.Face[a]
	g.Face[a] = clamp(old+d, 0, 100)
	g.logf(Entry{Kind: KindFace, Actor: g.Scen.Actors[a].ID, Old: old, New: g.Face[a], Public: true, Cause: cause,
		Text: g.change(g.actorName(a)+"'s standing", old, g.Face[a])})
}

// embarrass costs actor a face, caused by actor b. The bigger the loss of
// face, the longer a stays embarrassed (up to three times
// Rules.EmbarrassTurns) and the larger its grievance against b: for that
// while it concedes less to b (see View.ReservationFor).
func (g *Game) embarrass(a, b int, face float64, cause string) {
	if a < 0 || b < 0 || a == b || g.Rules.Off.Embarrassment {
		return
	}
	g.addFace(a, -face, cause)
	base := float64(g.Rules.EmbarrassTurns)
	turns := int(clamp(base*face/6+0.5, 1, 3*base))
	g.Embarrassed[a][b] = max(g.Embarrassed[a][b], turns)
	g.Grievance[a][b] = round4(g.Grievance[a][b] + face)
	g.addTrust(a, b, -face, cause)
}

// applyEffects carries out scenario effects in order.
func (g *Game) applyEffects(effects []Effect, cause string) {
	f := facts{g}
	for _, e := range effects {
		amount := 0.0
		if e.Amount != nil {
			amount = e.Amount.Value(f)
		}
		a, b := g.ActorIndex(e.Actor), g.ActorIndex(e.Other)
		switch e.Kind {
		case EffectSetVar, EffectAddVar:
			if v, ok := g.ix.variable[e.Variable]; ok {
				if e.Kind == EffectAddVar {
					amount += g.Vars[v]
				}
				g.setVar(v, amount, cause)
			}
		case EffectSetOption:
			if i, j, err := g.lookupOption(e.Issue, e.Option); err == nil {
				g.setOption(i, j, "", KindOption, cause)
			}
		case EffectSupport:
			g.addSupport(a, amount, cause)
		case EffectFace:
			g.addFace(a, amount, cause)
		case EffectTrust:
			g.addTrust(a, b, amount, cause)
			if e.Other == "" || e.Other == "*" {
				for o := range g.Scen.Actors {
					g.addTrust(a, o, amount, cause)
				}
			}
		case EffectCapital:
			if a >= 0 {
				g.Capital[a] = max(0, g.Capital[a]+int(amount))
				g.logf(Entry{Kind: KindCapital, Actor: e.Actor, New: float64(g.Capital[a]), Seen: []string{e.Actor}, Cause: cause,
					Text: fmt.Sprintf("%s has %d points of political capital this turn.", g.name(e.Actor), g.Capital[a])})
			}
		case EffectLeak:
			if a >= 0 {
				g.LeakBoost[a] = clamp(g.LeakBoost[a]+amount, 0, 5)
			}
		case EffectSendOffer:
			for _, o := range g.Scen.Opening {
				if o.Tag == e.Offer {
					g.openOffer(o, cause)
				}
			}
		case EffectInsist, EffectRuleOut:
			if i, j, err := g.lookupOption(e.Issue, e.Option); err == nil && a >= 0 {
				verb := "insisting on"
				if e.Kind == EffectRuleOut {
					verb = "ruling out"
				}
				g.onRecord(a, i, j, e.Kind == EffectRuleOut, cause, g.actorName(a)+" is on public record as "+verb+" "+g.optionTitle(i, j)+".")
			}
		case EffectEmbarrass:
			if amount > 0 { // a negative amount would restore face as a grievance
				g.embarrass(a, b, amount, cause)
			}
		case EffectController:
			if i := g.IssueIndex(e.Issue); i >= 0 && b >= 0 {
				g.Controller[i] = b
				g.logf(Entry{Kind: KindControl, Actor: e.Other, Issue: e.Issue, Public: true, Cause: cause,
					Text: fmt.Sprintf("%s now decides %s.", g.name(e.Other), g.Scen.Issues[i].Name)})
			}
		}
	}
}

func (g *Game) setVar(v int, value float64, cause string) {
	vd := g.Scen.Variables[v]
	value = round4(clamp(value, vd.Min, vd.Max))
	old := g.Vars[v]
	if value == old {
		return
	}
	g.Vars[v] = value
	b := append(g.text[:0], vd.Name...)
	b = append(b, ": "...)
	b = appendNum(b, old)
	b = append(b, " → "...)
	b = appendNum(b, value)
	b = append(b, unitSuffix(vd.Unit)...)
	b = append(b, '.')
	g.text = b
	g.logf(Entry{Kind: KindVar, Var: vd.ID, Old: old, New: value, Public: !vd.Secret, Cause: cause, Text: string(b)})
}

// changeVariables applies every variable's per-turn rules.
func (g *Game) changeVariables() {
	f := facts{g}
	for v, vd := range g.Scen.Variables {
		delta := 0.0
		for _, r := range vd.Rules {
			if r.When == nil || r.When.Holds(f) {
				if r.Delta != nil {
					delta += r.Delta.Value(f)
				}
			}
		}
		if delta != 0 {
			g.setVar(v, g.Vars[v]+delta, "per-turn change")
		}
	}
}

// drift eases support, face and trust back toward their baselines, and
// lets embarrassment and leak risk fade.
func (g *Game) drift() {
	k := g.Rules.SupportDrift
	for a := range g.Scen.Actors {
		if d := round4((g.BaseSupport[a] - g.Support[a]) * k); d >= 0.5 || d <= -0.5 {
			g.addSupport(a, d, "the news cycle moves on")
		}
		if d := round4((50 - g.Face[a]) * k); d >= 0.5 || d <= -0.5 {
			g.addFace(a, d, "memories fade")
		}
		for b := range g.Scen.Actors {
			if g.Embarrassed[a][b] > 0 {
				g.Embarrassed[a][b]--
			}
			// A grievance lasts longer than the embarrassment itself.
			if gr := g.Grievance[a][b]; gr > 0 {
				g.Grievance[a][b] = round4(gr * 0.9)
				if g.Grievance[a][b] < 0.5 {
					g.Grievance[a][b] = 0
				}
			}
		}
		g.LeakBoost[a] = round4(g.LeakBoost[a] * 0.8)
	}
}

// appendNum writes a variable's value: whole numbers bare, others to two
// decimals.
func appendNum(b []byte, v float64) []byte {
	if v == float64(int64(v)) {
		return strconv.AppendInt(b, int64(v), 10)
	}
	return strconv.AppendFloat(b, v, 'f', 2, 64)
}

// appendPct writes a 0-100 level to one decimal, dropping a trailing ".0",
// so that a small change never reads as "53 → 53".
func appendPct(b []byte, v float64) []byte {
	b = strconv.AppendFloat(b, v, 'f', 1, 64)
	if n := len(b); n >= 2 && b[n-2] == '.' && b[n-1] == '0' {
		b = b[:n-2]
	}
	return b
}

// unitSuffix writes a unit after a number: "52%" but "1,010 kg".
func unitSuffix(unit string) string {
	switch unit {
	case "":
		return ""
	case "%":
		return "%"
	}
	return " " + unit
}
