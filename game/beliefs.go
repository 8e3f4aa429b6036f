package game

import (
	"math"
	"strconv"
)

// signal is something an actor did that shows what it wants: it backed (or
// ruled out) an option, or it accepted or refused a package.
type signal struct {
	actor  int
	issue  int
	option int
	oppose bool
	terms  []Term // for answers to offers
	before []int  // options when the offer was answered
	accept bool
	answer bool
	public bool
	// from and to see the signal besides the public: the sender of an
	// answered offer and its recipients.
	from string
	to   []string
	// verb and about say what it was ("accepted" "o3"); a public position
	// has neither.
	verb, about string
}

func (r *round) signal(s signal) { r.signals = append(r.signals, s) }

// seenBy reports whether actor id saw the signal.
func (s *signal) seenBy(id string) bool { return s.public || s.from == id || contains(s.to, id) }

// sameWhat reports whether two signals are told the same way in the log.
func (s *signal) sameWhat(t *signal) bool { return s.verb == t.verb && s.about == t.about }

// observe records an answer to an offer, seen by its sender and, if public,
// by all.
func (r *round) observe(a int, off *Offer, accept bool) {
	verb := "rejected"
	if accept {
		verb = "accepted"
	}
	n := len(r.options)
	r.options = append(r.options, r.g.Options...)
	r.signal(signal{actor: a, terms: off.Terms, before: r.options[n:len(r.options):len(r.options)], accept: accept, answer: true,
		public: off.Public, from: off.From, to: off.To, verb: verb, about: off.ID})
}

// observeProposal records the options an actor proposed for itself and
// others, seen by the recipients.
func (r *round) observeProposal(a int, off *Offer) {
	for _, t := range off.Terms {
		i, j, _ := r.g.lookupOption(t.Issue, t.Option)
		r.signal(signal{actor: a, issue: i, option: j, public: off.Public, to: off.To, verb: "proposed", about: off.ID})
	}
}

// updateBeliefs lets every actor update its beliefs about every other
// actor's type from the signals it saw this turn, by Bayes' rule. What a
// signal says about each type does not depend on who sees it, so it is
// worked out once.
func (r *round) updateBeliefs() {
	g := r.g
	if g.Rules.Off.Beliefs {
		return
	}
	na := len(g.Scen.Actors)
	// The likelihoods of signal n are liks[at[n]:at[n+1]], one per type
	// of its actor.
	at, liks := r.at[:0], r.liks[:0]
	for n := range r.signals {
		s := &r.signals[n]
		at = append(at, len(liks))
		for k := range g.Scen.Actors[s.actor].Types {
			var l float64
			l, r.scratch = g.likelihood(s.actor, k, s, r.scratch)
			liks = append(liks, l)
		}
	}
	at = append(at, len(liks))
	r.at, r.liks = at, liks
	for obs := range g.Scen.Actors {
		me := g.Scen.Actors[obs].ID
		for target := 0; target < na; target++ {
			if target == obs {
				continue
			}
			lik, seen := r.lik[:0], r.seen[:0]
			for n := range r.signals {
				s := &r.signals[n]
				if s.actor != target || !s.seenBy(me) {
					continue
				}
				l := liks[at[n]:at[n+1]]
				if len(lik) == 0 {
					for range l {
						lik = append(lik, 1)
					}
				}
				for k := range lik {
					lik[k] *= l[k]
				}
				seen = append(seen, n)
			}
			r.lik, r.seen = lik, seen
			if len(lik) == 0 {
				continue
			}
			if top, old, moved := g.update(obs, target, lik); moved {
				g.logBelief(obs, target, top, old, r.why(seen))
			}
		}
	}
}

// why tells the signals seen, each different one once: "accepted o3,
// proposed o4".
func (r *round) why(seen []int) string {
	b := r.g.text[:0]
	for k, n := range seen {
		s := &r.signals[n]
		dup := false
		for _, m := range seen[:k] {
			dup = dup || r.signals[m].sameWhat(s)
		}
		if dup {
			continue
		}
		if len(b) > 0 {
			b = append(b, ", "...)
		}
		if s.verb == "" && s.about == "" {
			b = append(b, "a public position"...)
		} else {
			b = append(append(append(b, s.verb...), ' '), s.about...)
		}
	}
	r.g.text = b
	return string(b)
}

// likelihood is the chance that type k of actor a would send signal s. A
// type is likelier to back options it values and to accept packages above
// its reservation; Rules.Rationality mixes that with pure noise, so that no
// single act is proof.
func (g *Game) likelihood(a, k int, s *signal, scratch []int) (float64, []int) {
	lam := g.Rules.Rationality
	prefs := &g.Scen.Actors[a].Types[k].Prefs
	d := &g.ix.dense[a][k]
	if s.answer {
		scratch = g.ix.applyTerms(scratch, s.before, s.terms)
		u := d.utility(scratch)
		base := math.Max(d.utility(s.before), prefs.Reservation)
		p := sigmoid((u - base) / 5)
		if !s.accept {
			p = 1 - p
		}
		return (1-lam)*0.5 + lam*p, scratch
	}
	n := float64(len(g.Scen.Issues[s.issue].Options))
	vals := d.value[s.issue]
	if len(vals) == 0 {
		return 1 / n, scratch
	}
	sum := 0.0
	for _, v := range vals {
		sum += v + 1
	}
	share := (vals[s.option] + 1) / sum
	if s.oppose {
		share = (1 - share) / (n - 1)
	}
	l := lam * d.weight[s.issue] / d.maxW
	return (1-l)/n + l*share, scratch
}

// bayes multiplies observer a's belief about target b by the likelihoods,
// renormalises, keeps every type possible, and logs a noticeable move.
func (g *Game) bayes(a, b int, lik []float64, why string) {
	if g.Rules.Off.Beliefs {
		return
	}
	if top, old, moved := g.update(a, b, lik); moved {
		g.logBelief(a, b, top, old, why)
	}
}

// update is bayes without the log: it reports the likeliest type now, its
// belief before, and whether any belief moved enough to be told.
func (g *Game) update(a, b int, lik []float64) (top int, old float64, moved bool) {
	p := g.Beliefs[a][b]
	var buf [8]float64 // most actors have a few types
	prev := append(buf[:0], p...)
	sum := 0.0
	for k := range p {
		p[k] *= lik[k]
		sum += p[k]
	}
	if sum <= 0 || math.IsNaN(sum) {
		copy(p, prev)
		return 0, 0, false
	}
	const floor = 0.001
	sum2 := 0.0
	for k := range p {
		p[k] = math.Max(p[k]/sum, floor)
		sum2 += p[k]
	}
	most := 0.0
	for k := range p {
		p[k] = round4(p[k] / sum2)
		most = math.Max(most, math.Abs(p[k]-prev[k]))
		if p[k] > p[top] {
			top = k
		}
	}
	return top, prev[top], most >= 0.05
}

// logBelief tells actor a's new reading of actor b.
func (g *Game) logBelief(a, b, top int, old float64, why string) {
	types := g.Scen.Actors[b].Types
	p := g.Beliefs[a][b]
	g.logf(Entry{Kind: KindBelief, Actor: g.Scen.Actors[a].ID, Other: g.Scen.Actors[b].ID, Option: types[top].ID,
		Old: old, New: p[top], Cause: why,
		Text: g.actorName(a) + " now reads " + g.actorName(b) + " as most likely \"" + types[top].Name +
			"\" (" + strconv.FormatFloat(p[top]*100, 'f', 0, 64) + "%), after: " + why + "."})
}
