package class

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"
)

// WriteActivity writes the per-student activity of a session as CSV for
// grading: one row per join, draft and hand-in.
func (c *Class) WriteActivity(w io.Writer, session string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"session", "time", "turn", "seat", "student", "student_id", "action", "orders"}); err != nil {
		return err
	}
	for _, a := range c.Activity {
		if err := cw.Write([]string{session, a.At.UTC().Format(time.RFC3339), strconv.Itoa(a.Turn), a.Actor, csvSafe(a.Name),
			a.Member, string(a.Kind), strconv.Itoa(a.Orders)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps a name a spreadsheet would read as a formula as text.
func csvSafe(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@') {
		return "'" + s
	}
	return s
}

// WriteStudentReport writes a seat's own report in Markdown: what its
// actor knew turn by turn and what the team did. Once the game is over it
// adds the scores. It holds nothing the seat did not see.
func (c *Class) WriteStudentReport(w io.Writer, actor string) error {
	a := c.Game.ActorIndex(actor)
	if a < 0 {
		return ErrNoSeat
	}
	ad := c.Scen.Actors[a]
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("# %s: %s\n\n", c.Cfg.Name, ad.Name)
	p("Scenario %s, turn %d of %d (%s).\n\n", c.Scen.Title, c.Game.Turn, c.Game.TurnsTotal(), c.Game.Date.Pretty())
	if ms := c.Members[actor]; len(ms) > 0 {
		p("Team:")
		for i, m := range ms {
			sep := ","
			if i == 0 {
				sep = ""
			}
			p("%s %s", sep, m.Name)
		}
		p("\n\n")
	}
	if c.Game.Over {
		p("## Result\n\n")
		for _, s := range c.Game.Scores() {
			if s.Actor == actor {
				p("Your score: %.1f (status quo %.1f, history %.1f).\n\n", s.Final, s.StatusQuo, s.History)
			}
		}
	}
	p("## What your government knew\n\n")
	turn := -1
	for _, e := range c.Game.VisibleLog(actor) {
		if e.Text == "" && e.Headline == "" {
			continue
		}
		if e.Turn != turn {
			turn = e.Turn
			p("\n### Turn %d (%s)\n\n", e.Turn, e.Date.Pretty())
		}
		text := e.Text
		if e.Headline != "" {
			text = "**" + e.Headline + "** " + text
		}
		p("- %s\n", text)
	}
	p("\n## What your team did\n\n")
	for _, x := range c.Activity {
		if x.Actor == actor {
			p("- turn %d, %s: %s %s (%d orders)\n", x.Turn, x.At.UTC().Format("2006-01-02 15:04"), x.Name, x.Kind, x.Orders)
		}
	}
	return nil
}
