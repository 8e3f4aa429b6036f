package game

import (
	"math"
	"strconv"
	"strings"
)

// signal is something an actor did that shows what it wants: it backed (or
// ruled out) an option, or it accepted or refused a package.
type signal struct {
	actor     int
	issue     int
	option    int
	oppose    bool
	terms     []Term // for answers to offers
	before    []int  // options when the offer was answered
	accept    bool
	answer    bool
	public    bool
	observers []string
	what      string
}

func (r *round) signal(s signal) { r.signals = append(r.signals, s) }

// observe records an answer to an offer, seen by its sender and, if public,
// by all.
func (r *round) observe(a int, off *Offer, accept bool) {
	verb := "rejected"
	if accept {
		verb = "accepted"
	}
	r.signal(signal{actor: a, terms: off.Terms, before: append([]int(nil), r.g.Options...), accept: accept, answer: true,
		public: off.Public, observers: append([]string{off.From}, off.To...), what: verb + " " + off.ID})
}

// observeProposal records the options an actor proposed for itself and
// others, seen by the recipients.
func (r *round) observeProposal(a int, off *Offer) {
	for _, t := range off.Terms {
		i, j, _ := r.g.lookupOption(t.Issue, t.Option)
		r.signal(signal{actor: a, issue: i, option: j, public: off.Public, observers: off.To, what: "proposed " + off.ID})
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
	byActor := make([][]int, len(g.Scen.Actors))
	liks := make([][]float64, len(r.signals))
	var scratch []int
	for n, s := range r.signals {
		byActor[s.actor] = append(byActor[s.actor], n)
		liks[n] = make([]float64, len(g.Scen.Actors[s.actor].Types))
		for k := range liks[n] {
			liks[n][k], scratch = g.likelihood(s.actor, k, s, scratch)
		}
	}
	var lik []float64
	var why []string
	for obs := range g.Scen.Actors {
		me := g.Scen.Actors[obs].ID
		for target, sigs := range byActor {
			if target == obs || len(sigs) == 0 {
				continue
			}
			lik, why = lik[:0], why[:0]
			for _, n := range sigs {
				s := &r.signals[n]
				if !(s.public || contains(s.observers, me)) {
					continue
				}
				if len(lik) == 0 {
					for range liks[n] {
						lik = append(lik, 1)
					}
				}
				for k := range lik {
					lik[k] *= liks[n][k]
				}
				w := s.what
				if w == "" {
					w = "a public position"
				}
				if !contains(why, w) {
					why = append(why, w)
				}
			}
			if len(lik) > 0 {
				g.bayes(obs, target, lik, strings.Join(why, ", "))
			}
		}
	}
}

// likelihood is the chance that type k of actor a would send signal s. A
// type is likelier to back options it values and to accept packages above
// its reservation; Rules.Rationality mixes that with pure noise, so that no
// single act is proof.
func (g *Game) likelihood(a, k int, s signal, scratch []int) (float64, []int) {
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
	maxW := 0.0
	for _, w := range d.weight {
		maxW = math.Max(maxW, w)
	}
	sum := 0.0
	for _, v := range vals {
		sum += v + 1
	}
	share := (vals[s.option] + 1) / sum
	if s.oppose {
		share = (1 - share) / (n - 1)
	}
	l := lam * d.weight[s.issue] / maxW
	return (1-l)/n + l*share, scratch
}

// bayes multiplies observer a's belief about target b by the likelihoods,
// renormalises, keeps every type possible, and logs a noticeable move.
func (g *Game) bayes(a, b int, lik []float64, why string) {
	if g.Rules.Off.Beliefs {
		return
	}
	p := g.Beliefs[a][b]
	old := append([]float64(nil), p...)
	sum := 0.0
	for k := range p {
		p[k] *= lik[k]
		sum += p[k]
	}
	if sum <= 0 || math.IsNaN(sum) {
		copy(p, old)
		return
	}
	const floor = 0.001
	sum2 := 0.0
	for k := range p {
		p[k] = math.Max(p[k]/sum, floor)
		sum2 += p[k]
	}
	moved, top := 0.0, 0
	for k := range p {
		p[k] = round4(p[k] / sum2)
		moved = math.Max(moved, math.Abs(p[k]-old[k]))
		if p[k] > p[top] {
			top = k
		}
	}
	if moved >= 0.05 {
		types := g.Scen.Actors[b].Types
		g.logf(Entry{Kind: KindBelief, Actor: g.Scen.Actors[a].ID, Other: g.Scen.Actors[b].ID, Option: types[top].ID,
			Old: old[top], New: p[top], Cause: why,
			Text: g.name(g.Scen.Actors[a].ID) + " now reads " + g.name(g.Scen.Actors[b].ID) + " as most likely \"" + types[top].Name +
				"\" (" + strconv.FormatFloat(p[top]*100, 'f', 0, 64) + "%), after: " + why + "."})
	}
}
