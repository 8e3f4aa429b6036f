// Package session runs one play-through for a front end: human seats
// submit orders, AI seats decide, the turn resolves and is recorded for
// saving. It is pure Go, so the desktop window, the browser and the tests
// drive the same code.
package session

import (
	"fmt"
	"slices"
	"sort"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/save"
)

// Config is how a session starts.
type Config struct {
	Scenario   *game.Scenario
	Seed       uint64
	Historical bool
	// Humans are the actors played by people; the rest are AI seats.
	Humans     []string
	Difficulty ai.Difficulty
}

// Session is one play-through with its seats and its record.
type Session struct {
	Game   *game.Game
	Record *save.Record
	Humans []string
	// Explanations holds each AI seat's reasons for its last turn's orders.
	Explanations map[string][]ai.Explanation
	seats        map[string]*ai.Seat
	pending      map[string][]game.Order
	difficulty   ai.Difficulty
}

// New starts a session.
func New(cfg Config) (*Session, error) {
	if cfg.Scenario == nil {
		return nil, fmt.Errorf("session: no scenario")
	}
	g, err := game.New(cfg.Scenario, game.Setup{Seed: cfg.Seed, Historical: cfg.Historical, Humans: cfg.Humans})
	if err != nil {
		return nil, err
	}
	for _, h := range cfg.Humans {
		if g.ActorIndex(h) < 0 {
			return nil, fmt.Errorf("session: unknown actor %q (the scenario has %s)", h, actorList(cfg.Scenario))
		}
	}
	s := newSession(g, cfg.Humans, cfg.Difficulty, aiSeats(cfg.Scenario, cfg.Humans, cfg.Difficulty, g.Setup.Seed))
	s.Record = save.NewRecord(g, s.seatList(), cfg.Difficulty.String())
	return s, nil
}

// Resume rebuilds a session from a saved record. Its AI seats read each
// turn's view again as the record replays, as they read it when the turn
// was played: an AI seat remembers every view it decided on (trust, events
// seen, its reading of the others), and with a blank memory the resumed
// game would go on otherwise than the game never stopped.
func Resume(rec *save.Record, scen *game.Scenario) (*Session, error) {
	humans := rec.HumanSeats()
	d, _ := ai.ParseDifficulty(rec.Difficulty)
	seats := aiSeats(scen, humans, d, rec.Seed)
	g, err := rec.ReplayWatched(scen, func(g *game.Game) error { return recall(g, seats) })
	if err != nil {
		return nil, err
	}
	s := newSession(g, humans, d, seats)
	s.Record = rec
	return s, nil
}

// recall lets every AI seat read the game's view of it, in the order
// EndTurn asks them to decide. The orders it finds are the recorded ones
// (same seed, turn and view) and are not used.
func recall(g *game.Game, seats map[string]*ai.Seat) error {
	for _, id := range seatIDs(seats) {
		v, err := g.View(id)
		if err != nil {
			return err
		}
		seats[id].Orders(v)
	}
	return nil
}

// aiSeats makes an AI seat for every actor no person plays.
func aiSeats(scen *game.Scenario, humans []string, d ai.Difficulty, seed uint64) map[string]*ai.Seat {
	seats := map[string]*ai.Seat{}
	for _, a := range scen.Actors {
		if !slices.Contains(humans, a.ID) {
			seats[a.ID] = ai.New(a.ID, d, seed)
		}
	}
	return seats
}

// seatIDs lists the AI seats in the order they decide.
func seatIDs(seats map[string]*ai.Seat) []string {
	ids := make([]string, 0, len(seats))
	for id := range seats {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func newSession(g *game.Game, humans []string, d ai.Difficulty, seats map[string]*ai.Seat) *Session {
	return &Session{Game: g, Humans: humans, seats: seats, pending: map[string][]game.Order{},
		Explanations: map[string][]ai.Explanation{}, difficulty: d}
}

func (s *Session) seatList() []save.Seat {
	var out []save.Seat
	for _, a := range s.Game.Scen.Actors {
		out = append(out, save.Seat{Actor: a.ID, Human: s.IsHuman(a.ID)})
	}
	return out
}

// IsHuman reports whether a person plays the actor.
func (s *Session) IsHuman(actor string) bool {
	for _, h := range s.Humans {
		if h == actor {
			return true
		}
	}
	return false
}

// Submit checks and stores a human seat's orders for this turn; it may be
// called again to replace them until the turn ends.
func (s *Session) Submit(actor string, orders []game.Order) error {
	if !s.IsHuman(actor) {
		return fmt.Errorf("session: %s is not a human seat", actor)
	}
	if err := s.Game.Check(actor, orders); err != nil {
		return err
	}
	s.pending[actor] = append([]game.Order(nil), orders...)
	return nil
}

// Submitted reports whether a human seat has handed in its orders.
func (s *Session) Submitted(actor string) bool {
	_, ok := s.pending[actor]
	return ok
}

// Waiting lists the human seats that have not submitted yet, in scenario order.
func (s *Session) Waiting() []string {
	var out []string
	for _, a := range s.Game.Scen.Actors {
		if s.IsHuman(a.ID) && !s.Submitted(a.ID) {
			out = append(out, a.ID)
		}
	}
	return out
}

// EndTurn lets the AI seats decide, resolves the turn and records it. It
// may take a while on big scenarios: front ends call it off the frame.
func (s *Session) EndTurn() error {
	if s.Game.Over {
		return fmt.Errorf("session: the game is over")
	}
	orders := map[string][]game.Order{}
	for id, o := range s.pending {
		orders[id] = o
	}
	expl := map[string][]ai.Explanation{}
	for _, id := range seatIDs(s.seats) {
		v, err := s.Game.View(id)
		if err != nil {
			return err
		}
		d := s.seats[id].Decide(v)
		orders[id], expl[id] = d.Orders, d.Explanations
	}
	if err := s.Game.Resolve(orders); err != nil {
		return err
	}
	s.Explanations = expl
	s.pending = map[string][]game.Order{}
	s.Record.Add(s.Game, orders)
	return nil
}

func actorList(sc *game.Scenario) string {
	out := ""
	for i, a := range sc.Actors {
		if i > 0 {
			out += ", "
		}
		out += a.ID
	}
	return out
}
