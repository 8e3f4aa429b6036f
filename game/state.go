package game

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// Setup is how one play-through is started.
type Setup struct {
	Seed uint64 `json:"seed"`
	// Historical fixes every actor's type to the record and fires exactly
	// the events that happened; otherwise types and chance events are drawn.
	Historical bool `json:"historical,omitempty"`
	// Humans are the actors played by people. The engine reads them only
	// for scheduled letters that ask a human sender first, or skip it
	// (OpeningOffer.IfHuman); everything else plays the same for all seats.
	Humans []string `json:"humans,omitempty"`
}

// IsHuman reports whether actor id is played by a person.
func (s Setup) IsHuman(id string) bool { return slices.Contains(s.Humans, id) }

// Game is one play-through: a scenario, a setup and the state it has
// reached. Fields are exported for the debrief and saves to read; only
// Resolve changes them. Seats see the game through View.
type Game struct {
	Scen  *Scenario
	Setup Setup
	Rules Rules
	ix    index
	pcg   *rand.PCG
	rng   *rand.Rand

	Turn int
	Date Date
	Over bool
	// Summit says the turn waits, in a summit session, for answers to
	// offers made face to face at a forum (see Resolve).
	Summit      bool
	Options     []int       // per issue: index of the current option
	Controller  []int       // per issue: index of the controlling actor
	Vars        []float64   // per variable
	Support     []float64   // per actor, 0-100
	BaseSupport []float64   // per actor: where support drifts back to
	Face        []float64   // per actor, 0-100
	Trust       [][]float64 // [from][to], 0-100
	Capital     []int       // per actor: points left this turn
	Types       []int       // per actor: true type
	Beliefs     [][][]float64
	Embarrassed [][]int // [who][by]: turns of embarrassment left
	// Grievance [who][by] is the face who lost to by's embarrassing it,
	// fading by a tenth a turn: who asks that much more of by's offers.
	Grievance  [][]float64
	LeakBoost  []float64
	Fired      []bool // per event: it happened
	Offers     []*Offer
	Agreements []*Agreement
	Statements []*Statement
	Breaches   []*Breach // the record of broken words, in order
	Dilemmas   []*Dilemma
	Intel      []*IntelReport
	Forums     []int // forums open this turn
	Log        []Entry

	start   []int  // options at the start, for the status-quo score
	settled []bool // per event: no longer pending
	public  *Scenario
	terms   map[Term]string // DescribeTerm's memory
	// lastTurnStart is where the latest resolution's entries begin.
	lastTurnStart int
	text          []byte // scratch for building log texts
	turns         int    // the calendar's turns, worked out once
	round         *round // the resolution's working storage
}

// Offer is a proposal in flight or answered.
type Offer struct {
	ID        string   `json:"id"`
	From      string   `json:"from"`
	To        []string `json:"to"`
	Terms     []Term   `json:"terms"`
	Linkage   Linkage  `json:"linkage"`
	Channel   Channel  `json:"channel"`
	Forum     string   `json:"forum,omitempty"`
	Text      string   `json:"text,omitempty"`
	Sent      int      `json:"sent"`
	Arrives   int      `json:"arrives"`
	Expires   int      `json:"expires"`
	CounterTo string   `json:"counter_to,omitempty"`
	// Replies holds each recipient's answer, in the order of To.
	Replies []Reply     `json:"replies"`
	Status  OfferStatus `json:"status"`
	Public  bool        `json:"public,omitempty"`
	Leaked  bool        `json:"leaked,omitempty"`
	// SecretOut says its secret terms have come out: everyone may know
	// them now.
	SecretOut bool `json:"secret_out,omitempty"`
	// Tag is the scenario's name for an offer it wrote (an opening or a
	// scheduled letter), for leaked("tag") in expressions.
	Tag string `json:"tag,omitempty"`
}

// Reply is one recipient's answer to an offer.
type Reply struct {
	Actor string    `json:"actor"`
	Kind  OrderKind `json:"kind,omitempty"`
	Turn  int       `json:"turn,omitempty"`
}

// OfferStatus is where an offer stands.
type OfferStatus string

// Offer statuses.
const (
	OfferOpen      OfferStatus = "open"
	OfferAccepted  OfferStatus = "accepted"
	OfferRejected  OfferStatus = "rejected"
	OfferCountered OfferStatus = "countered"
	OfferExpired   OfferStatus = "expired"
)

// Agreement is an accepted offer whose terms are being carried out.
type Agreement struct {
	ID      string       `json:"id"`
	Offer   string       `json:"offer"`
	Parties []string     `json:"parties"`
	Terms   []AgreedTerm `json:"terms"`
	Linkage Linkage      `json:"linkage"`
	Turn    int          `json:"turn"`
	Public  bool         `json:"public,omitempty"`
}

