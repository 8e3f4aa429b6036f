package debrief

import "fmt"

// The sections of the report that judge the result: possible deals and
// concession patterns, and the timeline and the real episode's notes.

func (m *md) deals(r *Report) {
	d := &r.Deals
	m.heading("How close to the best possible deals")
	m.para("Judged by the true types. %s. %d deals are Pareto-optimal (no other deal is better for one government without being worse for another).",
		upperFirst(d.Method), d.FrontierSize)
	if d.FinalOnFrontier {
		m.para("The final state **is on the Pareto frontier**: no deal would have made anyone better off without making someone worse off.")
	} else {
		m.para("The final state is **%.1f utility points from the Pareto frontier**: some deal was better for everyone (see \"best improvement\").", d.FrontierDistance)
	}
	m.para("Nash bargaining point (status quo as the fallback; %s): %.1f utility points from the final state; the final state reaches %.0f%% of its product of gains.",
		d.NashMethod, d.NashDistance, d.NashShare*100)
	head := []string{"Deal"}
	for i := range m.s.Issues {
		head = append(head, m.s.Issues[i].Name)
	}
	for _, a := range m.s.Actors {
		head = append(head, m.actor(a.ID))
	}
	m.table(head...)
	dealRow := func(label string, deal Deal) {
		row := []string{label}
		for i, o := range deal.Options {
			row = append(row, m.option(i, o))
		}
		for _, u := range deal.Utility {
			row = append(row, num(u))
		}
		m.row(row...)
	}
	dealRow("**Final state**", d.Final)
	dealRow("Status quo", d.StatusQuo)
	dealRow("What happened", d.History)
	dealRow("Nash point", d.Nash)
	if d.Improvement != nil {
		dealRow("Best improvement", *d.Improvement)
	}
	for i, f := range d.Frontier[:min(len(d.Frontier), 10)] {
		dealRow(fmt.Sprintf("Frontier %d", i+1), f)
	}
}

func (m *md) concessions(r *Report) {
	m.heading("Concession patterns")
	if len(r.Concessions) == 0 {
		m.para("Nobody made an offer.")
		return
	}
	m.para("How each negotiator gave ground: the value to itself (true type) of the offers it sent. Boulware holds out and gives way late; a conceder gives way early.")
	for _, c := range r.Concessions {
		who := m.actor(c.Actor)
		if c.Human {
			who += " (player)"
		}
		m.bullet("**%s**: %s. %s", who, c.Pattern, c.Explanation)
		for _, o := range c.Offers {
			m.sub("%s, turn %d: worth %.1f to itself, %.0f%% of its concession made", o.Offer, o.Turn, o.Value, o.Conceded*100)
		}
	}
}

func (m *md) timeline(r *Report) {
	m.heading("Timeline")
	n := 0
	for _, tl := range r.Timeline {
		m.caption("Turn %d, %s", tl.Turn, tl.Date.Pretty())
		for _, e := range tl.Entries {
			if n++; n > MaxTimelineEntries {
				m.bullet("… the rest is in the replay (`backchannel replay -text`).")
				return
			}
			m.bullet("%s", entryLine(e))
		}
	}
}

func (m *md) notes(r *Report) {
	if len(r.Notes) == 0 {
		return
	}
	m.heading("What really happened")
	for _, n := range r.Notes {
		m.bullet("**%s, %s.** %s (%s)", n.Date, n.Title, n.Text, n.Source)
	}
}
