package debrief

import (
	"fmt"
	"io"
	"strings"

	"backchannel/game"
	"backchannel/game/ui/prose"
)

// MaxTimelineEntries caps the Markdown timeline; a long game's full log is
// in the replay (backchannel replay -text) and the JSON report.
const MaxTimelineEntries = 400

// WriteMarkdown writes the report as Markdown for the instructor. The
// scenario gives the names of actors, issues and options; it must be the
// one the game was played on.
func WriteMarkdown(w io.Writer, r *Report, s *game.Scenario) error {
	m := &md{s: s}
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
	return m.write(w)
}

// md builds a report as a prose document, block by block; the document
// is then written as Markdown (prose.Doc.Markdown), and the same blocks can
// be drawn by the screens' document widget.
type md struct {
	d prose.Doc
	s *game.Scenario
}

func (m *md) add(k prose.Kind, depth int, format string, args []any) {
	m.d.Add(prose.Block{Kind: k, Depth: depth, Text: fmt.Sprintf(format, args...)})
}

func (m *md) title(format string, args ...any)   { m.add(prose.Title, 0, format, args) }
func (m *md) heading(format string, args ...any) { m.add(prose.Heading, 0, format, args) }
func (m *md) caption(format string, args ...any) { m.add(prose.Caption, 0, format, args) }
func (m *md) para(format string, args ...any)    { m.add(prose.Para, 0, format, args) }
func (m *md) bullet(format string, args ...any)  { m.add(prose.Bullet, 0, format, args) }
func (m *md) sub(format string, args ...any)     { m.add(prose.Bullet, 1, format, args) }

// table starts a table with its head; row adds a row to it.
func (m *md) table(head ...string) {
	m.d.Add(prose.Block{Kind: prose.Table, Cells: [][]string{head}})
}

func (m *md) row(cells ...string) {
	t := &m.d[len(m.d)-1]
	t.Cells = append(t.Cells, cells)
}

// write writes the document as Markdown.
func (m *md) write(w io.Writer) error {
	_, err := io.WriteString(w, m.d.Markdown())
	return err
}

func (m *md) actor(id string) string { return actorName(m.s, id) }

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
	m.title("After-action report: %s", r.Title)
	mode := "open mode (types and chance events drawn from the seed)"
	if r.Historical {
		mode = "historical mode"
	}
	state := fmt.Sprintf("ended on %s, turn %d of %d", r.Date.Pretty(), r.Turn, r.Turns)
	if !r.Over {
		state = fmt.Sprintf("in progress: turn %d of %d, %s", r.Turn, r.Turns, r.Date.Pretty())
	}
	m.para("Scenario `%s`, seed %d, %s. The game %s. Log hash `%s`.", r.Scenario, r.Seed, mode, state, r.LogHash)
	if len(r.Players) > 0 {
		m.para("Played by people: %s. Every other government was an AI negotiator.", m.actors(r.Players))
	} else {
		m.para("Every government was an AI negotiator.")
	}
}

func (m *md) scores(r *Report) {
	m.heading("Scores")
	m.para("Each government's true type rates the final state from 0 to 100, beside the status quo at the start and what really happened.")
	m.para("A score has two parts: policy, what the type makes of the issues' final options, and home, the government's standing at home (the mean of its support and its face).")
	m.para("The home weight is the home part's share of the score.")
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
}

func (m *md) issues(r *Report) {
	m.heading("Issues: the outcome beside history")
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
	notes := false
	for _, is := range r.Issues {
		if h := is.History; h.Text != "" {
			src := strings.Trim(strings.Join([]string{h.Date, h.Source}, "; "), "; ")
			m.bullet("**%s**: %s (%s)", is.Name, h.Text, src)
			notes = true
		}
	}
	if notes {
	}
}

func (m *md) types(r *Report) {
	m.heading("True types")
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
