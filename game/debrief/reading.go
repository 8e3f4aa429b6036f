package debrief

import (
	"fmt"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/wording"
)

// The debrief screen's reading tabs, as prose documents the screen draws
// with widget.Doc: the issues beside history, the true types, the turning
// points, the deals. They are written here, beside the reports, so that
// what the debrief says comes from one package and is tested without a
// window.

// VerdictLine sums up a government's result in one sentence: its score,
// its true type, how it fared beside the start and beside history, and the
// score's parts. The debrief's verdict and the students' report both say
// it so.
func VerdictLine(s ActorScore) string {
	return fmt.Sprintf("%s ends on %.0f out of 100 as %s: %s, %s. %s", s.Name, s.Final, s.TypeName,
		gainWords(s.VsStatusQuo, "at the start", "the start"), gainWords(s.VsHistory, "history", "history"), partsLine(s))
}

// gainWords says a change of score beside a reference in whole points:
// "3 points better than at the start", or "level with the start" when it
// rounds to nothing, as the score table's "±0" does.
func gainWords(d float64, than, with string) string {
	switch {
	case d >= 0.5:
		return wording.Points(d) + " better than " + than
	case d <= -0.5:
		return wording.Points(-d) + " worse than " + than
	}
	return "level with " + with
}

// partsLine says what a score is made of: the policy part and the
// standing at home, with the support and face behind it, so a player sees
// whether the deals or the home front won or lost the points.
func partsLine(s ActorScore) string {
	return fmt.Sprintf("Policy %.0f, home %.0f (support %.0f, face %.0f), home counting %.0f%%.",
		s.Policy, s.Home, s.Support, s.Face, 100*s.HomeWeight)
}

// IssuesDoc is the debrief's Issues tab: each issue's outcome beside what
// really happened, then the scenario's account of the real episode.
func IssuesDoc(r *Report, s *game.Scenario) prose.Doc {
	d := OutcomeDoc(r, s)
	if h := HistoryDoc(r); len(h) > 0 {
		d.H("What really happened")
		d.Add(h...)
	}
	return d
}

// OutcomeDoc sets each issue's outcome beside what really happened, an
// issue under a heading of its own.
func OutcomeDoc(r *Report, s *game.Scenario) prose.Doc {
	var d prose.Doc
	for _, is := range r.Issues {
		d.H(is.Name)
		move := "Stayed at " + is.FinalName
		if is.Changed {
			move = is.StartName + " → " + is.FinalName
			if e := is.Settled; e != nil {
				move += fmt.Sprintf(" (turn %d: %s)", e.Turn, plainCause(s, e.Cause))
			}
		}
		d.P("In your game: " + move + ".")
		if is.HistName == "" {
			d.Note("The scenario does not say what happened.")
			continue
		}
		same := "a different outcome"
		if is.AsHistory {
			same = "the same outcome"
		}
		d.P(fmt.Sprintf("In history: %s — %s.", is.HistName, same))
		if h := is.History; h.Text != "" {
			d.Note(h.Text)
			if src := joinNonEmpty(" · ", h.Date, h.Source); src != "" {
				d.Meta(src)
			}
		}
	}
	return d
}

// HistoryDoc is the scenario's account of the real episode, a note a
// story; empty when the scenario has none.
func HistoryDoc(r *Report) prose.Doc {
	var d prose.Doc
	for _, n := range r.Notes {
		d.Strong(n.Title)
		d.P(n.Text)
		if src := joinNonEmpty(" · ", n.Date, n.Source); src != "" {
			d.Meta(src)
		}
	}
	return d
}

// plainCause says why an issue moved in a player's words: an event by its
// headline, a dilemma's choice by its label, and the engine's offer and
// agreement ids as "an offer" and "a deal".
func plainCause(s *game.Scenario, cause string) string {
	if id, ok := strings.CutPrefix(cause, "event "); ok {
		for _, ev := range s.Events {
			if ev.ID == id && ev.Headline != "" {
				return ev.Headline
			}
		}
		return "an event"
	}
	if rest, ok := strings.CutPrefix(cause, "choice "); ok {
		choice, _, _ := strings.Cut(rest, " of ")
		for _, ev := range s.Events {
			if ev.Dilemma == nil {
				continue
			}
			for _, c := range ev.Dilemma.Choices {
				if c.ID == choice {
					return actorName(s, ev.Dilemma.Actor) + " decided: " + c.Label
				}
			}
		}
		return "a decision"
	}
	return wording.Cause(cause, func(string) string { return "an offer" })
}

// TypesDoc reveals each actor's true type and how well the others read it.
func TypesDoc(r *Report, s *game.Scenario) prose.Doc {
	var d prose.Doc
	for _, t := range r.Types {
		d.H(t.Name)
		d.Strong(t.TypeName)
		if t.Description != "" {
			d.P(t.Description)
		}
		if t.Historical != "" && t.Historical != t.Type {
			d.Note("The historical record suggests another type: " + typeName(s, t.Actor, t.Historical) + ".")
		}
		d.P(fmt.Sprintf("The others gave the true type %.0f%% on average at the end:", t.MeanBelief*100))
		for _, bl := range t.Beliefs {
			d.Bullet(fmt.Sprintf("%s: %.0f%%; thought it most likely %s.", actorName(s, bl.By), bl.True*100, typeName(s, t.Actor, bl.Guess)))
		}
	}
	return d
}

