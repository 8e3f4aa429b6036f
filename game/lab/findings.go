package lab

import (
	"fmt"
	"math"

	"backchannel/game"
	"backchannel/game/strategy"
)

// The lab's yardsticks, from "Negotiation that matters" (docs/authoring.md,
// "Reading the lab report"). A finding is written when a figure misses one.
const (
	// SkillMargin: the AI should beat the best trivial strategy in every
	// seat by this many points.
	SkillMargin = 5
	// HardMargin: hard should beat normal by this many points.
	HardMargin = 2
	// TypeDecides: no actor's type should predict a headline outcome more
	// often than this.
	TypeDecides = 0.8
	// ShiftMatters and ScoreMatters: a mechanic matters when switching it
	// off moves a headline option's share by this many points, or some
	// seat's mean score by this many.
	ShiftMatters = 5
	ScoreMatters = 3
	// LinkageFloor: the AI should choose each linkage level in at least
	// this share of its multi-term offers.
	LinkageFloor = 0.1
	// BrokenCeiling: the AI should break a public statement in fewer games
	// than this share.
	BrokenCeiling = 0.1
	// DefaultCeiling: the AI should take a dilemma's default in at most
	// this share.
	DefaultCeiling = 0.6
	// FixedOutcome: no headline option should end more games than this.
	FixedOutcome = 0.7
	// BeatFloor: every actor should beat its status quo in this share of
	// games at least.
	BeatFloor = 0.2
)

// strategyWords says what each trivial strategy does, and the likely cause
// when it scores as well as the AI.
func strategyWords(name string) (doing, cause string) {
	switch name {
	case "passive":
		return "doing nothing", "the others' moves decide its score, and standing still costs it nothing"
	case "accept-all":
		return "accepting every offer", "the seat has no levers: what it is offered is already worth taking, and no one exploits a seat that accepts everything"
	case "reject-all":
		return "rejecting every offer", "the deals it is offered are worth less than saying no"
	case "propose-max":
		return "demanding its best options for nothing", "asking for everything is granted often enough, or costs nothing"
	case "leak-all":
		return "leaking every letter it holds", "leaking costs the leaker little and hurts its rivals"
	case "accept-then-renege":
		return "accepting everything and then reneging", "reneging goes unpunished: lost trust costs less than the promises kept"
	}
	return name, ""
}

// findings reads the report against the yardsticks.
func findings(r *Report) []Finding {
	sc := r.Scen
	var out []Finding
	add := func(fig float64, format string, args ...any) {
		out = append(out, Finding{Text: fmt.Sprintf(format, args...), Figure: round2(fig)})
	}
	names := strategy.Names()
	ref := indexOf(names, r.Difficulty)
	for a := range sc.Actors {
		row := r.Seats[a]
		ai := row[ref].Mean
		best := -1
		for s, name := range names {
			if row[s].Played && !strategy.IsAI(name) && (best < 0 || row[s].Mean > row[best].Mean) {
				best = s
			}
		}
		if best >= 0 && row[best].Mean > ai-SkillMargin {
			doing, cause := strategyWords(names[best])
			how := "scores as well as"
			switch d := row[best].Mean - ai; {
			case d >= 1:
				how = "scores better than"
			case d <= -1:
				how = fmt.Sprintf("comes within %.1f points of", -d)
			}
			add(row[best].Mean-ai, "%s: %s %s the AI (%.1f vs %.1f); %s.", name(sc, a), doing, how, row[best].Mean, ai, cause)
		}
		h, n := row[indexOf(names, "hard")], row[indexOf(names, "normal")]
		if hard, normal := h.Mean, n.Mean; h.Played && n.Played && hard < normal+HardMargin {
			add(hard-normal, "%s: the hard AI scores %.1f against normal's %.1f; looking deeper into the others does not pay in this seat.", name(sc, a), hard, normal)
		}
	}
	normal := r.Baseline[indexOf(baselineNames(), "all "+r.Difficulty)]
	for a := range sc.Actors {
		for k, i := range r.Headline {
			// An outcome that is nearly fixed is predicted by anything; the
			// type decides only where it predicts better than the base rate.
			base := 0.0
			for _, p := range normal.Issues[i] {
				base = math.Max(base, p)
			}
			if p := r.TypePredict[a][k]; p > TypeDecides && p-base >= 0.05 {
				add(100*p, "%s's type alone predicts %s in %.0f%% of games; the draw decides the outcome, not the play (its types want opposite things there and no one can move them).",
					name(sc, a), sc.Issues[i].Name, 100*p)
			}
		}
	}
	out = append(out, inert(r)...)
	for _, i := range r.Headline {
		for j, p := range normal.Issues[i] {
			if p > FixedOutcome {
				add(100*p, "%s ends at %q in %.0f%% of games; the outcome is nearly fixed whatever the players do.", sc.Issues[i].Name, sc.Issues[i].Options[j].Name, 100*p)
			}
		}
	}
	for a := range sc.Actors {
		b := r.Seats[a][ref].BeatStatusQuo.P
		switch {
		case b < BeatFloor:
			add(100*b, "%s beats its status quo in only %.0f%% of games; the seat can hardly win.", name(sc, a), 100*b)
		case b >= 0.995:
			add(100*b, "%s beats its status quo in %.0f%% of games; it starts at its worst options, so any movement helps it.", name(sc, a), 100*b)
		}
	}
	if r.LinkageOffers > 0 {
		for l, lk := range []game.Linkage{game.LinkNone, game.LinkImplicit, game.LinkExplicit} {
			if p := r.Linkage[l]; p < LinkageFloor {
				add(100*p, "The AI chooses %s linkage in %.0f%% of its %d multi-term offers; that level is never the best choice.", lk, 100*p, r.LinkageOffers)
			}
		}
	}
	if p := r.StatementsBrokenShare; p >= BrokenCeiling {
		add(100*p, "The AI breaks a public statement in %.0f%% of games; audience costs are too small to hold it to its word.", 100*p)
	}
	if p := r.DilemmaDefaultShare; r.Dilemmas > 0 && p > DefaultCeiling {
		add(100*p, "The AI takes the default answer in %.0f%% of its %d dilemmas; its answers do not depend on its type.", 100*p, r.Dilemmas)
	}
	if p := r.Agreements.Reverted; p > 0 {
		add(100*p, "%.0f%% of carried-out terms end the game off the agreed option with no renege logged; deals do not bind.", 100*p)
	}
	if r.RefusedAI > 0 {
		add(float64(r.RefusedAI), "%d orders of AI seats were refused by the engine and dropped; the AI gives illegal orders (a bug in the AI, not in the scenario). The first: %s.", r.RefusedAI, r.Refusal)
	}
	if r.Refused > 0 {
		add(float64(r.Refused), "%d orders of trivial seats were refused by the engine and dropped; a strategy gives illegal orders (a bug). The first: %s.", r.Refused, r.Refusal)
	}
	return out
}

