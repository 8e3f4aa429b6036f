// Package save keeps games: a Record holds what is needed to rebuild a game
// by replaying it (scenario, seed, seats and every turn's orders), plus the
// final log hash to check the replay against.
package save

import (
	"fmt"

	"backchannel/game"
)

// Format and Version identify the save file format.
const (
	Format  = "backchannel-save"
	Version = 1
)

// Seat is who plays an actor.
type Seat struct {
	Actor string `json:"actor"`
	Human bool   `json:"human"`
}

// Turn is every seat's orders for one turn.
type Turn struct {
	Orders map[string][]game.Order `json:"orders"`
}

// Record is a saved game.
type Record struct {
	Format       string `json:"format"`
	Version      int    `json:"version"`
	Scenario     string `json:"scenario"`
	ScenarioHash string `json:"scenario_hash"`
	Seed         uint64 `json:"seed"`
	Historical   bool   `json:"historical,omitempty"`
	Difficulty   string `json:"difficulty,omitempty"`
	Seats        []Seat `json:"seats"`
	Turns        []Turn `json:"turns"`
	// LogHash is the game's log hash after the last turn.
	LogHash string `json:"log_hash"`
}

// NewRecord starts a record for a game that has just been created.
func NewRecord(g *game.Game, seats []Seat, difficulty string) *Record {
	return &Record{Format: Format, Version: Version, Scenario: g.Scen.ID, ScenarioHash: g.Scen.Hash,
		Seed: g.Setup.Seed, Historical: g.Setup.Historical, Difficulty: difficulty, Seats: seats, LogHash: g.LogHash()}
}

// Add appends a turn's orders after the game resolved them.
func (r *Record) Add(g *game.Game, orders map[string][]game.Order) {
	r.Turns = append(r.Turns, Turn{Orders: orders})
	r.LogHash = g.LogHash()
}

// Replay rebuilds the game from its scenario by replaying every turn.
func (r *Record) Replay(s *game.Scenario) (*game.Game, error) {
	if s.ID != r.Scenario {
		return nil, fmt.Errorf("save: the save is of scenario %q, not %q", r.Scenario, s.ID)
	}
	if r.ScenarioHash != "" && s.Hash != "" && s.Hash != r.ScenarioHash {
		return nil, fmt.Errorf("save: scenario %q has changed since the game was saved", r.Scenario)
	}
	g, err := game.New(s, game.Setup{Seed: r.Seed, Historical: r.Historical})
	if err != nil {
		return nil, err
	}
	for i, t := range r.Turns {
		if err := g.Resolve(t.Orders); err != nil {
			return nil, fmt.Errorf("save: turn %d does not replay: %w", i+1, err)
		}
	}
	return g, nil
}
