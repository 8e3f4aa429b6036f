package debrief

import (
	"fmt"
	"strings"

	"backchannel/game"
)

// The sections of the report about what was done: turning points, series,
// offers, agreements, statements and choices.

func (m *md) turningPoints(r *Report) {
	m.heading("Turning points")
	if len(r.TurningPoints) == 0 {
		m.para("No government's utility moved by half a point or more in any turn.")
		return
	}
	m.para("The turns in which a government's utility moved most, largest first, with what moved it.")
	for i, tp := range r.TurningPoints {
		m.caption("%d. Turn %d, %s (largest swing %.1f)", i+1, tp.Turn, tp.Date.Pretty(), tp.Largest)
		for _, c := range tp.Changes {
			m.bullet("%s: %s → %s (%s)", m.actor(c.Actor), num(c.From), num(c.To), signed(c.Delta))
		}
		m.para("What happened:")
		for _, e := range tp.Entries {
			m.bullet("%s", entryLine(e))
		}
	}
}

func (m *md) series(r *Report) {
	s := &r.Series
	m.heading("Over time")
	m.para("Each row is the state once that turn was over; \"start\" is before the first turn.")
	for _, part := range []struct {
		title string
		data  [][]float64
	}{{"Utility (true types)", s.Utility}, {"Domestic support", s.Support}, {"Face", s.Face}} {
		m.caption("%s", part.title)
		head := []string{"Turn", "Date"}
		for _, a := range s.Actors {
			head = append(head, m.actor(a))
		}
		m.table(head...)
		for k := range s.Turns {
			row := []string{fmt.Sprint(s.Turns[k]), s.Dates[k].String()}
			if k == 0 {
				row = []string{"start", s.Dates[k].String()}
			}
			for a := range s.Actors {
				row = append(row, num(part.data[a][k]))
			}
			m.row(row...)
		}
	}
	m.caption("Trust, start → end")
	head := []string{"How much … trusts →"}
	for _, a := range s.Actors {
		head = append(head, m.actor(a))
	}
	m.table(head...)
	last := s.Points() - 1
	for a, id := range s.Actors {
		row := []string{m.actor(id)}
		for b := range s.Actors {
			if a == b {
				row = append(row, "—")
				continue
			}
			row = append(row, fmt.Sprintf("%.0f → %.0f", s.Trust[a][b][0], s.Trust[a][b][last]))
		}
		m.row(row...)
	}
}

func (m *md) offers(r *Report) {
	m.heading("Offers made and answered")
	if len(r.Offers) == 0 {
		m.para("No offers were made.")
		return
	}
	m.para("Values are each party's true-type utility: the state when the offer was sent → the state had it been carried out.")
	m.table("Offer", "Turn", "From → to", "Terms", "Linkage, channel", "Answers", "Outcome", "Values")
	for _, o := range r.Offers {
		var answers []string
		for _, rep := range o.Replies {
			a := string(rep.Kind)
			if a == "" {
				a = "no answer"
			}
			if rep.Turn > 0 {
				a += fmt.Sprintf(" (turn %d)", rep.Turn)
			}
			answers = append(answers, m.actor(rep.Actor)+": "+a)
		}
		outcome := string(o.Status)
		if o.Leaked {
			outcome += ", leaked"
		}
		if o.CounterTo != "" {
			outcome += ", counter to " + o.CounterTo
		}
		var vals []string
		for _, id := range append([]string{o.From}, o.To...) {
			vals = append(vals, fmt.Sprintf("%s %.0f → %.0f", m.actor(id), o.Before[id], o.Values[id]))
		}
		turn := fmt.Sprint(o.Sent)
		if o.Sent == 0 {
			turn = "opening"
		}
		m.row(o.ID, turn, m.actor(o.From)+" → "+m.actors(o.To), o.Terms, string(o.Linkage)+", "+string(o.Channel),
			strings.Join(answers, "; "), outcome, strings.Join(vals, "; "))
	}
}

func (m *md) agreements(r *Report) {
	if len(r.Agreements) == 0 {
		return
	}
	m.heading("Agreements")
	for _, ag := range r.Agreements {
		var terms []string
		for _, t := range ag.Terms {
			terms = append(terms, fmt.Sprintf("%s, %s (%s%s)", m.actor(t.Actor), m.issueOption(t.Issue, t.Option), t.Status, m.keptAs(t)))
		}
		m.bullet("**%s** (turn %d, from offer %s, %s linkage) between %s: %s.", ag.ID, ag.Turn, ag.Offer, ag.Linkage,
			m.actors(ag.Parties), strings.Join(terms, "; "))
	}
}

// keptAs says which option a loosely worded term was carried out with,
// when that is not the option it named: the wording allowed any option of
// its neighbourhood, and the list would otherwise claim the named one.
func (m *md) keptAs(t game.AgreedTerm) string {
	if !t.Vague || t.Kept == "" || t.Kept == t.Option {
		return ""
	}
	for i, is := range m.s.Issues {
		if is.ID == t.Issue {
			return ", loosely worded: kept with " + m.option(i, t.Kept)
		}
	}
	return ", loosely worded: kept with " + t.Kept
}

func (m *md) statements(r *Report) {
	if len(r.Statements) == 0 {
		return
	}
	m.heading("Public statements")
	for _, st := range r.Statements {
		verb := "insisted on"
		if st.Oppose {
			verb = "ruled out"
		}
		broken := ""
		if st.Broken {
			broken = " **Broken later**, at a cost at home."
		}
		m.bullet("Turn %d: %s %s %s.%s", st.Turn, m.actor(st.Actor), verb, m.issueOption(st.Issue, st.Option), broken)
	}
}

func (m *md) choices(r *Report) {
	if len(r.Choices) == 0 {
		return
	}
	m.heading("Choices")
	for _, c := range r.Choices {
		how := fmt.Sprintf("chose **%s** in turn %d", c.Label, c.Turn)
		switch {
		case c.Choice == "":
			how = "has not answered yet"
		case c.Default:
			how = fmt.Sprintf("did not answer; the default, **%s**, applied in turn %d", c.Label, c.Turn)
		}
		m.bullet("Turn %d, %s was asked: %s It %s.", c.Posed, m.actor(c.Actor), c.Prompt, how)
	}
}
