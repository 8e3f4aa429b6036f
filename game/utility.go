package game

import "backchannel/game/fmath"

// RedLinePenalty is the utility a type loses for each of its red lines
// crossed in the final state.
const RedLinePenalty = 30

// Utility is how much a type of an actor likes a set of issue options,
// 0-100: the weighted mean of its option values, less red-line penalties.
func (s *Scenario) Utility(actor, typ int, options []int) float64 {
	t := &s.Actors[actor].Types[typ].Prefs
	sum, wsum := 0.0, 0.0
	for i, is := range s.Issues {
		w := t.Weights[is.ID]
		vals := t.Values[is.ID]
		if w <= 0 || len(vals) == 0 || options[i] < 0 || options[i] >= len(vals) {
			continue
		}
		sum += w * vals[options[i]]
		wsum += w
	}
	u := 50.0
	if wsum > 0 {
		u = sum / wsum
	}
	for _, rl := range t.RedLines {
		for i, is := range s.Issues {
			if is.ID == rl.Issue && options[i] >= 0 && options[i] < len(is.Options) && is.Options[options[i]].ID == rl.Option {
				u -= RedLinePenalty
			}
		}
	}
	return fmath.Clamp(u, 0, 100)
}

// CrossesRedLine reports whether setting the options crosses one of the
// type's red lines.
func (s *Scenario) CrossesRedLine(actor, typ int, options []int) bool {
	for _, rl := range s.Actors[actor].Types[typ].Prefs.RedLines {
		for i, is := range s.Issues {
			if is.ID == rl.Issue && options[i] >= 0 && options[i] < len(is.Options) && is.Options[options[i]].ID == rl.Option {
				return true
			}
		}
	}
	return false
}

// Apply returns a copy of options with the terms applied; unknown terms are
// skipped. It lets AI and UI evaluate "what if this offer were carried out".
func (s *Scenario) Apply(options []int, terms []Term) []int {
	out := append([]int(nil), options...)
	for _, t := range terms {
		for i, is := range s.Issues {
			if is.ID != t.Issue {
				continue
			}
			for j, o := range is.Options {
				if o.ID == t.Option {
					out[i] = j
				}
			}
		}
	}
	return out
}

func round4(v float64) float64 { return fmath.Round4(v) }

func clamp(v, lo, hi float64) float64 { return fmath.Clamp(v, lo, hi) }

func sigmoid(x float64) float64 { return fmath.Sigmoid(x) }
