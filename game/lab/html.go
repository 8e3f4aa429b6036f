package lab

import (
	"fmt"
	"html"
	"io"
	"math"
	"strings"

	"backchannel/game/strategy"
)

// WriteHTML writes the report as one self-contained web page (no network:
// styles inline, charts as inline SVG), large enough to project in class.
func (r *Report) WriteHTML(w io.Writer) {
	sc := r.Scen
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	e := html.EscapeString
	p(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lab report: %s</title>
<style>
body{font:18px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#1a1a1a}
h1{font-size:1.8em;margin-bottom:.2em} h2{margin-top:2em;border-bottom:2px solid #ddd;padding-bottom:.2em}
.meta{color:#555} table{border-collapse:collapse;margin:1em 0;font-size:.9em} td,th{padding:.3em .6em;border-bottom:1px solid #e4e4e4;text-align:right}
th{background:#f4f4f4} td:first-child,th:first-child{text-align:left} .findings li{margin:.4em 0}
.charts{display:flex;flex-wrap:wrap;gap:1.5em} .chart{flex:0 1 560px;max-width:560px} .chart h3{font-size:1em;margin:.5em 0} .chart.wide{max-width:900px}
svg text{font:13px system-ui,sans-serif} .note{color:#555;font-size:.9em}
</style></head><body>
`, e(sc.Title))
	p("<h1>Lab report: %s</h1>\n", e(sc.Title))
	p(`<p class="meta">Scenario <code>%s</code>: %d games per arm (seeds %d–%d), other seats %s AI, %d arms, %.1f s. Scores are 0–100, mean ± 95%% interval. Headline issues: %s.</p>`+"\n",
		e(sc.ID), r.Runs, r.Seed, r.Seed+uint64(r.Runs)-1, e(r.Difficulty), r.Arms, r.Seconds, e(strings.ReplaceAll(r.issueNames(r.Headline), "`", "")))
	if r.Partial != "" {
		p("<p class=\"meta\">A focused lab: %s. Figures it did not play are shown as –.</p>\n", e(r.Partial))
	}

	p("<h2 id=\"findings\">Findings</h2>\n<ul class=\"findings\">\n")
	if len(r.Findings) == 0 {
		p("<li>Every figure meets its yardstick.</li>\n")
	}
	for _, f := range r.Findings {
		p("<li>%s</li>\n", e(f.Text))
	}
	p("</ul>\n")

	skHead, skRows, skMissed := r.skillTable()
	p("<h2 id=\"skill\">Skill at a glance</h2>\n<p>%s Shaded: a bar missed.</p>\n%s", e(r.skillIntro()), htmlTable(skHead, skRows, skMissed))

	p("<h2 id=\"seat-matrix\">Seat matrix</h2>\n<p>Each actor's seat played by each strategy, every other seat by the %s AI. Blue bars are the AI, orange the trivial strategies; the dashed line is %d points below the %s AI: a trivial bar past it means the seat rewards no skill.</p>\n<div class=\"charts\">\n", e(r.Difficulty), SkillMargin, e(r.Difficulty))
	names := strategy.Names()
	ref := indexOf(names, r.Difficulty)
	for a := range sc.Actors {
		var bars []bar
		for s, name := range names {
			st := r.Seats[a][s]
			if !st.Played {
				continue
			}
			col := palette()[1]
			if strategy.IsAI(name) {
				col = palette()[0]
			}
			bars = append(bars, bar{label: name, value: st.Mean, ci: st.CI95, colour: col, text: fmt.Sprintf("%.1f ±%.1f", st.Mean, st.CI95)})
		}
		p("<div class=\"chart\"><h3>%s</h3>%s</div>\n", e(name(sc, a)), barChart(bars, 100, r.Seats[a][ref].Mean-SkillMargin))
	}
	p("</div>\n")
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
		{"Share of games beating the all-passive world", func(s SeatStat) string { return shareCell(s.BeatPassiveWorld) }},
	} {
		var rows [][]string
		for s, sname := range names {
			if !r.played(s) {
				continue
			}
			row := []string{sname}
			for a := range sc.Actors {
				row = append(row, seatCell(r.Seats[a][s], part.cell))
			}
			rows = append(rows, row)
		}
		p("<h3>%s</h3>\n%s", e(part.title), htmlTable(head, rows, nil))
	}

	p("<h2 id=\"all-ai-worlds\">All-AI worlds</h2>\n<p>Final option of each headline issue, share of games, with every seat played alike.</p>\n<div class=\"charts\">\n")
	for _, i := range r.Headline {
		var rows []stack
		for _, wd := range r.Baseline {
			rows = append(rows, stack{label: wd.Name, shares: wd.Issues[i]})
		}
		p("<div class=\"chart\"><h3>%s</h3>%s</div>\n", e(sc.Issues[i].Name), stackChart(rows, r.optionNames(i)))
	}
	p("</div>\n")
	whead := []string{"mean score"}
	for _, wd := range r.Baseline {
		whead = append(whead, wd.Name)
	}
	var rows [][]string
	for a := range sc.Actors {
		row := []string{name(sc, a)}
		for _, wd := range r.Baseline {
			row = append(row, fmt.Sprintf("%.1f ±%.1f", wd.Scores[a].Mean, wd.Scores[a].CI95))
		}
		rows = append(rows, row)
	}
	p("%s", htmlTable(whead, rows, nil))

	p("<h2 id=\"ablations\">Ablations</h2>\n<p>Each mechanic switched off alone (or linkage forced), every seat %s AI, against the same seeds with everything on. The dashed line marks %d points: a mechanic whose bar stays short of it and moves no seat's score by %d is inert.</p>\n", e(r.Difficulty), ShiftMatters, ScoreMatters)
	if len(r.Ablations) == 0 {
		p("<p>Not played in this focused lab.</p>\n")
	} else {
		r.htmlAblations(p)
	}
	var heat [][]float64

	p("<h2 id=\"type-predictability\">Type predictability</h2>\n<p>How often an actor's true type alone predicts a headline issue's final option, in the %s world (shaded above %.0f%%).</p>\n", e(r.Difficulty), 100*TypeDecides)
	thead := []string{"actor"}
	for _, i := range r.Headline {
		thead = append(thead, sc.Issues[i].Name)
	}
	rows = nil
	for a := range sc.Actors {
		row := []string{name(sc, a)}
		var hr []float64
		for k := range r.Headline {
			row = append(row, pct(r.TypePredict[a][k]))
			hr = append(hr, max(0, (r.TypePredict[a][k]-TypeDecides)/(1-TypeDecides)))
		}
		rows, heat = append(rows, row), append(heat, hr)
	}
	p("%s", htmlTable(thead, rows, heat))

	ag := r.Agreements
	p("<h2 id=\"agreements\">Agreements</h2>\n<p>%d agreed terms in the %s world.</p>\n%s", ag.Terms, e(r.Difficulty), htmlTable([]string{"fate", "share"}, [][]string{
		{"carried out (of all terms)", pct(ag.CarriedOut)},
		{"reneged (of all terms)", pct(ag.Reneged)},
		{"expired unkept (of all terms)", pct(ag.Expired)},
		{"released: a partner broke the bundle first (of all terms)", pct(ag.Released)},
		{"failed: voted down or impossible (of all terms)", pct(ag.Failed)},
		{"carried out, then reverted without a renege (of carried out)", pct(ag.Reverted)},
		{"carried out but disputed (of carried out)", pct(ag.Disputed)},
	}, nil))

	p("<h2 id=\"decidedness\">Decidedness</h2>\n<p>Share of games whose headline option after a turn is already the final one.</p>\n")
	dhead := []string{"issue"}
	for _, t := range DecidedTurns() {
		dhead = append(dhead, fmt.Sprintf("after turn %d", t))
	}
	rows = nil
	for k, i := range r.Headline {
		row := []string{sc.Issues[i].Name}
		for n := range DecidedTurns() {
			row = append(row, pct(r.Decided[k][n]))
		}
		rows = append(rows, row)
	}
	p("%s", htmlTable(dhead, rows, nil))

	for _, part := range []struct {
		title string
		js    []Joint
	}{{"the headline issues", r.JointHeadline}, {"all issues", r.Joint}} {
		rows = nil
		for _, j := range part.js {
			rows = append(rows, []string{pct(j.Share), JointWords(sc, j)})
		}
		p("<h2>Joint outcomes: %s</h2>\n%s", e(part.title), htmlTable([]string{"share", "outcome"}, rows, nil))
	}

	p("<h2 id=\"ai-behaviour\">AI behaviour</h2>\n%s", htmlTable([]string{"figure", "value"}, [][]string{
		{fmt.Sprintf("linkage of multi-term offers (%d): none / implicit / explicit", r.LinkageOffers),
			pct(r.Linkage[0]) + " / " + pct(r.Linkage[1]) + " / " + pct(r.Linkage[2])},
		{"games where an AI seat broke a public statement", pct(r.StatementsBrokenShare)},
		{fmt.Sprintf("dilemmas answered with the default (%d)", r.Dilemmas), pct(r.DilemmaDefaultShare)},
		{"offers made in play with a loosely worded term", fmt.Sprintf("%d (%.1f per game)", r.VagueOffers, float64(r.VagueOffers)/float64(max(r.Runs, 1)))},
	}, nil))
	p("<p class=\"note\">Made by <code>backchannel lab</code>. docs/authoring.md, \"Reading the lab report\", explains each table and how to fix what it finds.</p>\n</body></html>\n")
	io.WriteString(w, b.String())
}

func (r *Report) optionNames(i int) []string {
	var out []string
	for _, op := range r.Scen.Issues[i].Options {
		out = append(out, op.Name)
	}
	return out
}

// htmlTable prints a table; heat, if not nil, shades each body cell but
// the first of a row by a figure from 0 (none) to 1 (full).
func htmlTable(head []string, rows [][]string, heat [][]float64) string {
	var s strings.Builder
	s.WriteString("<table><tr>")
	for _, h := range head {
		s.WriteString("<th>" + html.EscapeString(h) + "</th>")
	}
	s.WriteString("</tr>\n")
	for n, row := range rows {
		s.WriteString("<tr>")
		for c, cell := range row {
			style := ""
			if heat != nil && c > 0 && c-1 < len(heat[n]) {
				if h := min(heat[n][c-1], 1); h > 0 {
					style = fmt.Sprintf(` style="background:rgba(213,94,0,%.2f)"`, 0.15+0.6*h)
				}
			}
			fmt.Fprintf(&s, "<td%s>%s</td>", style, html.EscapeString(cell))
		}
		s.WriteString("</tr>\n")
	}
	s.WriteString("</table>\n")
	return s.String()
}

// htmlAblations draws the ablations: the largest headline shift of each
// arm, and each seat's mean score change.
func (r *Report) htmlAblations(p func(string, ...any)) {
	sc := r.Scen
	var bars []bar
	for _, wd := range r.Ablations {
		col := palette()[2]
		if wd.Shift < ShiftMatters {
			col = palette()[5]
		}
		text := fmt.Sprintf("%.1f", wd.Shift)
		if wd.ShiftIssue >= 0 {
			text += " (" + sc.Issues[wd.ShiftIssue].ID + ": " + optionName(sc, wd.ShiftIssue, wd.ShiftOpt) + ")"
		}
		bars = append(bars, bar{label: wd.Label, value: wd.Shift, colour: col, text: text})
	}
	top := 4.0 * ShiftMatters // a scale that shows the yardstick, widened for big shifts
	for _, b := range bars {
		top = max(top, 10*math.Ceil(b.value/10))
	}
	p("<div class=\"chart wide\"><h3>Largest move of a headline option's share, in points</h3>%s</div>\n", barChart(bars, top, ShiftMatters))
	ahead := []string{"arm"}
	for a := range sc.Actors {
		ahead = append(ahead, "Δ "+name(sc, a))
	}
	var rows [][]string
	var heat [][]float64
	for _, wd := range r.Ablations {
		row := []string{wd.Label}
		var hr []float64
		for _, d := range wd.Diff {
			row = append(row, fmt.Sprintf("%+.1f ±%.1f", d.Mean, d.CI95))
			if abs(d.Mean) >= ScoreMatters {
				hr = append(hr, 1)
			} else {
				hr = append(hr, 0)
			}
		}
		rows, heat = append(rows, row), append(heat, hr)
	}
	p("<h3>Each seat's mean score change (shaded from %d points)</h3>\n%s", ScoreMatters, htmlTable(ahead, rows, heat))
}
