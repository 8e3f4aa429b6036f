package debrief

import (
	"backchannel/game"
	"backchannel/game/fmath"
)

// evaluator computes every actor's true-type utility of a deal quickly: the
// deal search calls it up to a million times, and Scenario.Utility looks
// its weights up in maps. It gives the same numbers (a test checks).
type evaluator struct {
	scen   *game.Scenario
	nIssue int
	actors []actorPrefs
	counts []int // options per issue
}

type actorPrefs struct {
	w        []float64   // per issue; 0 when the issue does not count
	v        [][]float64 // per issue, per option
	wsum     float64
	redLines [][2]int // issue, option
}

func newEvaluator(s *game.Scenario, types []int) *evaluator {
	e := &evaluator{scen: s, nIssue: len(s.Issues)}
	for _, is := range s.Issues {
		e.counts = append(e.counts, len(is.Options))
	}
	for a, ad := range s.Actors {
		p := ad.Types[types[a]].Prefs
		ap := actorPrefs{w: make([]float64, len(s.Issues)), v: make([][]float64, len(s.Issues))}
		for i, is := range s.Issues {
			w, vals := p.Weights[is.ID], p.Values[is.ID]
			if w <= 0 || len(vals) != len(is.Options) {
				continue
			}
			ap.w[i], ap.v[i] = w, vals
			ap.wsum += w
		}
		for _, rl := range p.RedLines {
			for i, is := range s.Issues {
				for j, o := range is.Options {
					if is.ID == rl.Issue && o.ID == rl.Option {
						ap.redLines = append(ap.redLines, [2]int{i, j})
					}
				}
			}
		}
		e.actors = append(e.actors, ap)
	}
	return e
}

// utility of one actor for a deal, as Scenario.Utility computes it.
func (e *evaluator) utility(a int, deal []int) float64 {
	ap := &e.actors[a]
	u := 50.0
	if ap.wsum > 0 {
		sum := 0.0
		for i, w := range ap.w {
			if w > 0 {
				sum += w * ap.v[i][deal[i]]
			}
		}
		u = sum / ap.wsum
	}
	for _, rl := range ap.redLines {
		if deal[rl[0]] == rl[1] {
			u -= game.RedLinePenalty
		}
	}
	return fmath.Clamp(u, 0, 100)
}

// utilities fills out with every actor's utility of a deal.
func (e *evaluator) utilities(deal []int, out []float64) []float64 {
	out = out[:0]
	for a := range e.actors {
		out = append(out, e.utility(a, deal))
	}
	return out
}
