package game

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

// Guess is what a player supplies, from its own reading, of what its view
// does not show when it imagines how the game may go on (see FromView).
type Guess struct {
	// Types is a type for every actor, as the player guesses them (drawn
	// from its beliefs, say); its own entry is ignored: the view's stands.
	Types []int
	// TrustIn is each actor's trust in the player as the player last
	// heard of it (the engine tells an actor when trust in it moves); nil
	// or a missing entry is the neutral 50 every game starts with.
	TrustIn []float64
	// Seed drives the imagined game's chance events.
	Seed uint64
	// Events are the scenario's events as the player reads them in the
	// scenario file, which is public like a rulebook: the built game fires
	// them when they fall due in it, their conditions read on the built
	// game alone (its guessed types, the viewer's agreements and offers),
	// never on the real game's hidden state. A dilemma an event puts to
	// another actor stays out (the event's effects still apply). Nil
	// leaves the events out, and no event fires.
	Events []EventDef
	// Fired is the ids of the events the player saw fire: they do not
	// fire again (unless they repeat). Dated events without a condition
	// whose date has come by the view's turn are settled too, seen or not.
	Fired []string
}

// Imagined is the scenario a game built from a view plays on: the view's
// common knowledge with the scheduled letters left out, since a player
// does not know the letters still to come. (Events, the end conditions and
// the record are already left out of a view.) Build it once per game and
// pass the same one to every FromView: it is read only (a game built from
// a view with open dilemmas plays on a copy that carries them).
func Imagined(common *Scenario) *Scenario {
	s := *common
	s.Opening = nil
	return &s
}

// ErrNotImagined says FromView was given a scenario that still holds what
// a player must not know.
var ErrNotImagined = errors.New("game: a game built from a view must not know the events, letters or record to come")

// FromView builds a game that plays on from what one actor knows: the
// view's public facts, its own offers, agreements and standing, and the
// guess for the rest. Others' true types, their private offers to one
// another, their trust in third parties, secret variables and the events
// to come are not in the view, so they cannot reach the built game:
// types come from the guess, trust between others is neutral (50), others'
// beliefs are the priors, secret variables stand at their start values,
// and only the events the guess reads from the scenario file fire (see
// Guess.Events). The viewer's own open dilemmas come along, so that
// the built game can be played on with an answer to each (or its default
// at the deadline). sc must be Imagined of the view's scenario.
// The built game is at the view's turn, ready for orders.
func FromView(sc *Scenario, v *View, guess Guess) (*Game, error) {
	if len(sc.Events) > 0 || len(sc.Opening) > 0 || len(sc.End) > 0 || len(sc.Debrief) > 0 {
		return nil, ErrNotImagined
	}
	for _, ad := range sc.Actors {
		if ad.HistoricalType != "" {
			return nil, ErrNotImagined
		}
	}
	na := len(sc.Actors)
	if v.Scenario == nil || len(v.Scenario.Actors) != na || len(v.Scenario.Issues) != len(sc.Issues) || len(guess.Types) != na {
		return nil, errors.New("game: the view, the scenario and the guessed types do not match")
	}
	played, events, settled := withDilemmas(sc, v, guess)
	ix, err := buildIndex(played)
	if err != nil {
		return nil, err
	}
	pcg := rand.NewPCG(guess.Seed, 0x696d6167696e6564) // "imagined"
	g := &Game{Scen: played, Setup: Setup{Seed: guess.Seed}, Rules: v.Rules, ix: ix, pcg: pcg, rng: rand.New(pcg),
		Turn: v.Turn, Date: v.Date, Summit: v.Summit, turns: v.Turns, public: sc,
		Options: clone(v.Options), Controller: clone(v.Controller), Support: clone(v.Support), Face: clone(v.Face),
		LeakBoost: clone(v.LeakBoost), Forums: clone(v.Forums), Fired: events, settled: settled}
	me := v.Me
	g.start = make([]int, len(sc.Issues))
	for i, is := range sc.Issues {
		g.start[i] = ix.option[i][is.Start]
	}
	g.Vars = make([]float64, len(sc.Variables))
	for i, vd := range sc.Variables {
		g.Vars[i] = vd.Start
		if i < len(v.VarKnown) && v.VarKnown[i] {
			g.Vars[i] = v.Vars[i]
		}
	}
	g.BaseSupport, g.Capital, g.Types = make([]float64, na), make([]int, na), clone(guess.Types)
	g.Trust, g.Embarrassed, g.Beliefs = make([][]float64, na), make([][]int, na), make([][][]float64, na)
	g.Grievance = make([][]float64, na)
	for a, ad := range sc.Actors {
		g.BaseSupport[a], g.Capital[a] = ad.Support, g.capitalOf(a)
		g.Trust[a], g.Embarrassed[a], g.Grievance[a] = make([]float64, na), make([]int, na), make([]float64, na)
		g.Beliefs[a] = make([][]float64, na)
		for b := range sc.Actors {
			g.Trust[a][b] = 50
			g.Beliefs[a][b] = priors(sc.Actors[b].Types)
		}
		if a < len(guess.TrustIn) && a != me {
			g.Trust[a][me] = guess.TrustIn[a]
		}
		if a < len(v.ResentedBy) {
			g.Grievance[a][me] = v.ResentedBy[a]
		}
	}
	g.Types[me], g.Capital[me] = v.Type, v.Capital
	g.Trust[me], g.Embarrassed[me], g.Grievance[me] = clone(v.Trust), clone(v.Embarrassed), clone(v.Grievance)
	for b, row := range v.Beliefs {
		if b != me && row != nil {
			g.Beliefs[me][b] = clone(row)
		}
	}
	g.Offers = placeOffers(v.Offers)
	g.Agreements = placeAgreements(v.Agreements)
	for _, s := range v.Statements {
		s := s
		g.Statements = append(g.Statements, &s)
	}
	for _, b := range v.Breaches {
		b := b
		b.Parties, b.Victims = clone(b.Parties), clone(b.Victims)
		g.Breaches = append(g.Breaches, &b)
	}
	for k, d := range openDilemmas(v) {
		d.Event = k
		d.Prompt, d.Choices, d.Default = "", nil, "" // the game's own dilemmas read them from the event
		g.Dilemmas = append(g.Dilemmas, &d)
	}
	// The view's intel came from events the built game does not have: an
	// imagined game reads no report.
	g.Log = make([]Entry, 0, 16*max(1, g.turns-g.Turn+1))
	return g, nil
}

