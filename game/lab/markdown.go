package lab

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"backchannel/game/strategy"
)

// WriteMarkdown prints the report as Markdown whose tables line up in a
// terminal too: `backchannel lab` prints it, and -o saves it.
func (r *Report) WriteMarkdown(w io.Writer) {
	sc := r.Scen
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("# Lab report: %s\n\n", sc.Title)
	p("Scenario `%s`, %d games per arm (seeds %d-%d), other seats %s AI, %d arms, %.1f s.\n",
		sc.ID, r.Runs, r.Seed, r.Seed+uint64(r.Runs)-1, r.Difficulty, r.Arms, r.Seconds)
	p("Scores are 0-100 (the actor's true type's utility of the final state), mean ± 95%% interval; shares in %%.\n")
	p("Headline issues: %s.\n", r.issueNames(r.Headline))
	if r.Partial != "" {
		p("A focused lab: %s. Figures it did not play are shown as –.\n", r.Partial)
	}
	p("\n")

	p("## Findings\n\n")
	if len(r.Findings) == 0 {
		p("Every figure meets its yardstick.\n")
	}
	for _, f := range r.Findings {
		p("- %s\n", f.Text)
	}

	r.writeSkill(w)

	p("\n## Seat matrix\n\nEach actor's seat played by each strategy, every other seat by the %s AI.\n\n", r.Difficulty)
	head := []string{"strategy"}
	for a := range sc.Actors {
		head = append(head, name(sc, a))
	}
	for _, part := range []struct {
		title string
		cell  func(SeatStat) string
	}{
		{"Mean score", func(s SeatStat) string { return fmt.Sprintf("%.1f ±%.1f", s.Mean, s.CI95) }},
		{"Share of games beating the status quo", func(s SeatStat) string { return shareCell(s.BeatStatusQuo) }},
		{"Share of games beating the all-passive world (same seed)", func(s SeatStat) string { return shareCell(s.BeatPassiveWorld) }},
	} {
		p("%s:\n\n", part.title)
		var rows [][]string
		for s, sname := range strategy.Names() {
			if !r.played(s) {
				continue
			}
			row := []string{sname}
			for a := range sc.Actors {
				row = append(row, seatCell(r.Seats[a][s], part.cell))
			}
			rows = append(rows, row)
		}
		table(w, head, rows)
		p("\n")
	}

	p("## All-AI worlds\n\nFinal option of each headline issue (share of games) and mean scores, with every seat played alike.\n\n")
	whead := []string{""}
	for _, wd := range r.Baseline {
		whead = append(whead, wd.Name)
	}
	var rows [][]string
	for _, i := range r.Headline {
		for j := range sc.Issues[i].Options {
			row := []string{sc.Issues[i].ID + ": " + optionName(sc, i, j)}
			for _, wd := range r.Baseline {
				row = append(row, pct(wd.Issues[i][j]))
			}
			rows = append(rows, row)
		}
	}
	for a := range sc.Actors {
		row := []string{"score " + name(sc, a)}
		for _, wd := range r.Baseline {
			row = append(row, fmt.Sprintf("%.1f ±%.1f", wd.Scores[a].Mean, wd.Scores[a].CI95))
		}
		rows = append(rows, row)
	}
	table(w, whead, rows)

	p("\n## Ablations\n\nEach mechanic switched off alone (or linkage forced), every seat %s AI, against the same seeds with every mechanic on. A mechanic matters when it moves a headline share by %d points or a seat's mean score by %d.\n\n", r.Difficulty, ShiftMatters, ScoreMatters)
	if len(r.Ablations) == 0 {
		p("Not played in this focused lab.\n")
	}
	ahead := []string{"arm", "largest headline shift"}
	for a := range sc.Actors {
		ahead = append(ahead, "Δ "+name(sc, a))
	}
	rows = nil
	for _, wd := range r.Ablations {
		shift := fmt.Sprintf("%.1f", wd.Shift)
		if wd.ShiftIssue >= 0 {
			shift += fmt.Sprintf(" (%s: %s)", sc.Issues[wd.ShiftIssue].ID, optionName(sc, wd.ShiftIssue, wd.ShiftOpt))
		}
		row := []string{wd.Label, shift}
		for _, d := range wd.Diff {
			row = append(row, fmt.Sprintf("%+.1f ±%.1f", d.Mean, d.CI95))
		}
		rows = append(rows, row)
	}
	if len(rows) > 0 {
		table(w, ahead, rows)
	}

	p("\n## Type predictability\n\nHow often an actor's true type alone predicts a headline issue's final option (the most common option for that type), in the %s world.\n\n", r.Difficulty)
	thead := []string{"actor"}
	for _, i := range r.Headline {
		thead = append(thead, sc.Issues[i].ID)
	}
	rows = nil
	for a := range sc.Actors {
		row := []string{name(sc, a)}
		for k := range r.Headline {
			row = append(row, pct(r.TypePredict[a][k]))
		}
		rows = append(rows, row)
	}
	table(w, thead, rows)

	ag := r.Agreements
	p("\n## Agreements\n\n%d agreed terms in the %s world (%.1f per game).\n\n", ag.Terms, r.Difficulty, float64(ag.Terms)/float64(max(r.Runs, 1)))
	table(w, []string{"fate", "share"}, [][]string{
		{"carried out (of all terms)", pct(ag.CarriedOut)},
		{"reneged (of all terms)", pct(ag.Reneged)},
		{"expired unkept (of all terms)", pct(ag.Expired)},
		{"released: a partner broke the bundle first (of all terms)", pct(ag.Released)},
		{"failed: voted down or impossible (of all terms)", pct(ag.Failed)},
		{"carried out, then reverted without a renege (of carried out)", pct(ag.Reverted)},
		{"carried out but disputed (of carried out)", pct(ag.Disputed)},
	})

	p("\n## Decidedness\n\nShare of games whose headline option after a turn is already the final one.\n\n")
	dhead := []string{"issue"}
	for _, t := range DecidedTurns() {
		dhead = append(dhead, fmt.Sprintf("after turn %d", t))
	}
	rows = nil
	for k, i := range r.Headline {
		row := []string{sc.Issues[i].ID}
		for n := range DecidedTurns() {
			row = append(row, pct(r.Decided[k][n]))
		}
		rows = append(rows, row)
	}
	table(w, dhead, rows)

	for _, part := range []struct {
		title string
		js    []Joint
	}{{"all issues", r.Joint}, {"the headline issues", r.JointHeadline}} {
		p("\n## Joint outcomes: %s\n\nThe most common combinations of final options in the %s world.\n\n", part.title, r.Difficulty)
		rows = nil
		for _, j := range part.js {
			rows = append(rows, []string{pct(j.Share), JointWords(sc, j)})
		}
		table(w, []string{"share", "outcome"}, rows)
	}

	p("\n## AI behaviour\n\nIn the %s world.\n\n", r.Difficulty)
	table(w, []string{"figure", "value"}, [][]string{
		{fmt.Sprintf("linkage of multi-term offers (%d): none / implicit / explicit", r.LinkageOffers),
			pct(r.Linkage[0]) + " / " + pct(r.Linkage[1]) + " / " + pct(r.Linkage[2])},
		{"games where an AI seat broke a public statement", pct(r.StatementsBrokenShare)},
		{fmt.Sprintf("dilemmas answered with the default (%d)", r.Dilemmas), pct(r.DilemmaDefaultShare)},
		{"offers made in play with a loosely worded term", fmt.Sprintf("%d (%.1f per game)", r.VagueOffers, float64(r.VagueOffers)/float64(max(r.Runs, 1)))},
	})
}

