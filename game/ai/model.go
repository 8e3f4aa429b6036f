package ai

import "backchannel/game"

// model is what a seat precomputes from the common-knowledge scenario:
// id lookups and each type's preferences as dense tables, so that the
// package search touches no maps in its inner loops.
type model struct {
	sc      *game.Scenario
	actor   map[string]int
	issue   map[string]int
	option  []map[string]int
	types   [][]typeTable // [actor][type]
	priors  [][]float64   // [actor][type], normalised
	consent [][]consent   // [issue][option]
	alone   [][]string    // [actor]: its id alone, a recipient list that needs no allocation
	// near is, per issue, whether option o keeps a loosely worded promise
	// of option n, at [n*len(options)+o]: Scenario.Keeps, read once, since
	// the search asks it for every vague term it weighs.
	near [][]bool
	// voted lists the moves (issue i to option j) that a vote decides.
	voted []struct{ i, j int }
}

// typeTable is one type's utility function in dense form. The engine's
// Utility is sum(weight*value)/sum(weight) less RedLinePenalty per red line
// crossed, clamped to 0-100; num and red hold the two parts per option.
type typeTable struct {
	prefs *game.Preferences
	num   [][]float64 // [issue][option]: weight × value, 0 where the type does not care
	red   [][]float64 // [issue][option]: red-line penalty
	val   [][]float64 // [issue][option]: num/wsum - red, the option's share of utility
	wsum  float64
	// hasRed is whether the type has any red line: most have none, and
	// the search then skips looking for one.
	hasRed bool
}

// consent is what moving an issue to one option needs.
type consent struct {
	actors []int     // actors who must be parties to the agreement
	rats   []ratRule // votes the controller's move must pass
}

// ratRule is a ratification vote: it passes with
// sigmoid((support - threshold) / spread), as in the engine.
type ratRule struct {
	actor             int
	threshold, spread float64
}

// sharedModel holds the one model that the seats of a game build from
// the same common-knowledge scenario: it is read-only once built.
type sharedModel struct{ m *model }

// Share lets the seats of one game build their model of the scenario once
// between them instead of once each (a large share of a simulated game's
// allocations). The seats must be used one at a time, as Play and the lab
// use them; a seat shown another scenario builds its own model.
func Share(seats ...*Seat) {
	sh := &sharedModel{}
	for _, s := range seats {
		s.share = sh
	}
}

// modelOf is the seat's model of the scenario, from the seats it shares
// with when one of them has built it.
func (s *Seat) modelOf(sc *game.Scenario) *model {
	if s.share != nil && s.share.m != nil && s.share.m.sc == sc {
		return s.share.m
	}
	m := newModel(sc)
	if s.share != nil {
		s.share.m = m
	}
	return m
}

func newModel(sc *game.Scenario) *model {
	m := &model{sc: sc, actor: map[string]int{}, issue: map[string]int{}}
	for a, ad := range sc.Actors {
		m.actor[ad.ID] = a
		m.alone = append(m.alone, []string{ad.ID})
	}
	for i, is := range sc.Issues {
		m.issue[is.ID] = i
		om := make(map[string]int, len(is.Options))
		for j, o := range is.Options {
			om[o.ID] = j
		}
		m.option = append(m.option, om)
	}
	m.types = make([][]typeTable, len(sc.Actors))
	m.priors = make([][]float64, len(sc.Actors))
	for a, ad := range sc.Actors {
		m.types[a] = make([]typeTable, len(ad.Types))
		sum := 0.0
		for k := range ad.Types {
			m.types[a][k] = m.table(&ad.Types[k].Prefs)
			sum += ad.Types[k].Prior
		}
		m.priors[a] = make([]float64, len(ad.Types))
		for k, t := range ad.Types {
			if sum > 0 {
				m.priors[a][k] = t.Prior / sum
			} else {
				m.priors[a][k] = 1 / float64(len(ad.Types))
			}
		}
	}
	m.consent = make([][]consent, len(sc.Issues))
	m.near = make([][]bool, len(sc.Issues))
	for i, is := range sc.Issues {
		m.consent[i] = make([]consent, len(is.Options))
		m.near[i] = make([]bool, len(is.Options)*len(is.Options))
		for j, o := range is.Options {
			m.consent[i][j] = m.consentFor(is, o.ID)
			if len(m.consent[i][j].rats) > 0 {
				m.voted = append(m.voted, struct{ i, j int }{i, j})
			}
			t := game.Term{Issue: is.ID, Option: o.ID, Vague: true}
			for k := range is.Options {
				m.near[i][j*len(is.Options)+k] = sc.Keeps(t, k)
			}
		}
	}
	return m
}

