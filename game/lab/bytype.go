package lab

import "backchannel/game"

// TypeStat is how an actor fared in the games where it had one type.
type TypeStat struct {
	Games         int
	Score         Stat
	BeatStatusQuo Share
	// Issues[k][j]: share of those games ending with issue k of the
	// breakdown at option j.
	Issues [][]float64
}

// ByType breaks the games down by each actor's true type: [actor][type],
// with the final options of the given issues.
func ByType(sc *game.Scenario, rs []Result, issues []int) [][]TypeStat {
	out := make([][]TypeStat, len(sc.Actors))
	for a, ad := range sc.Actors {
		out[a] = make([]TypeStat, len(ad.Types))
		for t := range ad.Types {
			var xs []float64
			beat := 0
			ts := TypeStat{Issues: make([][]float64, len(issues))}
			for k, i := range issues {
				ts.Issues[k] = make([]float64, len(sc.Issues[i].Options))
			}
			for _, g := range rs {
				if g.Types[a] != t {
					continue
				}
				s := g.Scores[a]
				xs = append(xs, s.Final)
				if s.Final > s.StatusQuo {
					beat++
				}
				for k, i := range issues {
					ts.Issues[k][g.Options[i]]++
				}
			}
			ts.Games, ts.Score, ts.BeatStatusQuo = len(xs), meanCI(xs), wilson(beat, len(xs))
			for k := range ts.Issues {
				for j := range ts.Issues[k] {
					ts.Issues[k][j] /= float64(max(len(xs), 1))
				}
			}
			out[a][t] = ts
		}
	}
	return out
}

// JointJSON lists joint outcomes as {options: {ISSUE: OPTION}, share}.
func JointJSON(sc *game.Scenario, js []Joint) []Object {
	out := []Object{}
	for _, j := range js {
		opts := Object{}
		for i, o := range j.Options {
			if o >= 0 {
				is := sc.Issues[i]
				opts = append(opts, Pair{is.ID, is.Options[o].ID})
			}
		}
		out = append(out, Object{{"options", opts}, {"share", round4(j.Share)}})
	}
	return out
}

// JointWords says a joint outcome: "third_site: Delay · iran_sanctions: …".
func JointWords(sc *game.Scenario, j Joint) string {
	var parts []string
	for i, o := range j.Options {
		if o >= 0 {
			parts = append(parts, sc.Issues[i].ID+": "+sc.Issues[i].Options[o].Name)
		}
	}
	return joinDot(parts)
}