// openDilemmas lists the dilemmas put to the viewer that it can still
// answer.
func openDilemmas(v *View) []Dilemma {
	var out []Dilemma
	for _, d := range v.Dilemmas {
		if d.Actor == v.Actor && d.Choice == "" && d.Deadline >= v.Turn && len(d.Choices) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// withDilemmas is the scenario a game built from v plays on: sc itself,
// or, when the viewer has dilemmas open or the guess reads events, a copy
// of sc with one event per open dilemma that holds only its prompt,
// choices and default, as the view shows them (the engine answers a
// dilemma from its event), followed by the guess's events. The dilemmas'
// events are marked fired and settled, so none fires again; so are the
// events the viewer saw fire, and dated events without a condition whose
// date has come by the view's turn are settled. fired and settled are the
// per-event flags.
func withDilemmas(sc *Scenario, v *View, guess Guess) (s *Scenario, fired, settled []bool) {
	open := openDilemmas(v)
	if len(open) == 0 && len(guess.Events) == 0 {
		return sc, []bool{}, []bool{}
	}
	c := *sc
	n := len(open) + len(guess.Events)
	c.Events, fired, settled = make([]EventDef, 0, n), make([]bool, n), make([]bool, n)
	for k, d := range open {
		c.Events = append(c.Events, EventDef{ID: d.ID, Name: d.Prompt, Dilemma: &DilemmaDef{Actor: d.Actor, Prompt: d.Prompt, Choices: d.Choices, Default: d.Default}})
		fired[k], settled[k] = true, true
	}
	end := v.Date.AddDays(sc.Calendar.DaysOfTurn(v.Turn) - 1)
	for _, ev := range guess.Events {
		if ev.Dilemma != nil && ev.Dilemma.Actor != v.Actor {
			ev.Dilemma = nil
		}
		k := len(c.Events)
		c.Events = append(c.Events, ev)
		switch {
		case slices.Contains(guess.Fired, ev.ID):
			fired[k], settled[k] = true, !ev.Repeat
		case ev.When == nil && !ev.Date.IsZero() && !end.Before(ev.Date):
			settled[k] = true
		}
	}
	return &c, fired, settled
}

// placeOffers puts the known offers at the places their ids number, so
// that the engine's next ids (one past the count) follow on from the real
// game's; the places of offers the viewer never saw hold lapsed
// placeholders that nothing reads.
func placeOffers(known []Offer) []*Offer {
	var out []*Offer
	for _, o := range known {
		n := idNumber(o.ID, "o")
		if n < 1 {
			continue
		}
		for len(out) < n {
			out = append(out, &Offer{ID: "o" + strconv.Itoa(len(out)+1), Status: OfferExpired, Sent: -LeakTurns, Arrives: -LeakTurns, Expires: -LeakTurns})
		}
		c := o
		c.To, c.Terms, c.Replies = clone(o.To), clone(o.Terms), clone(o.Replies)
		out[n-1] = &c
	}
	return out
}

// placeAgreements is placeOffers for agreements: placeholders have no terms.
func placeAgreements(known []Agreement) []*Agreement {
	var out []*Agreement
	for _, ag := range known {
		n := idNumber(ag.ID, "a")
		if n < 1 {
			continue
		}
		for len(out) < n {
			out = append(out, &Agreement{ID: "a" + strconv.Itoa(len(out)+1), Turn: -1})
		}
		c := ag
		c.Parties, c.Terms = clone(ag.Parties), clone(ag.Terms)
		out[n-1] = &c
	}
	return out
}

// idNumber reads the number of an id the engine wrote (prefix, then the
// count), or 0.
func idNumber(id, prefix string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(id, prefix))
	if err != nil || !strings.HasPrefix(id, prefix) {
		return 0
	}
	return n
}
