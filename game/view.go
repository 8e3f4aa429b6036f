package game

// View is what one actor knows: its own type and beliefs, the public facts,
// its own messages and intel. AI seats and the UI read only this.
type View struct {
	Actor string
	Me    int
	Turn  int
	Turns int
	Date  Date
	Over  bool
	// Summit says the turn waits for answers to offers made face to face
	// at a forum: only accepting, rejecting or stalling those counts now.
	Summit bool
	Rules  Rules
	// Scenario is the common knowledge: actors with their possible types,
	// issues, variables, forums. The record's types and the events to come
	// are left out.
	Scenario *Scenario
	Type     int
	Capital  int
	// Reservation is the lowest utility the actor can accept now without
	// paying for it at home: its type's reservation, raised by lost support.
	Reservation float64

	Options     []int
	Controller  []int
	Vars        []float64
	VarKnown    []bool
	Support     []float64
	Face        []float64
	Trust       []float64   // how much this actor trusts each other actor
	Beliefs     [][]float64 // over each other actor's types; own row nil
	Embarrassed []int       // turns of embarrassment left, caused by each actor
	// Grievance is the face this actor lost to each other actor's
	// embarrassing it, still felt; ResentedBy is each other actor's
	// grievance against this one (embarrassment is public news).
	Grievance  []float64
	ResentedBy []float64
	// LeakBoost is each actor's extra leakiness from events (a press on the
	// story), for LeakOdds.
	LeakBoost []float64
	Forums    []int // forums open this turn

	Offers     []Offer
	Agreements []Agreement
	Statements []Statement
	// Breaches is the record of broken words the actor knows of: every
	// public one, and the private ones of agreements it is party to.
	Breaches []Breach
	Dilemmas []Dilemma
	Intel    []IntelReport
	Log      []Entry

	seen []string // storage for the Seen lists of Log, reused by ViewInto
}

// View builds one actor's view. It copies, so seats cannot change the game
// through it.
func (g *Game) View(actor string) (*View, error) {
	v := &View{}
	if err := g.ViewInto(v, actor); err != nil {
		return nil, err
	}
	return v, nil
}

