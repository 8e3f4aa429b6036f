package game

import "fmt"

// index maps scenario ids to positions so that the state can live in
// slices, walked in scenario order, never in map order.
type index struct {
	actor    map[string]int
	issue    map[string]int
	option   []map[string]int
	variable map[string]int
	event    map[string]int
	forum    map[string]int
	types    []map[string]int
	dense    [][]denseType
	consent  [][][]ConsentRule // [issue][option]: the rules covering it
	// alone[a] is the list of actor a's id alone, shared by the entries
	// only a may see (never changed).
	alone [][]string
}

// buildIndex checks the references the engine relies on. Package scenario
// reports friendlier errors with file positions; this is the last guard for
// scenarios built in code.
func buildIndex(s *Scenario) (index, error) {
	ix := index{actor: map[string]int{}, issue: map[string]int{}, variable: map[string]int{},
		event: map[string]int{}, forum: map[string]int{}}
	if s == nil {
		return ix, fmt.Errorf("game: no scenario")
	}
	if len(s.Actors) == 0 {
		return ix, fmt.Errorf("game: scenario %q has no actors", s.ID)
	}
	if !s.Calendar.valid() {
		return ix, fmt.Errorf("game: scenario %q has a bad calendar", s.ID)
	}
	for i, a := range s.Actors {
		if _, dup := ix.actor[a.ID]; dup {
			return ix, fmt.Errorf("game: duplicate actor %q", a.ID)
		}
		ix.actor[a.ID] = i
		ix.alone = append(ix.alone, []string{a.ID})
		if len(a.Types) == 0 {
			return ix, fmt.Errorf("game: actor %q has no types", a.ID)
		}
		tm := map[string]int{}
		for j, t := range a.Types {
			tm[t.ID] = j
		}
		ix.types = append(ix.types, tm)
	}
	for i, is := range s.Issues {
		if _, dup := ix.issue[is.ID]; dup {
			return ix, fmt.Errorf("game: duplicate issue %q", is.ID)
		}
		ix.issue[is.ID] = i
		om := map[string]int{}
		for j, o := range is.Options {
			om[o.ID] = j
		}
		ix.option = append(ix.option, om)
		if _, ok := om[is.Start]; !ok {
			return ix, fmt.Errorf("game: issue %q starts at unknown option %q", is.ID, is.Start)
		}
		if _, ok := ix.actor[is.Controller]; !ok {
			return ix, fmt.Errorf("game: issue %q has unknown controller %q", is.ID, is.Controller)
		}
	}
	for i, v := range s.Variables {
		ix.variable[v.ID] = i
	}
	for i, e := range s.Events {
		ix.event[e.ID] = i
	}
	for i, f := range s.Forums {
		ix.forum[f.ID] = i
	}
	for _, a := range s.Actors {
		for _, t := range a.Types {
			for is, vals := range t.Prefs.Values {
				j, ok := ix.issue[is]
				if !ok {
					return ix, fmt.Errorf("game: type %s/%s values unknown issue %q", a.ID, t.ID, is)
				}
				if len(vals) != len(s.Issues[j].Options) {
					return ix, fmt.Errorf("game: type %s/%s gives %d values for the %d options of %q", a.ID, t.ID, len(vals), len(s.Issues[j].Options), is)
				}
			}
		}
	}
	ix.dense = buildDense(s, &ix)
	ix.consent = make([][][]ConsentRule, len(s.Issues))
	for i := range s.Issues {
		ix.consent[i] = make([][]ConsentRule, len(s.Issues[i].Options))
		for j := range ix.consent[i] {
			ix.consent[i][j] = consentRulesOf(&s.Issues[i], j)
		}
	}
	return ix, nil
}