func (r *Report) issueNames(is []int) string {
	var parts []string
	for _, i := range is {
		parts = append(parts, r.Scen.Issues[i].Name+" (`"+r.Scen.Issues[i].ID+"`)")
	}
	return strings.Join(parts, ", ")
}

func joinDot(parts []string) string { return strings.Join(parts, " · ") }

func pct(p float64) string { return fmt.Sprintf("%.0f%%", 100*p) }

// shareCell prints a share with its Wilson interval: "80% (68-88)".
func shareCell(s Share) string {
	return fmt.Sprintf("%.0f%% (%.0f-%.0f)", 100*s.P, 100*s.Lo, 100*s.Hi)
}

// table prints a Markdown table with its columns padded to line up.
func table(w io.Writer, head []string, rows [][]string) {
	width := make([]int, len(head))
	for c, h := range head {
		width[c] = utf8.RuneCountInString(h)
	}
	for _, row := range rows {
		for c, cell := range row {
			width[c] = max(width[c], utf8.RuneCountInString(cell))
		}
	}
	line := func(cells []string) {
		var b strings.Builder
		b.WriteString("|")
		for c, cell := range cells {
			b.WriteString(" " + cell + strings.Repeat(" ", width[c]-utf8.RuneCountInString(cell)) + " |")
		}
		fmt.Fprintln(w, b.String())
	}
	line(head)
	sep := make([]string, len(head))
	for c := range sep {
		sep[c] = strings.Repeat("-", width[c])
	}
	line(sep)
	for _, row := range rows {
		line(row)
	}
}
