package game

// Score is one actor's result on two levels: policy, its true type's
// utility of the final issue options, and home, its standing at home
// (the mean of its domestic support and its face). Final weighs them by
// the type's HomeWeight; StatusQuo and History are the same measure of
// the start and of the real episode's outcome (with standing as at the
// start, since the record says nothing of the game's support and face).
type Score struct {
	Actor      string  `json:"actor"`
	Type       string  `json:"type"`
	Final      float64 `json:"final"`
	StatusQuo  float64 `json:"status_quo"`
	History    float64 `json:"history"`
	Policy     float64 `json:"policy"`
	Home       float64 `json:"home"`
	HomeWeight float64 `json:"home_weight"`
	// PolicyStart and HomeStart are the two parts of StatusQuo.
	PolicyStart float64 `json:"policy_start"`
	HomeStart   float64 `json:"home_start"`
}

// Scores rates every actor, in scenario order. It can be called at any
// time; it is the debrief's verdict once the game is over.
func (g *Game) Scores() []Score {
	hist := g.HistoricalOptions()
	out := make([]Score, len(g.Scen.Actors))
	for a, ad := range g.Scen.Actors {
		t := g.Types[a]
		w := g.HomeWeight(a)
		s := Score{Actor: ad.ID, Type: ad.Types[t].ID, HomeWeight: w,
			Policy:      round4(g.Scen.Utility(a, t, g.Options)),
			Home:        round4(Standing(g.Support[a], g.Face[a])),
			PolicyStart: round4(g.Scen.Utility(a, t, g.start)),
			HomeStart:   round4(Standing(g.BaseSupport[a], 50))}
		s.Final = round4(TwoLevel(s.Policy, s.Home, w))
		s.StatusQuo = round4(TwoLevel(s.PolicyStart, s.HomeStart, w))
		s.History = round4(TwoLevel(g.Scen.Utility(a, t, hist), s.HomeStart, w))
		out[a] = s
	}
	return out
}

// HomeWeight is the share of actor a's score that comes from its standing
// at home: its true type's, or the rules' default.
func (g *Game) HomeWeight(a int) float64 {
	if w := g.Scen.Actors[a].Types[g.Types[a]].Prefs.HomeWeight; w > 0 {
		return w
	}
	return g.Rules.HomeWeight
}

// Standing is an actor's standing at home, 0-100: the mean of its domestic
// support and its face.
func Standing(support, face float64) float64 { return (support + face) / 2 }

// TwoLevel is a score from its two parts: policy and standing at home,
// the latter weighted w (0-1).
func TwoLevel(policy, home, w float64) float64 { return (1-w)*policy + w*home }

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