// TurningDoc lists the turns in which scores moved most, largest first:
// whom each helped and hurt, and what happened in it, in players' words.
func TurningDoc(r *Report, s *game.Scenario) prose.Doc {
	var d prose.Doc
	if len(r.TurningPoints) == 0 {
		d.H("No turning point")
		d.P("No government's fortunes moved by half a point or more in any single turn: a war of position, without a breakthrough.")
		return d
	}
	for _, tp := range r.TurningPoints {
		d.H(fmt.Sprintf("Turn %d · %s · a swing of %s", tp.Turn, tp.Date.Pretty(), wording.Points(tp.Largest)))
		var up, down []string
		for _, c := range tp.Changes {
			ch := fmt.Sprintf("%s (%.0f → %.0f)", actorName(s, c.Actor), c.From, c.To)
			if c.Delta > 0 {
				up = append(up, ch)
			} else {
				down = append(down, ch)
			}
		}
		var effect []string
		if len(up) > 0 {
			effect = append(effect, "Helped "+wording.List(up))
		}
		if len(down) > 0 {
			effect = append(effect, "hurt "+wording.List(down))
		}
		if len(effect) > 0 {
			d.Strong(upperFirst(strings.Join(effect, "; ")) + ".")
		}
		var what []string
		for _, e := range tp.Entries {
			if t := plainEntry(e); t != "" && !slices.Contains(what, t) {
				what = append(what, t)
			}
		}
		for j, t := range what {
			if j == maxTurningEntries {
				d.Meta(fmt.Sprintf("…and %d more in the log.", len(what)-j))
				break
			}
			d.Bullet(t)
		}
	}
	return d
}

// maxTurningEntries is how many of a turning point's events are told; the
// replay has the rest.
const maxTurningEntries = 6

// DealsDoc says how close the result came to the best possible deals, and
// how each player gave ground.
func DealsDoc(r *Report, s *game.Scenario) prose.Doc {
	dl := r.Deals
	var d prose.Doc
	d.H("How close to the best deals")
	if dl.FinalOnFrontier {
		d.P("The final state is on the Pareto frontier: no other outcome would have made a government better off without making another worse off.")
	} else {
		d.P(fmt.Sprintf("The final state is %.0f utility points from the Pareto frontier: some outcome was better for every government.", dl.FrontierDistance))
	}
	d.P(fmt.Sprintf("The Nash bargaining point, with the status quo as everyone's fallback, is %s away; the final state reaches %.0f%% of its product of gains.",
		wording.Points(dl.NashDistance), dl.NashShare*100))
	d.Meta(fmt.Sprintf("%d Pareto-optimal deals; %s.", dl.FrontierSize, dl.Method))
	d.H("The Nash point")
	dealBullets(&d, s, dl.Nash)
	if dl.Improvement != nil {
		d.H("The best improvement on the final state")
		dealBullets(&d, s, *dl.Improvement)
	}
	d.H("How you gave ground")
	any := false
	for _, c := range r.Concessions {
		if !c.Human {
			continue
		}
		any = true
		d.Strong(actorName(s, c.Actor) + ": " + patternName(c.Pattern))
		d.P(c.Explanation)
	}
	if !any {
		d.P("You made no offers to judge.")
	}
	d.Note("Boulware negotiators hold out and give way late; conceders give way early; linear ones steadily.")
	return d
}

// dealBullets lists a deal's options, issue by issue.
func dealBullets(d *prose.Doc, s *game.Scenario, deal Deal) {
	for i, o := range deal.Options {
		if i < len(s.Issues) {
			d.Bullet(s.Issues[i].Name + ": " + optionName(s.Issues[i], o))
		}
	}
}

// patternName is a concession pattern in words.
func patternName(p string) string {
	switch p {
	case PatternBoulware:
		return "Boulware (held out, gave way late)"
	case PatternConceder:
		return "conceder (gave way early)"
	case PatternLinear:
		return "linear (gave way steadily)"
	case PatternFirm:
		return "firm (never gave ground in its offers)"
	case PatternUnknown:
		return "too few offers to tell"
	}
	return p
}

func optionName(is game.IssueDef, id string) string {
	for _, o := range is.Options {
		if o.ID == id {
			return o.Name
		}
	}
	return id
}

func typeName(s *game.Scenario, actor, typ string) string {
	for _, a := range s.Actors {
		if a.ID != actor {
			continue
		}
		for _, t := range a.Types {
			if t.ID == typ {
				return t.Name
			}
		}
	}
	return typ
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// actorName is actor id's name in s, or the id when s has no such actor.
func actorName(s *game.Scenario, id string) string {
	for _, a := range s.Actors {
		if a.ID == id {
			return a.Name
		}
	}
	return id
}
