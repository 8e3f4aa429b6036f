package lab

import (
	"fmt"
	"strings"
	"time"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/strategy"
)

// Config says how to run the lab.
type Config struct {
	Runs, Workers int
	Seed          uint64
	// Difficulty is the AI of the seats a row does not change, and of the
	// reference world that every arm is compared with.
	Difficulty ai.Difficulty
	// Progress, if not nil, hears how far the games have come.
	Progress func(Progress)
	// Focus, if not zero, plays only part of the lab.
	Focus Focus
}

// Focus narrows a lab to the arms a question needs, so that tuning one
// seat or one mechanic does not wait for all of them. The all-AI worlds
// are always played: every other figure is read against them.
type Focus struct {
	// Seats names the actors whose seat rows are played (nil: all).
	Seats []string
	// Strategies names the strategies played in those rows (nil: all);
	// the lab's own difficulty is always there, being the reference.
	Strategies []string
	// NoAblations leaves every mechanic switched on.
	NoAblations bool
}

// zero reports whether f plays the whole lab.
func (f Focus) zero() bool { return f.Seats == nil && f.Strategies == nil && !f.NoAblations }

// Check names the first actor or strategy f asks for that sc or the lab
// does not have, in words a person running the lab can act on.
func (f Focus) Check(sc *game.Scenario) error {
	var ids []string
	for _, ad := range sc.Actors {
		ids = append(ids, ad.ID)
	}
	for _, id := range f.Seats {
		if indexOf(ids, id) < 0 {
			return fmt.Errorf("%s has no actor %q: its actors are %s", sc.ID, id, strings.Join(ids, ", "))
		}
	}
	for _, name := range f.Strategies {
		if indexOf(strategy.Names(), name) < 0 {
			return fmt.Errorf("there is no strategy %q: the strategies are %s", name, strings.Join(strategy.Names(), ", "))
		}
	}
	return nil
}

// plays reports whether f plays actor id's seat by strategy name; ref,
// the reference, is played anyway.
func (f Focus) plays(id, name, ref string) bool {
	if name == ref {
		return true
	}
	return (f.Seats == nil || indexOf(f.Seats, id) >= 0) && (f.Strategies == nil || indexOf(f.Strategies, name) >= 0)
}

// Progress is how far a lab run has come: games done of all, and roughly
// which arm it is playing (arms are played in order).
type Progress struct {
	Done, Total int
	Arm, Arms   int
}

// Ablation is one mechanic switched off, or linkage forced to one level.
type Ablation struct {
	Name  string // as -json names it: "leaks", "linkage_explicit"
	Label string // in words: "no leaks", "linkage forced explicit"
	Rules func(*game.Rules)
}

// Ablations lists the lab's ablations: each switch of game.Off alone, then
// linkage forced to each level.
func Ablations() []Ablation {
	var out []Ablation
	for _, name := range game.OffNames() {
		out = append(out, Ablation{Name: name, Label: "no " + words(name), Rules: func(r *game.Rules) { *r.Off.Switch(name) = true }})
	}
	for _, lk := range []game.Linkage{game.LinkNone, game.LinkImplicit, game.LinkExplicit} {
		out = append(out, Ablation{Name: "linkage_" + string(lk), Label: "linkage forced " + string(lk), Rules: func(r *game.Rules) { r.Linkage = lk }})
	}
	return out
}

// plan is the lab's arms and where each part of the report finds its own.
type plan struct {
	arms      []Arm
	reference int     // every seat at the lab's difficulty
	baseline  []int   // all easy, all normal, all hard, historical
	passive   int     // every seat passive
	seats     [][]int // -1 where the focus leaves a strategy out
	ablations []int
}

// newPlan lays out the arms. A seat row that plays the reference
// difficulty reuses the reference arm instead of playing it again.
func newPlan(sc *game.Scenario, d ai.Difficulty, f Focus) *plan {
	p := &plan{}
	add := func(a Arm) int {
		p.arms = append(p.arms, a)
		return len(p.arms) - 1
	}
	ref := d.String()
	for _, lvl := range []string{"easy", "normal", "hard"} {
		k := add(Uniform("all "+lvl, sc, lvl))
		p.baseline = append(p.baseline, k)
		if lvl == ref {
			p.reference = k
		}
	}
	hist := Uniform("historical", sc, ref)
	hist.Historical = true
	p.baseline = append(p.baseline, add(hist))
	p.passive = add(Uniform("all passive", sc, "passive"))
	for a, ad := range sc.Actors {
		row := make([]int, len(strategy.Names()))
		for s, name := range strategy.Names() {
			switch {
			case name == ref:
				row[s] = p.reference
				continue
			case !f.plays(ad.ID, name, ref):
				row[s] = -1
				continue
			}
			arm := Uniform(ad.ID+" "+name, sc, ref)
			arm.Seats[a] = name
			row[s] = add(arm)
		}
		p.seats = append(p.seats, row)
	}
	if f.NoAblations {
		return p
	}
	for _, ab := range Ablations() {
		arm := Uniform(ab.Label, sc, ref)
		arm.Rules = ab.Rules
		p.ablations = append(p.ablations, add(arm))
	}
	return p
}

// Lab plays every arm and builds the report.
func Lab(sc *game.Scenario, c Config) (*Report, error) {
	if c.Difficulty == 0 {
		c.Difficulty = ai.Normal
	}
	if err := c.Focus.Check(sc); err != nil {
		return nil, err
	}
	p := newPlan(sc, c.Difficulty, c.Focus)
	start := time.Now()
	var progress func(done, total int)
	if c.Progress != nil {
		progress = func(done, total int) {
			c.Progress(Progress{Done: done, Total: total, Arm: min(done/c.Runs+1, len(p.arms)), Arms: len(p.arms)})
		}
	}
	res, err := Run(sc, p.arms, Options{Runs: c.Runs, Seed: c.Seed, Workers: c.Workers, Progress: progress})
	if err != nil {
		return nil, err
	}
	r := build(sc, c, p, res)
	r.Seconds = round2(time.Since(start).Seconds())
	return r, nil
}

// words turns a switch name into words: audience_costs → audience costs.
func words(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '_' {
			b[i] = ' '
		}
	}
	return string(b)
}

// words says what f leaves out, for the report's head ("" if nothing).
func (f Focus) words() string {
	if f.zero() {
		return ""
	}
	var parts []string
	switch {
	case f.Seats == nil:
	case len(f.Seats) == 0:
		parts = append(parts, "no seat rows")
	default:
		parts = append(parts, "seat rows of "+strings.Join(f.Seats, ", ")+" only")
	}
	switch {
	case f.Strategies == nil:
	case len(f.Strategies) == 0:
		parts = append(parts, "no strategy but the reference")
	default:
		parts = append(parts, "strategies "+strings.Join(f.Strategies, ", ")+" only")
	}
	if f.NoAblations {
		parts = append(parts, "no ablations")
	}
	return strings.Join(parts, "; ")
}