// table lays out one type's preferences; the sums follow the engine's
// order so that utilities agree with Scenario.Utility.
func (m *model) table(p *game.Preferences) typeTable {
	t := typeTable{prefs: p}
	// One block holds the three tables' rows, one block their cells: a
	// seat builds its model every game, and many small slices were most of
	// a simulation's allocations.
	ni, cells := len(m.sc.Issues), 0
	for _, is := range m.sc.Issues {
		cells += len(is.Options)
	}
	rows, flat := make([][]float64, 0, 3*ni), make([]float64, 3*cells)
	row := func(n int) []float64 {
		r := flat[:n:n]
		flat = flat[n:]
		return r
	}
	t.num, t.red, t.val = rows[:0:ni], rows[ni:ni:2*ni], rows[2*ni:2*ni:3*ni]
	for _, is := range m.sc.Issues {
		n := len(is.Options)
		num, red := row(n), row(n)
		w, vals := p.Weights[is.ID], p.Values[is.ID]
		if w > 0 && len(vals) == n {
			for j := range num {
				num[j] = w * vals[j]
			}
			t.wsum += w
		}
		for _, rl := range p.RedLines {
			if rl.Issue == is.ID {
				for j, o := range is.Options {
					if o.ID == rl.Option {
						red[j] += game.RedLinePenalty
						t.hasRed = true
					}
				}
			}
		}
		t.num, t.red = append(t.num, num), append(t.red, red)
	}
	for i := range t.num {
		val := row(len(t.num[i]))
		for j := range val {
			if t.wsum > 0 {
				val[j] = t.num[i][j] / t.wsum
			}
			val[j] -= t.red[i][j]
		}
		t.val = append(t.val, val)
	}
	return t
}

func (m *model) consentFor(is game.IssueDef, option string) consent {
	var c consent
	for _, r := range is.Consent {
		if len(r.Options) > 0 && !containsStr(r.Options, option) {
			continue
		}
		for _, id := range r.Actors {
			if a, ok := m.actor[id]; ok {
				c.actors = append(c.actors, a)
			}
		}
		if rt := r.Ratification; rt != nil {
			if a, ok := m.actor[rt.Actor]; ok {
				spread := rt.Spread
				if spread <= 0 {
					spread = 10
				}
				c.rats = append(c.rats, ratRule{actor: a, threshold: rt.Threshold, spread: spread})
			}
		}
	}
	return c
}

// raw is the utility before clamping: it stays linear in the options, so
// that expected utilities can be summed term by term.
func (t *typeTable) raw(options []int) float64 {
	sum, pen := 0.0, 0.0
	for i, j := range options {
		sum += t.num[i][j]
		pen += t.red[i][j]
	}
	u := 50.0
	if t.wsum > 0 {
		u = sum / t.wsum
	}
	return u - pen
}

// delta is the change in raw utility when issue i moves from option a to b.
func (t *typeTable) delta(i, a, b int) float64 { return t.val[i][b] - t.val[i][a] }

// best is the option of issue i the type likes most, among those allowed.
func (t *typeTable) best(i, cur int, allowed func(j int) bool) int {
	bj, bd := cur, 0.0
	for j := range t.num[i] {
		if j == cur || !allowed(j) {
			continue
		}
		if d := t.delta(i, cur, j); d > bd {
			bj, bd = j, d
		}
	}
	return bj
}

func containsStr(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
