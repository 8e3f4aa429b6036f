package debrief

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/ui/wording"
)

// WriteStudents writes the report for students: plain words, no analytics
// jargon, no ids or hashes. It tells what happened to each issue beside
// history, who gained by its own secret goals, the turning points in turn
// order, the deals and how they were kept, and what really happened. The
// scenario must be the one the game was played on.
func WriteStudents(w io.Writer, r *Report, s *game.Scenario) error {
	m := &md{s: s}
	m.studentHeader(r)
	m.studentOutcome(r)
	m.studentGains(r)
	m.studentTurns(r)
	m.studentDeals(r)
	m.studentHistory(r)
	return m.write(w)
}

func (m *md) studentHeader(r *Report) {
	m.title("What happened: %s", r.Title)
	span := fmt.Sprintf("The game ended on %s, after %s.", r.Date.Pretty(), turnsWord(r.Turn))
	if !r.Over {
		span = fmt.Sprintf("The game is still going: it has reached %s (turn %d of %d).", r.Date.Pretty(), r.Turn, r.Turns)
	}
	m.para("%s", span)
	switch {
	case len(r.Players) == 1:
		m.para("%s was played by a student; the computer played every other government.", m.actor(r.Players[0]))
	case len(r.Players) > 1:
		m.para("%s were played by students; the computer played every other government.", wording.List(m.actorNames(r.Players)))
	default:
		m.para("The computer played every government.")
	}
}

func (m *md) studentOutcome(r *Report) {
	m.heading("How it ended")
	for _, is := range r.Issues {
		line := fmt.Sprintf("**%s**: stayed at %s.", is.Name, is.FinalName)
		if is.Changed {
			line = fmt.Sprintf("**%s**: went from %s to %s.", is.Name, is.StartName, is.FinalName)
		}
		switch {
		case is.HistName == "":
		case is.AsHistory:
			line += " That is how it really ended."
		default:
			line += fmt.Sprintf(" In reality it ended at %s.", is.HistName)
		}
		if h := is.History.Text; h != "" {
			line += " " + h
		}
		m.bullet("%s", line)
	}
}

func (m *md) studentGains(r *Report) {
	m.heading("Who gained")
	m.para("Each government had secret goals, drawn at the start; its score says, from 0 to 100, how well the end suits those goals and its standing at home.")
	order := slices.Clone(r.Scores)
	slices.SortStableFunc(order, func(a, b ActorScore) int { return cmp.Compare(b.VsStatusQuo, a.VsStatusQuo) })
	secret := map[string]TypeReveal{}
	for _, t := range r.Types {
		secret[t.Name] = t
	}
	for _, sc := range order {
		who := sc.Name
		if sc.Human {
			who += " (a student)"
		}
		line := fmt.Sprintf("**%s** (secret goals: %s): %s (score %.0f, against %.0f at the start)", who, sc.TypeName,
			gainWords(sc.VsStatusQuo, "than at the start"), sc.Final, sc.StatusQuo)
		line += "; " + gainWords(sc.VsHistory, "than its real government did") + "."
		if d := secret[sc.Name].Description; d != "" {
			line += " " + d
		}
		m.bullet("%s", line)
	}
}

// gainWords says a change of score in words: better or worse off than the
// reference, or about the same.
func gainWords(d float64, than string) string {
	switch {
	case math.Abs(d) < 2:
		return "about as well off " + strings.Replace(than, "than", "as", 1)
	case d > 0:
		return fmt.Sprintf("better off by %.0f points %s", d, than)
	default:
		return fmt.Sprintf("worse off by %.0f points %s", -d, than)
	}
}

func (m *md) studentTurns(r *Report) {
	m.heading("The turning points")
	if len(r.TurningPoints) == 0 {
		m.para("Nothing changed much for anyone: no single turn decided the game.")
		return
	}
	m.para("The turns that changed the most for someone, in the order they came.")
	tps := slices.Clone(r.TurningPoints)
	slices.SortFunc(tps, func(a, b TurningPoint) int { return cmp.Compare(a.Turn, b.Turn) })
	for _, tp := range tps {
		var what []string
		for _, e := range tp.Entries {
			if t := plainEntry(e); t != "" && !slices.Contains(what, t) {
				what = append(what, t)
			}
		}
		var up, down []string
		for _, c := range tp.Changes {
			if c.Delta > 0 {
				up = append(up, m.actor(c.Actor))
			} else {
				down = append(down, m.actor(c.Actor))
			}
		}
		var effect []string
		if len(up) > 0 {
			effect = append(effect, "helped "+wording.List(up))
		}
		if len(down) > 0 {
			effect = append(effect, "hurt "+wording.List(down))
		}
		if len(effect) > 0 {
			what = append(what, "This "+strings.Join(effect, " and ")+".")
		}
		m.bullet("**%s (turn %d).** %s", tp.Date.Pretty(), tp.Turn, strings.Join(what, " "))
	}
}

func (m *md) studentDeals(r *Report) {
	m.heading("Deals")
	if len(r.Agreements) == 0 {
		m.para("No deal was made.")
		return
	}
	for _, ag := range r.Agreements {
		var terms []string
		for _, t := range ag.Terms {
			terms = append(terms, fmt.Sprintf("%s would set %s (%s)", m.actor(t.Actor), m.issueOption(t.Issue, t.Option), termFate(t.Status)))
		}
		how := ""
		if !ag.Public {
			how = ", in private"
		}
		m.bullet("Turn %d, %s agreed%s: %s.", ag.Turn, wording.List(m.actorNames(ag.Parties)), how, strings.Join(terms, "; "))
	}
}

// termFate says what became of an agreed term.
func termFate(s game.TermStatus) string {
	switch s {
	case game.TermFulfilled:
		return "done"
	case game.TermReneged:
		return "promise broken"
	case game.TermExpired:
		return "never done in time"
	case game.TermFailed:
		return "could not be done"
	case game.TermReleased:
		return "let off when the others broke the deal"
	}
	return "still to do"
}

func (m *md) studentHistory(r *Report) {
	if len(r.Notes) == 0 {
		return
	}
	m.heading("What really happened")
	for _, n := range r.Notes {
		line := fmt.Sprintf("**%s.** %s", n.Title, n.Text)
		if n.Date != "" {
			line = fmt.Sprintf("**%s, %s.** %s", n.Date, n.Title, n.Text)
		}
		if n.Source != "" {
			line += " (" + n.Source + ")"
		}
		m.bullet("%s", line)
	}
}

// plainEntry says a log entry for a student: its headline and text, with
// the engine's ids for offers and agreements put in words.
func plainEntry(e game.Entry) string {
	t := e.Text
	if e.Headline != "" {
		t = e.Headline + ": " + e.Text
	}
	t = wording.Cause(t, func(string) string { return "an offer" })
	return strings.Join(strings.Fields(t), " ")
}

func (m *md) actorNames(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = m.actor(id)
	}
	return out
}

func turnsWord(n int) string {
	if n == 1 {
		return "1 turn"
	}
	return fmt.Sprintf("%d turns", n)
}