// AgreedTerm is a term with its deadline and fate. Once fulfilled, a term
// holds its issue for the agreement's life: moving the issue off the
// option kept (or, for a loosely worded term, out of its neighbourhood) is
// reneging, whoever moves it, unless the term was released first.
type AgreedTerm struct {
	Term
	Deadline int        `json:"deadline"`
	Status   TermStatus `json:"status"`
	Disputed bool       `json:"disputed,omitempty"`
	// Kept is the option the term was carried out with: for a loosely
	// worded term, any option of its neighbourhood.
	Kept string `json:"kept,omitempty"`
	// Was is the option the issue left when the term was carried out: a
	// stated bundle broken by another party snaps back to it.
	Was string `json:"was,omitempty"`
	// Free says the term no longer binds: another party broke a linked
	// bundle, or disputed the term, so its actor may move away unpunished.
	Free bool `json:"free,omitempty"`
}

// TermStatus is where an agreed term stands.
type TermStatus string

// Term statuses: every term ends fulfilled, reneged (refused, or moved off
// after fulfilment), expired (deadline passed), failed (voted down in
// ratification, or impossible) or released (its actor was let off because
// a partner broke the linked bundle first).
const (
	TermPending   TermStatus = "pending"
	TermFulfilled TermStatus = "fulfilled"
	TermReneged   TermStatus = "reneged"
	TermExpired   TermStatus = "expired"
	TermFailed    TermStatus = "failed"
	TermReleased  TermStatus = "released"
)

// Statement is a public commitment on an issue.
type Statement struct {
	Actor  string `json:"actor"`
	Issue  string `json:"issue"`
	Option string `json:"option"`
	Oppose bool   `json:"oppose,omitempty"`
	Turn   int    `json:"turn"`
	Broken bool   `json:"broken,omitempty"`
}

// Dilemma is a choice put to an actor by an event.
type Dilemma struct {
	ID       string `json:"id"`
	Event    int    `json:"-"`
	Actor    string `json:"actor"`
	Posed    int    `json:"posed"`
	Deadline int    `json:"deadline"`
	Choice   string `json:"choice,omitempty"`
	// Defaulted says nobody answered in time and the default was taken.
	Defaulted bool `json:"defaulted,omitempty"`
	// Prompt, Choices and Default (the choice id taken when there is no
	// answer by the end of turn Deadline) are filled in views, so seats
	// can answer without seeing the scenario's events.
	Prompt  string      `json:"prompt,omitempty"`
	Choices []ChoiceDef `json:"choices,omitempty"`
	Default string      `json:"default,omitempty"`
}

// IntelReport is a report delivered to one actor. True is the engine's
// secret: views never show it.
type IntelReport struct {
	ID          string  `json:"id"`
	To          string  `json:"to"`
	Turn        int     `json:"turn"`
	About       string  `json:"about,omitempty"`
	Claim       string  `json:"claim,omitempty"` // a type id, for type reports
	Text        string  `json:"text"`
	Reliability float64 `json:"reliability"`
	True        bool    `json:"-"`
}

// New starts a game: checks the scenario, draws the types from the seed
// (or fixes them in historical mode) and runs the first morning.
func New(s *Scenario, setup Setup) (*Game, error) {
	g := &Game{}
	if err := g.Restart(s, setup); err != nil {
		return nil, err
	}
	return g, nil
}