// ViewInto fills v with the actor's view as View builds it, reusing the
// storage v holds from an earlier call: a seat that decides every turn
// keeps one View, and a simulation then copies each turn's view without
// allocating (garbage collection was most of a simulated game's cost).
// Everything v held is overwritten, so nothing of an earlier view may be
// kept across the call.
func (g *Game) ViewInto(v *View, actor string) error {
	a := g.ActorIndex(actor)
	if a < 0 {
		return &OrderError{Actor: actor, Err: ErrUnknownActor}
	}
	*v = View{Actor: actor, Me: a, Turn: g.Turn, Turns: g.TurnsTotal(), Date: g.Date, Over: g.Over, Summit: g.Summit, Rules: g.Rules,
		Scenario: g.commonKnowledge(), Type: g.Types[a], Capital: g.Capital[a], Reservation: g.Reservation(a),
		Options: refill(v.Options, g.Options), Controller: refill(v.Controller, g.Controller),
		Support: refill(v.Support, g.Support), Face: refill(v.Face, g.Face), Trust: refill(v.Trust, g.Trust[a]),
		Embarrassed: refill(v.Embarrassed, g.Embarrassed[a]), Forums: refill(v.Forums, g.Forums),
		Grievance: refill(v.Grievance, g.Grievance[a]), LeakBoost: refill(v.LeakBoost, g.LeakBoost),
		ResentedBy: resize(v.ResentedBy, len(g.Grievance)), Breaches: v.Breaches[:0],
		Vars: resize(v.Vars, len(g.Vars)), VarKnown: resize(v.VarKnown, len(g.Vars)), Beliefs: resize(v.Beliefs, len(g.Beliefs[a])),
		Offers: v.Offers[:0], Agreements: v.Agreements[:0], Statements: v.Statements[:0], Dilemmas: v.Dilemmas[:0],
		Intel: v.Intel[:0], Log: v.Log[:0], seen: v.seen[:0]}
	for b := range g.Grievance {
		v.ResentedBy[b] = g.Grievance[b][a]
	}
	for i, vd := range g.Scen.Variables {
		v.Vars[i], v.VarKnown[i] = 0, false
		if !vd.Secret {
			v.Vars[i], v.VarKnown[i] = g.Vars[i], true
		}
	}
	for b := range g.Beliefs[a] {
		if b == a {
			v.Beliefs[b] = nil
		} else {
			v.Beliefs[b] = refill(v.Beliefs[b], g.Beliefs[a][b])
		}
	}
	if v.Offers == nil {
		v.Offers = make([]Offer, 0, 8)
	}
	for _, o := range g.Offers {
		mine := o.From == actor || (contains(o.To, actor) && o.Arrives <= g.Turn)
		// Other governments' public offers matter while they are live;
		// older ones are history, which VisibleLog keeps.
		if mine || (o.Public && (o.Status == OfferOpen || o.Sent >= g.Turn-4)) {
			v.Offers = grow(v.Offers)
			c := &v.Offers[len(v.Offers)-1]
			to, terms, replies := c.To, c.Terms, c.Replies
			*c = *o
			c.To, c.Terms, c.Replies = refill(to, o.To), refill(terms, o.Terms), refill(replies, o.Replies)
			if !o.party(actor) && o.hidesTerms() {
				c.Terms = dropSecret(c.Terms, func(t Term) bool { return t.Secret })
				if len(c.Terms) == 0 {
					v.Offers = v.Offers[:len(v.Offers)-1] // nothing of it is known
				}
			}
		}
	}
	for _, ag := range g.Agreements {
		if ag.Public || contains(ag.Parties, actor) {
			v.Agreements = grow(v.Agreements)
			c := &v.Agreements[len(v.Agreements)-1]
			parties, terms := c.Parties, c.Terms
			*c = *ag
			c.Parties, c.Terms = refill(parties, ag.Parties), refill(terms, ag.Terms)
			if !contains(ag.Parties, actor) {
				c.Terms = dropSecret(c.Terms, func(t AgreedTerm) bool { return g.hiddenTerm(ag, t.Term) })
			}
		}
	}
	for _, s := range g.Statements {
		v.Statements = append(v.Statements, *s)
	}
	for _, b := range g.Breaches {
		if b.VisibleTo(actor) {
			v.Breaches = grow(v.Breaches)
			c := &v.Breaches[len(v.Breaches)-1]
			parties, victims := c.Parties, c.Victims
			*c = *b
			c.Parties, c.Victims = refill(parties, b.Parties), refill(victims, b.Victims)
		}
	}
	for _, d := range g.Dilemmas {
		if d.Actor == actor {
			c := *d
			def := g.Scen.Events[d.Event].Dilemma
			c.Prompt, c.Choices, c.Default = def.Prompt, def.Choices, def.Default
			v.Dilemmas = append(v.Dilemmas, c)
		}
	}
	for _, in := range g.Intel {
		if in.To == actor {
			c := *in
			c.True = false // whether a report is true is the engine's secret
			v.Intel = append(v.Intel, c)
		}
	}
	v.Log, v.seen = g.appendVisible(v.Log, v.seen, actor, g.lastTurnStart)
	return nil
}

// VisibleLog is every log entry the actor knows of, from the start: the
// inbox and history screens read it. (View carries only the latest turn's,
// so that seats deciding every turn do not copy the whole history.)
func (g *Game) VisibleLog(actor string) []Entry {
	out, _ := g.appendVisible(nil, nil, actor, 0)
	return out
}

// appendVisible appends the entries from index from on that the actor
// knows of to dst. Their Seen lists are copied into seen, one backing
// array for them all, each capped so that an append to one cannot spill
// into the next.
func (g *Game) appendVisible(dst []Entry, seen []string, actor string, from int) ([]Entry, []string) {
	for k := range g.Log[from:] {
		e := &g.Log[from+k]
		if !e.VisibleTo(actor) {
			continue
		}
		dst = append(dst, *e)
		if e.Seen != nil {
			n := len(seen)
			seen = append(seen, e.Seen...)
			dst[len(dst)-1].Seen = seen[n:len(seen):len(seen)]
		}
	}
	return dst, seen
}

