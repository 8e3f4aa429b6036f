package debrief

import (
	"fmt"
	"strings"
)

// The sections of the report about what was done: turning points, series,
// offers, agreements, statements and choices.

func (m *md) turningPoints(r *Report) {
	m.p("## Turning points")
	m.p("")
	if len(r.TurningPoints) == 0 {
		m.p("No government's utility moved by half a point or more in any turn.")
		m.p("")
		return
	}
	m.p("The turns in which a government's utility moved most, largest first, with what moved it.")
	m.p("")
	for i, tp := range r.TurningPoints {
		m.p("### %d. Turn %d, %s (largest swing %.1f)", i+1, tp.Turn, tp.Date.Pretty(), tp.Largest)
		m.p("")
		for _, c := range tp.Changes {
			m.p("- %s: %s → %s (%s)", m.actor(c.Actor), num(c.From), num(c.To), signed(c.Delta))
		}
		m.p("")
		m.p("What happened:")
		m.p("")
		for _, e := range tp.Entries {
			m.p("- %s", entryLine(e))
		}
		m.p("")
	}
}

func (m *md) series(r *Report) {
	s := &r.Series
	m.p("## Over time")
	m.p("")
	m.p("Each row is the state once that turn was over; \"start\" is before the first turn.")
	m.p("")
	for _, part := range []struct {
		title string
		data  [][]float64
	}{{"Utility (true types)", s.Utility}, {"Domestic support", s.Support}, {"Face", s.Face}} {
		m.p("### %s", part.title)
		m.p("")
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
		m.p("")
	}
	m.p("### Trust, start → end")
	m.p("")
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
	m.p("")
}

func (m *md) offers(r *Report) {
	m.p("## Offers made and answered")
	m.p("")
	if len(r.Offers) == 0 {
		m.p("No offers were made.")
		m.p("")
		return
	}
	m.p("Values are each party's true-type utility: the state when the offer was sent → the state had it been carried out.")
	m.p("")
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
	m.p("")
}

func (m *md) agreements(r *Report) {
	if len(r.Agreements) == 0 {
		return
	}
	m.p("## Agreements")
	m.p("")
	for _, ag := range r.Agreements {
		var terms []string
		for _, t := range ag.Terms {
			terms = append(terms, fmt.Sprintf("%s, %s (%s)", m.actor(t.Actor), m.issueOption(t.Issue, t.Option), t.Status))
		}
		m.p("- **%s** (turn %d, from offer %s, %s linkage) between %s: %s.", ag.ID, ag.Turn, ag.Offer, ag.Linkage,
			m.actors(ag.Parties), strings.Join(terms, "; "))
	}
	m.p("")
}

func (m *md) statements(r *Report) {
	if len(r.Statements) == 0 {
		return
	}
	m.p("## Public statements")
	m.p("")
	for _, st := range r.Statements {
		verb := "insisted on"
		if st.Oppose {
			verb = "ruled out"
		}
		broken := ""
		if st.Broken {
			broken = " **Broken later**, at a cost at home."
		}
		m.p("- Turn %d: %s %s %s.%s", st.Turn, m.actor(st.Actor), verb, m.issueOption(st.Issue, st.Option), broken)
	}
	m.p("")
}

func (m *md) choices(r *Report) {
	if len(r.Choices) == 0 {
		return
	}
	m.p("## Choices")
	m.p("")
	for _, c := range r.Choices {
		how := fmt.Sprintf("chose **%s** in turn %d", c.Label, c.Turn)
		switch {
		case c.Choice == "":
			how = "has not answered yet"
		case c.Default:
			how = fmt.Sprintf("did not answer; the default, **%s**, applied in turn %d", c.Label, c.Turn)
		}
		m.p("- Turn %d, %s was asked: %s It %s.", c.Posed, m.actor(c.Actor), c.Prompt, how)
	}
	m.p("")
}
