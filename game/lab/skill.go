package lab

import (
	"fmt"
	"io"

	"backchannel/game/strategy"
)

// Skill is one seat's two yardsticks of "Negotiation that matters": the
// AI against the best trivial strategy, and hard against normal.
type Skill struct {
	AI        float64 // the lab's difficulty
	Best      string  // the best trivial strategy played ("" if none)
	BestMean  float64
	Hard      float64
	HardShown bool // hard was played and is not the reference
}

// Margin is the AI's lead over the best trivial strategy.
func (k Skill) Margin() float64 { return k.AI - k.BestMean }

// Skill reads actor a's row.
func (r *Report) Skill(a int) Skill {
	names := strategy.Names()
	row := r.Seats[a]
	k := Skill{AI: row[indexOf(names, r.Difficulty)].Mean}
	for s, name := range names {
		if row[s].Played && !strategy.IsAI(name) && (k.Best == "" || row[s].Mean > k.BestMean) {
			k.Best, k.BestMean = name, row[s].Mean
		}
	}
	if h := row[indexOf(names, "hard")]; h.Played && r.Difficulty == "normal" {
		k.Hard, k.HardShown = h.Mean, true
	}
	return k
}

// skillIntro says what the skill table shows, for both reports.
func (r *Report) skillIntro() string {
	return fmt.Sprintf("The %s AI against the best trivial strategy in each seat (bar: %d points), and hard against normal (bar: %d).", r.Difficulty, SkillMargin, HardMargin)
}

// skillTable is the yardsticks at a glance, one row per seat, each figure
// marked ✗ where it misses its bar; missed[row] holds 1 for each such
// figure's column (the web page shades them).
func (r *Report) skillTable() (head []string, rows [][]string, missed [][]float64) {
	head = []string{"seat", r.Difficulty, "best trivial", "margin", "hard", "hard − " + r.Difficulty}
	for a := range r.Scen.Actors {
		k := r.Skill(a)
		row := []string{name(r.Scen, a), fmt.Sprintf("%.1f", k.AI), "–", "–", "–", "–"}
		miss := make([]float64, len(row)-1)
		if k.Best != "" {
			row[2] = fmt.Sprintf("%.1f (%s)", k.BestMean, k.Best)
			row[3] = fmt.Sprintf("%+.1f%s", k.Margin(), mark(k.Margin() >= SkillMargin))
			miss[2] = missed1(k.Margin() >= SkillMargin)
		}
		if k.HardShown {
			row[4] = fmt.Sprintf("%.1f", k.Hard)
			row[5] = fmt.Sprintf("%+.1f%s", k.Hard-k.AI, mark(k.Hard-k.AI >= HardMargin))
			miss[4] = missed1(k.Hard-k.AI >= HardMargin)
		}
		rows, missed = append(rows, row), append(missed, miss)
	}
	return head, rows, missed
}

// writeSkill prints the skill table in Markdown.
func (r *Report) writeSkill(w io.Writer) {
	fmt.Fprintf(w, "\n## Skill at a glance\n\n%s\n\n", r.skillIntro())
	head, rows, _ := r.skillTable()
	table(w, head, rows)
}

func missed1(met bool) float64 {
	if met {
		return 0
	}
	return 1
}

// mark flags a figure that misses its bar.
func mark(met bool) string {
	if met {
		return ""
	}
	return " ✗"
}

// played reports whether any seat played strategy s.
func (r *Report) played(s int) bool {
	for _, row := range r.Seats {
		if row[s].Played {
			return true
		}
	}
	return false
}

// seatCell prints a seat figure, or a dash where it was not played.
func seatCell(s SeatStat, cell func(SeatStat) string) string {
	if !s.Played {
		return "–"
	}
	return cell(s)
}