// Restart starts a new game in g's place, exactly as New would, keeping
// only the storage of g's log and working buffers for the new game: a
// simulation playing game after game then fills one log instead of making
// and regrowing a fresh one each game (the log was half of a game's
// garbage). Nothing else of the old game survives, and its log entries are
// overwritten, so no one may hold on to g's log across the call. Given the
// scenario g already plays, it also keeps the scenario's index and the
// words of its terms (scenarios are read-only once games play them).
func (g *Game) Restart(s *Scenario, setup Setup) error {
	ix, terms := g.ix, g.terms
	if g.Scen == nil || s != g.Scen {
		var err error
		if ix, err = buildIndex(s); err != nil {
			return err
		}
		terms = nil
	}
	log, text, r := g.Log[:0], g.text[:0], g.round
	pcg := rand.NewPCG(setup.Seed, 0x6261636b6368616e) // "backchan"
	*g = Game{Scen: s, Setup: setup, Rules: s.Rules.withDefaults(), ix: ix, pcg: pcg, rng: rand.New(pcg), text: text, round: r, terms: terms}
	g.Turn, g.Date, g.turns = 1, s.Calendar.Start, s.Calendar.Turns()
	// A turn of AI play logs some sixteen entries; room for them up front
	// saves copying the growing log again and again.
	g.Log = log
	if cap(log) < 16*g.turns {
		g.Log = make([]Entry, 0, 16*g.turns)
	}
	na := len(s.Actors)
	g.Options = make([]int, len(s.Issues))
	g.Controller = make([]int, len(s.Issues))
	for i, is := range s.Issues {
		g.Options[i] = ix.option[i][is.Start]
		g.Controller[i] = ix.actor[is.Controller]
	}
	g.start = append([]int(nil), g.Options...)
	g.Vars = make([]float64, len(s.Variables))
	for i, v := range s.Variables {
		g.Vars[i] = v.Start
	}
	g.Support, g.BaseSupport, g.Face = make([]float64, na), make([]float64, na), make([]float64, na)
	g.Capital, g.Types, g.LeakBoost = make([]int, na), make([]int, na), make([]float64, na)
	g.Trust, g.Embarrassed, g.Beliefs = make([][]float64, na), make([][]int, na), make([][][]float64, na)
	g.Grievance = make([][]float64, na)
	for a, ad := range s.Actors {
		g.Support[a], g.BaseSupport[a], g.Face[a] = ad.Support, ad.Support, 50
		g.Capital[a] = g.capitalOf(a)
		g.Trust[a] = make([]float64, na)
		g.Embarrassed[a] = make([]int, na)
		g.Grievance[a] = make([]float64, na)
		g.Beliefs[a] = make([][]float64, na)
		for b := range s.Actors {
			g.Trust[a][b] = 50
			g.Beliefs[a][b] = priors(s.Actors[b].Types)
		}
		g.Types[a] = g.drawType(ad)
	}
	g.Fired, g.settled = make([]bool, len(s.Events)), make([]bool, len(s.Events))
	g.logf(Entry{Kind: KindStart, Public: true, Text: fmt.Sprintf("%s begins on %s.", s.Title, g.Date.Pretty()), Cause: "start"})
	for _, o := range s.Opening {
		if o.Date.IsZero() && !o.Held {
			g.openOffer(o, "opening")
		}
	}
	g.morning()
	return nil
}

func priors(types []TypeDef) []float64 {
	p := make([]float64, len(types))
	sum := 0.0
	for i, t := range types {
		p[i] = t.Prior
		sum += t.Prior
	}
	for i := range p {
		if sum > 0 {
			p[i] /= sum
		} else {
			p[i] = 1 / float64(len(p))
		}
	}
	return p
}

// drawType picks an actor's true type: the historical one in historical
// mode, otherwise by prior from the seed.
func (g *Game) drawType(ad ActorDef) int {
	if g.Setup.Historical && ad.HistoricalType != "" {
		for i, t := range ad.Types {
			if t.ID == ad.HistoricalType {
				return i
			}
		}
	}
	return pickWeighted(g.rng.Float64(), priors(ad.Types))
}

func pickWeighted(r float64, p []float64) int {
	for i, w := range p {
		if r < w {
			return i
		}
		r -= w
	}
	return len(p) - 1
}

func (g *Game) capitalOf(a int) int {
	if c := g.Scen.Actors[a].Capital; c > 0 {
		return c
	}
	return g.Rules.Capital
}

// openOffer puts a scenario's offer on the table, delivered this turn: an
// opening offer at the start, a scheduled letter on its date, or one an
// event sends.
func (g *Game) openOffer(o OpeningOffer, cause string) {
	life := o.Expires
	if life <= 0 {
		life = g.Rules.OfferLife
	}
	ch := o.Channel
	if ch == "" {
		ch = ChannelPrivate
	}
	lk := o.Linkage
	if lk == "" {
		lk = LinkNone
	}
	if o.Forum != "" {
		// Said at the table this turn, or not at all.
		if g.meetingForum(append([]string{o.From}, o.To...), o.Forum) < 0 {
			return
		}
		ch = ChannelForum
	}
	sent := g.Turn - 1 // on the desks (or the table) this morning
	g.addOffer(&Offer{From: o.From, To: o.To, Terms: o.Terms, Linkage: lk, Channel: ch, Text: o.Text,
		Sent: sent, Arrives: g.Turn, Expires: sent + life, Tag: o.Tag, Forum: o.Forum}, cause)
	if o.Forum != "" {
		g.meet(g.ActorIndex(o.From), o.To, o.Forum)
	}
}

// ActorIndex returns the index of an actor id, or -1.
func (g *Game) ActorIndex(id string) int {
	if i, ok := g.ix.actor[id]; ok {
		return i
	}
	return -1
}

// IssueIndex returns the index of an issue id, or -1.
func (g *Game) IssueIndex(id string) int {
	if i, ok := g.ix.issue[id]; ok {
		return i
	}
	return -1
}

// OptionIndex returns the index of an option of an issue, or -1.
func (g *Game) OptionIndex(issue int, id string) int {
	if issue < 0 || issue >= len(g.ix.option) {
		return -1
	}
	if i, ok := g.ix.option[issue][id]; ok {
		return i
	}
	return -1
}

// TurnsTotal is the number of turns the calendar allows.
func (g *Game) TurnsTotal() int { return g.turns }

// Rand exposes the game's random source to the engine's own phases only.
func (g *Game) rand() float64 { return g.rng.Float64() }