// Effect is what switching one mechanic off did: the largest headline
// shift in points (and where), and the largest change of a seat's mean
// score. Forced linkage counts as one mechanic, linkage choice, at its
// largest effect over the three levels.
type Effect struct {
	Name, Label  string
	Shift, Score float64
	Where        string
}

// Matters reports whether the mechanic moves something by the yardstick.
func (e Effect) Matters() bool { return e.Shift >= ShiftMatters || e.Score >= ScoreMatters }

// MechanicEffects lists each mechanic's effect, in Ablations() order.
func (r *Report) MechanicEffects() []Effect {
	var effs []Effect
	for n, w := range r.Ablations {
		score := 0.0
		for _, d := range w.Diff {
			score = math.Max(score, abs(d.Mean))
		}
		where := ""
		if w.ShiftIssue >= 0 {
			is := r.Scen.Issues[w.ShiftIssue]
			where = fmt.Sprintf(" (%s: %s)", is.Name, is.Options[w.ShiftOpt].Name)
		}
		e := Effect{Name: w.Name, Label: "playing with " + w.Label, Shift: w.Shift, Score: score, Where: where}
		if k := len(effs); k > 0 && isLinkage(w.Name) && isLinkage(r.Ablations[n-1].Name) {
			last := &effs[k-1]
			if e.Shift > last.Shift {
				last.Shift, last.Where = e.Shift, e.Where
			}
			last.Score = math.Max(last.Score, e.Score)
			last.Name, last.Label = "linkage", "forcing one linkage level"
			continue
		}
		effs = append(effs, e)
	}
	return effs
}

// inert finds the mechanics whose absence changes nothing that matters.
func inert(r *Report) []Finding {
	var out []Finding
	for _, e := range r.MechanicEffects() {
		if !e.Matters() {
			out = append(out, Finding{Text: fmt.Sprintf("%s changes little: headline outcomes move by at most %.1f points%s and no seat's mean score by more than %.1f; the mechanic is inert in this scenario: %s.",
				capital(e.Label), e.Shift, e.Where, e.Score, r.inertCause(e.Name)), Figure: round2(e.Shift)})
		}
	}
	return out
}

// inertCause guesses why a mechanic changes nothing, from what the
// reference world shows.
func (r *Report) inertCause(name string) string {
	switch name {
	case "leaks":
		return "few letters leak, or a leak costs too little to change an answer"
	case "embarrassment":
		return "an embarrassed government still answers as it would have"
	case "audience_costs":
		if r.StatementsBrokenShare == 0 {
			return "no AI seat ever breaks a public statement, so the cost never falls"
		}
		return "breaking a statement costs too little to matter"
	case "vagueness":
		if r.VagueOffers == 0 {
			return "no offer made in play is loosely worded, so there is nothing to read loosely"
		}
		return "loosely worded terms are rarely agreed, or read the same as precise ones"
	case "forums":
		return "what is agreed at the summits would be agreed by letter anyway"
	case "beliefs":
		return "the AI's choices barely depend on what it believes about the others' types"
	case "linkage":
		return "how openly terms are tied together barely changes what is accepted"
	}
	return "its effects are too small"
}

func isLinkage(name string) bool { return len(name) > 8 && name[:8] == "linkage_" }

func baselineNames() []string {
	return []string{"all easy", "all normal", "all hard", "historical", "all passive"}
}

func name(sc *game.Scenario, a int) string { return sc.Actors[a].Name }

func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
