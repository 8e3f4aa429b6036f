package game

import "math"

// denseType is a type's preferences laid out by issue and option index, so
// that utilities, computed thousands of times a turn, need no map lookups.
type denseType struct {
	weight []float64   // per issue
	value  [][]float64 // per issue, per option
	wsum   float64
	maxW   float64  // the largest weight
	red    [][2]int // red lines as (issue, option)
}

func buildDense(s *Scenario, ix *index) [][]denseType {
	out := make([][]denseType, len(s.Actors))
	for a, ad := range s.Actors {
		out[a] = make([]denseType, len(ad.Types))
		for k, t := range ad.Types {
			d := denseType{weight: make([]float64, len(s.Issues)), value: make([][]float64, len(s.Issues))}
			for i, is := range s.Issues {
				w, vals := t.Prefs.Weights[is.ID], t.Prefs.Values[is.ID]
				if w > 0 && len(vals) == len(is.Options) {
					d.weight[i], d.value[i] = w, vals
					d.wsum += w
				}
			}
			for _, w := range d.weight {
				d.maxW = math.Max(d.maxW, w)
			}
			for _, rl := range t.Prefs.RedLines {
				if i, ok := ix.issue[rl.Issue]; ok {
					if j, ok := ix.option[i][rl.Option]; ok {
						d.red = append(d.red, [2]int{i, j})
					}
				}
			}
			out[a][k] = d
		}
	}
	return out
}

// utility is Scenario.Utility on the dense layout.
func (d *denseType) utility(options []int) float64 {
	u := 50.0
	if d.wsum > 0 {
		sum := 0.0
		for i, w := range d.weight {
			if w > 0 {
				sum += w * d.value[i][options[i]]
			}
		}
		u = sum / d.wsum
	}
	for _, r := range d.red {
		if options[r[0]] == r[1] {
			u -= RedLinePenalty
		}
	}
	return math.Max(0, math.Min(100, u))
}

// applyTerms writes the options the terms set into dst (a copy of src).
func (ix *index) applyTerms(dst, src []int, terms []Term) []int {
	dst = append(dst[:0], src...)
	for _, t := range terms {
		if i, ok := ix.issue[t.Issue]; ok {
			if j, ok := ix.option[i][t.Option]; ok {
				dst[i] = j
			}
		}
	}
	return dst
}
