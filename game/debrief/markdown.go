package debrief

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"backchannel/game"
)

// MaxTimelineEntries caps the Markdown timeline; a long game's full log is
// in the replay (backchannel replay -text) and the JSON report.
const MaxTimelineEntries = 400

// WriteMarkdown writes the report as Markdown for the instructor. The
// scenario gives the names of actors, issues and options; it must be the
// one the game was played on.
func WriteMarkdown(w io.Writer, r *Report, s *game.Scenario) error {
	m := &md{w: bufio.NewWriter(w), s: s}
	m.header(r)
	m.scores(r)
	m.issues(r)
	m.types(r)
	m.turningPoints(r)
	m.series(r)
	m.offers(r)
	m.agreements(r)
	m.statements(r)
	m.choices(r)
	m.deals(r)
	m.concessions(r)
	m.timeline(r)
	m.notes(r)
	m.glossary()
	return m.w.Flush()
}

type md struct {
	w *bufio.Writer
	s *game.Scenario
}

func (m *md) p(format string, args ...any) { fmt.Fprintf(m.w, format+"\n", args...) }

// row writes one table row, escaping what would break the table.
func (m *md) row(cells ...string) {
	for i, c := range cells {
		c = strings.ReplaceAll(c, "|", `\|`)
		cells[i] = strings.Join(strings.Fields(c), " ")
	}
	m.p("| %s |", strings.Join(cells, " | "))
}

func (m *md) table(head ...string) {
	m.row(head...)
	sep := make([]string, len(head))
	for i := range sep {
		sep[i] = "---"
	}
	m.row(sep...)
}

func (m *md) actor(id string) string {
	for _, a := range m.s.Actors {
		if a.ID == id {
			return a.Name
		}
	}
	return id
}

func (m *md) actors(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = m.actor(id)
	}
	return strings.Join(names, ", ")
}

func (m *md) option(issue int, id string) string {
	for _, o := range m.s.Issues[issue].Options {
		if o.ID == id {
			return o.Name
		}
	}
	return id
}

// issueOption names an issue and one of its options, as in "Forward base: cancel".
func (m *md) issueOption(issue, option string) string {
	for i, is := range m.s.Issues {
		if is.ID == issue {
			return is.Name + ": " + m.option(i, option)
		}
	}
	return issue + ": " + option
}

func num(v float64) string { return fmt.Sprintf("%.1f", v) }

func signed(v float64) string { return fmt.Sprintf("%+.1f", v) }

func (m *md) header(r *Report) {
	m.p("# After-action report: %s", r.Title)
	m.p("")
	mode := "open mode (types and chance events drawn from the seed)"
	if r.Historical {
		mode = "historical mode"
	}
	state := fmt.Sprintf("ended on %s, turn %d of %d", r.Date.Pretty(), r.Turn, r.Turns)
	if !r.Over {
		state = fmt.Sprintf("in progress: turn %d of %d, %s", r.Turn, r.Turns, r.Date.Pretty())
	}
	m.p("Scenario `%s`, seed %d, %s. The game %s. Log hash `%s`.", r.Scenario, r.Seed, mode, state, r.LogHash)
	m.p("")
	if len(r.Players) > 0 {
		m.p("Played by people: %s. Every other government was an AI negotiator.", m.actors(r.Players))
	} else {
		m.p("Every government was an AI negotiator.")
	}
	m.p("")
}

func (m *md) scores(r *Report) {
	m.p("## Scores")
	m.p("")
	m.p("Each government's true type rates the final state from 0 to 100, beside the status quo at the start and what really happened.")
	m.p("A score has two parts: policy, what the type makes of the issues' final options, and home, the government's standing at home (the mean of its support and its face).")
	m.p("The home weight is the home part's share of the score.")
	m.p("")
	m.table("Government", "True type", "Final", "Policy", "Home", "Support", "Face", "Home weight",
		"Status quo", "vs status quo", "History", "vs history")
	for _, s := range r.Scores {
		name := s.Name
		if s.Human {
			name += " (player)"
		}
		m.row(name, s.TypeName, num(s.Final), num(s.Policy), num(s.Home), num(s.Support), num(s.Face),
			fmt.Sprintf("%.0f%%", 100*s.HomeWeight), num(s.StatusQuo), signed(s.VsStatusQuo), num(s.History), signed(s.VsHistory))
	}
	m.p("")
}

func (m *md) issues(r *Report) {
	m.p("## Issues: the outcome beside history")
	m.p("")
	m.table("Issue", "Start", "Final", "What happened", "Same?", "Settled by")
	for _, is := range r.Issues {
		same := "no"
		if is.AsHistory {
			same = "yes"
		}
		hist := is.HistName
		if hist == "" {
			hist, same = "—", "—"
		}
		settled := "never moved"
		if e := is.Settled; e != nil {
			settled = fmt.Sprintf("turn %d: %s", e.Turn, e.Cause)
		}
		m.row(is.Name, is.StartName, is.FinalName, hist, same, settled)
	}
	m.p("")
	notes := false
	for _, is := range r.Issues {
		if h := is.History; h.Text != "" {
			src := strings.Trim(strings.Join([]string{h.Date, h.Source}, "; "), "; ")
			m.p("- **%s**: %s (%s)", is.Name, h.Text, src)
			notes = true
		}
	}
	if notes {
		m.p("")
	}
}

func (m *md) types(r *Report) {
	m.p("## True types")
	m.p("")
	m.table("Government", "True type", "The record suggests", "Others' belief in it", "Others' best guess")
	for _, t := range r.Types {
		hist := t.Historical
		if hist == "" {
			hist = "—"
		}
		var guesses []string
		for _, b := range t.Beliefs {
			guesses = append(guesses, fmt.Sprintf("%s: %s (%.0f%%)", m.actor(b.By), b.Guess, b.True*100))
		}
		m.row(t.Name, fmt.Sprintf("%s (%s)", t.TypeName, t.Type), hist, fmt.Sprintf("%.0f%%", t.MeanBelief*100), strings.Join(guesses, "; "))
	}
	m.p("")
}

// entryLine says a log entry in one line: headline, text, cause, and who
// knew of it when it was not public.
func entryLine(e game.Entry) string {
	var b strings.Builder
	if e.Headline != "" {
		b.WriteString("**" + e.Headline + "** ")
	}
	b.WriteString(e.Text)
	if e.Cause != "" && e.Cause != string(e.Kind) {
		b.WriteString(" _(" + e.Cause + ")_")
	}
	if !e.Public {
		b.WriteString(" [private: " + strings.Join(KnownTo(e), ", ") + "]")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// KnownTo lists who knows of a private log entry: the actor it names and
// those who saw it.
func KnownTo(e game.Entry) []string {
	var out []string
	if e.Actor != "" {
		out = append(out, e.Actor)
	}
	for _, s := range e.Seen {
		if s != e.Actor {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		out = append(out, "nobody")
	}
	return out
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
