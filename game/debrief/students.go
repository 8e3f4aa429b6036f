package debrief

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/ui/wording"
)

// WriteStudents writes the report for students: plain words, no analytics
// jargon, no ids or hashes. It tells what happened to each issue beside
// history, who gained by its own secret goals and who was who, the turning
// points, the deals and how they were kept, and what really happened. The
// sections the debrief screen shows are its tabs' own documents
// (OutcomeDoc, TypesDoc, TurningDoc, HistoryDoc), so the screen and the
// report say each fact in the same words. The scenario must be the one the
// game was played on.
func WriteStudents(w io.Writer, r *Report, s *game.Scenario) error {
	m := &md{s: s}
	m.studentHeader(r)
	m.heading("How it ended")
	m.d.Add(OutcomeDoc(r, s).Under()...)
	m.studentGains(r)
	m.heading("Who was who")
	m.d.Add(TypesDoc(r, s).Under()...)
	m.heading("The turning points")
	m.para("The turns that changed the most for someone, largest first.")
	m.d.Add(TurningDoc(r, s).Under()...)
	m.studentDeals(r)
	if h := HistoryDoc(r); len(h) > 0 {
		m.heading("What really happened")
		m.d.Add(h...)
	}
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

func (m *md) studentGains(r *Report) {
	m.heading("Who gained")
	m.para("Each government had secret goals, drawn at the start; its score says, from 0 to 100, how well the end suits those goals and its standing at home.")
	order := slices.Clone(r.Scores)
	slices.SortStableFunc(order, func(a, b ActorScore) int { return cmp.Compare(b.VsStatusQuo, a.VsStatusQuo) })
	for _, sc := range order {
		m.bullet("%s", VerdictLine(sc))
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
			terms = append(terms, fmt.Sprintf("%s would set %s (%s)", m.actor(t.Actor), m.issueOption(t.Issue, t.Option), termFate(t.Status)+m.keptAs(t)))
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
