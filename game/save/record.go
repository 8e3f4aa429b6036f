// Package save keeps games: a Record holds what is needed to rebuild a game
// by replaying it (scenario, seed, seats and every turn's orders), plus the
// final log hash to check the replay against.
//
// A save file is the Record as indented JSON (see Marshal), version
// Version. WriteFile replaces a file atomically, Storage keeps named slots
// (a folder on the desktop, localStorage in the browser), and Replayer
// steps through a saved game for the replay screen.
package save

import (
	"fmt"
	"slices"
	"time"

	"backchannel/game"
)

// Format and Version identify the save file format.
const (
	Format  = "backchannel-save"
	Version = 2
)

// Seat is who plays an actor.
type Seat struct {
	Actor string `json:"actor"`
	Human bool   `json:"human"`
}

// Turn is every seat's orders for one turn, and what an instructor
// injected during it (made before the orders are resolved).
type Turn struct {
	Inject []game.Injection        `json:"inject,omitempty"`
	Orders map[string][]game.Order `json:"orders"`
}

// Play makes the turn's injections, then resolves its orders.
func (t Turn) Play(g *game.Game) error { return t.PlayWatched(g, nil) }

// PlayWatched is Play with a watcher (nil for none) that sees the game
// after the turn's injections and before it resolves: the game its seats
// decided on.
func (t Turn) PlayWatched(g *game.Game, watch func(*game.Game) error) error {
	for _, in := range t.Inject {
		if err := g.Inject(in); err != nil {
			return err
		}
	}
	if watch != nil {
		if err := watch(g); err != nil {
			return err
		}
	}
	return g.Resolve(t.Orders)
}

// Record is a saved game.
type Record struct {
	Format       string `json:"format"`
	Version      int    `json:"version"`
	Scenario     string `json:"scenario"`
	ScenarioHash string `json:"scenario_hash"`
	// ScenarioFile is the path of the scenario file the game was played
	// on, as it was given; empty for a built-in scenario. It is only a
	// name to look for beside the save and to quote: a replay never opens
	// it as it stands.
	ScenarioFile string `json:"scenario_file,omitempty"`
	// ScenarioSource is that file's text, compressed (see KeepSource), so
	// that the save does not depend on the file; empty for a built-in.
	ScenarioSource string `json:"scenario_source,omitempty"`
	Seed           uint64 `json:"seed"`
	Historical     bool   `json:"historical,omitempty"`
	Difficulty     string `json:"difficulty,omitempty"`
	Seats          []Seat `json:"seats"`
	Turns          []Turn `json:"turns"`
	// LogHash is the game's log hash after the last turn.
	LogHash string `json:"log_hash"`
	// Digest covers everything else a replay uses or a screen shows (see
	// digest); Marshal sets it and Unmarshal checks it. Since version 2.
	Digest string `json:"digest,omitempty"`
	// Saved is when a Storage last wrote the record. It is for the slot
	// list only: the game does not depend on it, so a replay ignores it.
	Saved time.Time `json:"saved,omitzero"`
}

// NewRecord starts a record for a game that has just been created.
func NewRecord(g *game.Game, seats []Seat, difficulty string) *Record {
	return &Record{Format: Format, Version: Version, Scenario: g.Scen.ID, ScenarioHash: g.Scen.Hash, ScenarioFile: g.Scen.File,
		Seed: g.Setup.Seed, Historical: g.Setup.Historical, Difficulty: difficulty, Seats: seats, LogHash: g.LogHash()}
}

// Add appends a turn's orders after the game resolved them.
func (r *Record) Add(g *game.Game, orders map[string][]game.Order) {
	r.Turns = append(r.Turns, Turn{Orders: orders})
	r.LogHash = g.LogHash()
}

// Replay rebuilds the game from its scenario by replaying every turn. It
// does not compare the result with LogHash; Verify does.
func (r *Record) Replay(s *game.Scenario) (*game.Game, error) { return r.ReplayWatched(s, nil) }

// ReplayWatched is Replay with a watcher that sees the game before each
// turn resolves (see Turn.PlayWatched). A resumed session lets its AI
// seats read those views again, as they did when the turns were played.
func (r *Record) ReplayWatched(s *game.Scenario, watch func(*game.Game) error) (*game.Game, error) {
	g, err := r.start(s)
	if err != nil {
		return nil, err
	}
	for i := range r.Turns {
		if err := r.playTurn(g, i, watch); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// Verify replays the record and checks that the game it gives has the log
// hash that was saved: the proof that the save and the engine agree. On a
// mismatch it returns the replayed game as well, for inspection.
func (r *Record) Verify(s *game.Scenario) (*game.Game, error) {
	g, err := r.Replay(s)
	if err != nil {
		return nil, err
	}
	if h := g.LogHash(); h != r.LogHash {
		return g, errorf(ErrHashMismatch, "the replay ends with log hash %s, the save says %s", h, r.LogHash)
	}
	return g, nil
}

// CheckScenario reports whether s is the scenario the record was played
// on: by id, by content hash (a scenario loaded from a file always has one,
// and then the save must carry the same), and by seats (each an actor of
// s, none twice).
func (r *Record) CheckScenario(s *game.Scenario) error {
	if s == nil {
		return errorf(ErrScenario, "no scenario given for %q", r.Scenario)
	}
	if s.ID != r.Scenario {
		return errorf(ErrScenario, "the save is of scenario %q, not %q", r.Scenario, s.ID)
	}
	if s.Hash != "" && r.ScenarioHash == "" {
		return errorf(ErrScenarioChanged, "the save carries no hash of scenario %q, so it cannot tell that the scenario is the one it was played on", r.Scenario)
	}
	if s.Hash != "" && s.Hash != r.ScenarioHash {
		return errorf(ErrScenarioChanged, "scenario %q now has hash %s, the save was made with %s; "+
			"replaying it would give a different game", r.Scenario, short(s.Hash), short(r.ScenarioHash))
	}
	for _, st := range r.Seats {
		if !slices.ContainsFunc(s.Actors, func(a game.ActorDef) bool { return a.ID == st.Actor }) {
			return errorf(ErrCorrupt, "it seats %q, which is not an actor of scenario %q", clip(st.Actor, 40), r.Scenario)
		}
	}
	return nil
}

// start checks the scenario and creates the game before its first turn.
func (r *Record) start(s *game.Scenario) (*game.Game, error) {
	if err := r.CheckScenario(s); err != nil {
		return nil, err
	}
	g, err := game.New(s, game.Setup{Seed: r.Seed, Historical: r.Historical, Humans: r.HumanSeats()})
	if err != nil {
		return nil, fmt.Errorf("save: %w", err)
	}
	return g, nil
}

// HumanSeats lists the actors played by people, in seat order.
func (r *Record) HumanSeats() []string {
	var out []string
	for _, s := range r.Seats {
		if s.Human {
			out = append(out, s.Actor)
		}
	}
	return out
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}
