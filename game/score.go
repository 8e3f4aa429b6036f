package game

// Score is one actor's result: its true type's utility of the final state,
// beside the status quo at the start and the real episode's outcome.
type Score struct {
	Actor     string  `json:"actor"`
	Type      string  `json:"type"`
	Final     float64 `json:"final"`
	StatusQuo float64 `json:"status_quo"`
	History   float64 `json:"history"`
}

// Scores rates every actor, in scenario order. It can be called at any
// time; it is the debrief's verdict once the game is over.
func (g *Game) Scores() []Score {
	hist := g.HistoricalOptions()
	out := make([]Score, len(g.Scen.Actors))
	for a, ad := range g.Scen.Actors {
		t := g.Types[a]
		out[a] = Score{Actor: ad.ID, Type: ad.Types[t].ID,
			Final:     round4(g.Scen.Utility(a, t, g.Options)),
			StatusQuo: round4(g.Scen.Utility(a, t, g.start)),
			History:   round4(g.Scen.Utility(a, t, hist))}
	}
	return out
}

// StartOptions are the issue options at the start of the game.
func (g *Game) StartOptions() []int { return clone(g.start) }

// HistoricalOptions are the options the real episode ended with (the start
// option where the scenario does not say).
func (g *Game) HistoricalOptions() []int {
	out := clone(g.start)
	for i, is := range g.Scen.Issues {
		if j := g.OptionIndex(i, is.Historical); j >= 0 {
			out[i] = j
		}
	}
	return out
}