// Reservation is the utility actor a needs from a deal now: its type's
// reservation, raised as its support at home falls below where it began
// (publicity and embarrassment shrink the space to manoeuvre).
func (g *Game) Reservation(a int) float64 {
	p := g.Scen.Actors[a].Types[g.Types[a]].Prefs
	pressure := (g.BaseSupport[a] - g.Support[a]) * 0.5 * (0.5 + p.PublicityAversion)
	return clamp(p.Reservation+pressure, 0, 100)
}

// commonKnowledge is the scenario without what players must not know: the
// record's answer to each actor's type and the events still to come.
func (g *Game) commonKnowledge() *Scenario {
	if g.public != nil {
		return g.public
	}
	s := *g.Scen
	s.Actors = clone(g.Scen.Actors)
	for i := range s.Actors {
		s.Actors[i].HistoricalType = ""
	}
	s.Events, s.End, s.Debrief = nil, nil, nil
	s.Issues = clone(g.Scen.Issues)
	for i := range s.Issues {
		s.Issues[i].Historical, s.Issues[i].History = "", HistoryNote{}
	}
	g.public = &s
	return g.public
}

// Utility of the actor's own type for some options (a convenience for seats).
func (v *View) Utility(options []int) float64 { return v.Scenario.Utility(v.Me, v.Type, options) }

// ActorID returns the id of actor index a.
func (v *View) ActorID(a int) string { return v.Scenario.Actors[a].ID }

// GrievanceWeight is how many points of utility an actor asks more of a
// deal with someone per point of face it lost to that one's embarrassing it.
const GrievanceWeight = 0.5

// ReservationFor is the lowest utility the actor accepts now in a deal
// that actor b is party to: its reservation, raised by its grievance
// against b. An embarrassed actor is measurably less generous to the
// culprit.
func (v *View) ReservationFor(b int) float64 {
	if b < 0 || b >= len(v.Grievance) {
		return v.Reservation
	}
	return clamp(v.Reservation+GrievanceWeight*v.Grievance[b], 0, 100)
}

// BrokenWord counts the breaches of an actor the view knows of: reneged
// and lapsed terms, disputed ones and broken public statements.
func (v *View) BrokenWord(actor string) int {
	n := 0
	for i := range v.Breaches {
		if v.Breaches[i].Actor == actor {
			n++
		}
	}
	return n
}

// Offer finds an offer in the view by id.
func (v *View) Offer(id string) *Offer {
	for i := range v.Offers {
		if v.Offers[i].ID == id {
			return &v.Offers[i]
		}
	}
	return nil
}

// dropSecret removes, in place, the terms a non-party may not know.
func dropSecret[T any](terms []T, hidden func(T) bool) []T {
	out := terms[:0]
	for _, t := range terms {
		if !hidden(t) {
			out = append(out, t)
		}
	}
	return out
}

// refill copies src into dst's storage, growing it if need be; nil stays
// nil and empty stays empty, as with clone.
func refill[T any](dst, src []T) []T {
	if len(src) == 0 {
		return src[:0:0]
	}
	return append(dst[:0], src...)
}

// resize returns s with length n, reusing its storage when it can; the
// elements are not cleared.
func resize[T any](s []T, n int) []T {
	if s != nil && cap(s) >= n {
		return s[:n]
	}
	return append(s[:cap(s)], make([]T, n-cap(s))...)
}

// grow lengthens s by one element, keeping the storage of the element
// beyond its length (whose slices the caller reuses) when it can.
func grow[T any](s []T) []T {
	if len(s) < cap(s) {
		return s[:len(s)+1]
	}
	var zero T
	return append(s, zero)
}

func clone[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}
