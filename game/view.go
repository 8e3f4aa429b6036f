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
	Rules Rules
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
}

// View builds one actor's view. It copies, so seats cannot change the game
// through it.
func (g *Game) View(actor string) (*View, error) {
	a := g.ActorIndex(actor)
	if a < 0 {
		return nil, &OrderError{Actor: actor, Err: ErrUnknownActor}
	}
	v := &View{Actor: actor, Me: a, Turn: g.Turn, Turns: g.TurnsTotal(), Date: g.Date, Over: g.Over, Rules: g.Rules,
		Scenario: g.commonKnowledge(), Type: g.Types[a], Capital: g.Capital[a],
		Options: clone(g.Options), Controller: clone(g.Controller), Support: clone(g.Support), Face: clone(g.Face),
		Trust: clone(g.Trust[a]), Embarrassed: clone(g.Embarrassed[a]), Forums: clone(g.Forums)}
	v.Reservation = g.Reservation(a)
	v.Grievance, v.LeakBoost = clone(g.Grievance[a]), clone(g.LeakBoost)
	v.ResentedBy = make([]float64, len(g.Grievance))
	for b := range g.Grievance {
		v.ResentedBy[b] = g.Grievance[b][a]
	}
	v.Vars, v.VarKnown = make([]float64, len(g.Vars)), make([]bool, len(g.Vars))
	for i, vd := range g.Scen.Variables {
		if !vd.Secret {
			v.Vars[i], v.VarKnown[i] = g.Vars[i], true
		}
	}
	v.Beliefs = make([][]float64, len(g.Beliefs[a]))
	for b := range g.Beliefs[a] {
		if b != a {
			v.Beliefs[b] = clone(g.Beliefs[a][b])
		}
	}
	v.Offers = make([]Offer, 0, 8)
	for _, o := range g.Offers {
		mine := o.From == actor || (contains(o.To, actor) && o.Arrives <= g.Turn)
		// Other governments' public offers matter while they are live;
		// older ones are history, which VisibleLog keeps.
		if mine || (o.Public && (o.Status == OfferOpen || o.Sent >= g.Turn-4)) {
			c := *o
			c.To, c.Terms, c.Replies = clone(o.To), clone(o.Terms), clone(o.Replies)
			v.Offers = append(v.Offers, c)
		}
	}
	for _, ag := range g.Agreements {
		if ag.Public || contains(ag.Parties, actor) {
			c := *ag
			c.Parties, c.Terms = clone(ag.Parties), clone(ag.Terms)
			v.Agreements = append(v.Agreements, c)
		}
	}
	for _, s := range g.Statements {
		v.Statements = append(v.Statements, *s)
	}
	for _, b := range g.Breaches {
		if b.VisibleTo(actor) {
			c := *b
			c.Parties, c.Victims = clone(b.Parties), clone(b.Victims)
			v.Breaches = append(v.Breaches, c)
		}
	}
	for _, d := range g.Dilemmas {
		if d.Actor == actor {
			c := *d
			def := g.Scen.Events[d.Event].Dilemma
			c.Prompt, c.Choices = def.Prompt, def.Choices
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
	v.Log = g.visibleLog(actor, g.lastTurnStart)
	return v, nil
}

// VisibleLog is every log entry the actor knows of, from the start: the
// inbox and history screens read it. (View carries only the latest turn's,
// so that seats deciding every turn do not copy the whole history.)
func (g *Game) VisibleLog(actor string) []Entry { return g.visibleLog(actor, 0) }

func (g *Game) visibleLog(actor string, from int) []Entry {
	var out []Entry
	for _, e := range g.Log[from:] {
		if e.VisibleTo(actor) {
			e.Seen = clone(e.Seen)
			out = append(out, e)
		}
	}
	return out
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

func clone[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}
