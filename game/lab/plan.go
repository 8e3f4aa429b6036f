package lab

import (
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
	reference int   // every seat at the lab's difficulty
	baseline  []int // all easy, all normal, all hard, historical
	passive   int   // every seat passive
	seats     [][]int
	ablations []int
}

// newPlan lays out the arms. A seat row that plays the reference
// difficulty reuses the reference arm instead of playing it again.
func newPlan(sc *game.Scenario, d ai.Difficulty) *plan {
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
			if name == ref {
				row[s] = p.reference
				continue
			}
			arm := Uniform(ad.ID+" "+name, sc, ref)
			arm.Seats[a] = name
			row[s] = add(arm)
		}
		p.seats = append(p.seats, row)
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
	p := newPlan(sc, c.Difficulty)
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
