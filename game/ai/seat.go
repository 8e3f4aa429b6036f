package ai

import (
	"fmt"

	"backchannel/game"
)

// Difficulty sets how deeply a seat models the others and how much it
// bluffs. It never changes what the seat can see, nor how it values offers
// for itself.
type Difficulty int

// Difficulty levels. The zero value plays as Normal.
const (
	Easy Difficulty = iota + 1
	Normal
	Hard
)

// String names the level as the command line spells it.
func (d Difficulty) String() string {
	switch d {
	case Easy:
		return "easy"
	case Hard:
		return "hard"
	}
	return "normal"
}

// ParseDifficulty reads "easy", "normal" or "hard".
func ParseDifficulty(s string) (Difficulty, error) {
	switch s {
	case "easy":
		return Easy, nil
	case "normal", "":
		return Normal, nil
	case "hard":
		return Hard, nil
	}
	return Normal, fmt.Errorf("ai: unknown difficulty %q: want easy, normal or hard", s)
}

func (d Difficulty) level() Difficulty {
	if d < Easy || d > Hard {
		return Normal
	}
	return d
}

// Decision is what a seat does in one turn: orders that pass game.Check,
// and the reasons for them.
type Decision struct {
	Orders       []game.Order  `json:"orders"`
	Explanations []Explanation `json:"explanations"`
}

// Explanation gives the reasons for one order, or for a choice not to act
// (Order is then -1), in plain words.
type Explanation struct {
	// Order indexes Decision.Orders, or is -1 when nothing was ordered.
	Order int `json:"order"`
	// Offer is the offer the decision is about, if any.
	Offer string `json:"offer,omitempty"`
	Text  string `json:"text"`
	// Worth and Needs are the seat's valuation of the offer and what it
	// holds out for, on the 0-100 utility scale, when an offer was weighed.
	Worth float64 `json:"worth,omitempty"`
	Needs float64 `json:"needs,omitempty"`
	// WouldAccept is, for a refusal, the smallest change to the offer that
	// would have turned it into an acceptance.
	WouldAccept *Counterfactual `json:"would_accept,omitempty"`
}

// Counterfactual is an edited offer that the seat would accept, and the
// edit in words ("the linkage were implicit").
type Counterfactual struct {
	Change  string       `json:"change"`
	Terms   []game.Term  `json:"terms"`
	Linkage game.Linkage `json:"linkage"`
	Channel game.Channel `json:"channel"`
	Worth   float64      `json:"worth"`
}

// Seat is an AI player for one actor. Its decisions are a function of the
// views it has been shown, its seed and the turn; all it keeps between
// turns is what earlier views' logs said (see memory) and tables derived
// from the scenario. Use one seat per actor per game, turn after turn; a
// seat reuses its working memory between decisions and is not safe for
// concurrent use (seats of different games may run in parallel).
type Seat struct {
	Actor      string
	Difficulty Difficulty
	Seed       uint64

	m    *model
	full *game.Scenario
	mem  memory
	work ctx      // reused by every decision
	pows *powMemo // fmath.Pow's results, which depend on nothing else
	// share, if set, is the model of the seats of one game (see Share).
	share *sharedModel
	view  game.View  // reused by Turn for every view of the seat's actor
	look  *lookahead // a hard seat's imagined games (see rethink)
}

// memory is what a seat remembers from earlier views: the engine's view
// carries only the latest turn's log, but others' trust in the seat and
// the events seen are known from the whole of it.
type memory struct {
	sc      *game.Scenario // the game the memory belongs to
	turn    int
	trustIn []float64
	fired   []string
	// read is, per actor, the latest shift in the seat's reading of it:
	// the engine's words for the type now thought likeliest and why.
	read []string
}

// absorb reads the view's log into the memory, starting afresh for a new
// game or when the turns go backwards (a seat reused for a replay).
func (mem *memory) absorb(m *model, v *game.View) {
	if mem.sc != v.Scenario || v.Turn < mem.turn || len(mem.trustIn) != len(m.sc.Actors) {
		*mem = memory{sc: v.Scenario, trustIn: make([]float64, len(m.sc.Actors)), read: make([]string, len(m.sc.Actors))}
		for a := range mem.trustIn {
			mem.trustIn[a] = 50
		}
	}
	mem.turn = v.Turn
	for _, e := range v.Log {
		switch e.Kind {
		case game.KindTrust:
			// The engine tells an actor whenever someone's trust in it
			// moves; the latest such entry is what that actor now thinks.
			if a, ok := m.actor[e.Actor]; ok && e.Other == v.Actor {
				mem.trustIn[a] = e.New
			}
		case game.KindBelief:
			if a, ok := m.actor[e.Other]; ok && e.Actor == v.Actor {
				mem.read[a] = e.Text
			}
		case game.KindEvent:
			if !containsStr(mem.fired, e.Event) {
				mem.fired = append(mem.fired, e.Event)
			}
		}
	}
}

// New makes a seat for an actor. The seed drives its bluffs and leaks; use
// the game's seed so that a game replays from its seed alone.
func New(actor string, difficulty Difficulty, seed uint64) *Seat {
	return &Seat{Actor: actor, Difficulty: difficulty.level(), Seed: seed}
}

// Renew readies the seat for a new game with the given seed, as New would
// make it, keeping only its working storage (its view, tables and caches,
// whose contents a new game's first decision sets aside or checks bit for
// bit): a simulation that plays game after game then allocates them once.
// Share the renewed seats of one game again, as Seats does.
func (s *Seat) Renew(seed uint64) {
	s.Seed, s.share, s.mem = seed, nil, memory{}
}

// SetScenario gives the seat the full scenario so that it can read the
// choices of the dilemmas put to it: the view lists those dilemmas but not
// their choices. The seat reads nothing else from it (no events to come,
// no historical types).
func (s *Seat) SetScenario(sc *game.Scenario) { s.full = sc }

// Decide chooses this turn's orders from what the actor knows, and gives
// the reasons for them.
func (s *Seat) Decide(v *game.View) Decision { return s.decide(v, false) }

// Orders is Decide's orders without the reasons, for a simulation that
// reads only the orders: they are the same orders, found without writing
// (or working out) any explanation, which is a good share of a decision.
func (s *Seat) Orders(v *game.View) []game.Order { return s.decide(v, true).Orders }

// answered readies the seat for the view and decides up to its answers:
// dilemmas and agreements come first, since they may take up an issue or
// capital an answer needs. Decide goes on from here; a hard seat asking an
// imagined partner stops here (accepts).
func (s *Seat) answered(v *game.View, quiet bool) *ctx {
	if s.m == nil || s.m.sc != v.Scenario {
		s.m = s.modelOf(v.Scenario)
	}
	s.mem.absorb(s.m, v)
	c := newCtx(s, v)
	c.quiet = quiet
	c.dilemmas()
	c.agreements()
	c.replies()
	return c
}

func (s *Seat) decide(v *game.View, quiet bool) Decision {
	if v == nil || v.Over || v.Scenario == nil || v.Me < 0 || v.Me >= len(v.Scenario.Actors) {
		return Decision{Explanations: []Explanation{{Order: -1, Text: "The game is over; nothing to decide."}}}
	}
	c := s.answered(v, quiet)
	c.moves()
	c.proposals()
	c.statements()
	c.leaks()
	if len(c.dec.Explanations) == 0 && !quiet {
		c.note(-1, "", "%s sees nothing worth doing this turn and waits.", c.name(c.me))
	}
	return c.dec
}
