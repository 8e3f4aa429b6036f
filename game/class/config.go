package class

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"backchannel/game"
	"backchannel/game/ai"
)

// Policy says what happens to a human seat that has not handed in when
// the deadline passes.
type Policy string

// Missing-submission policies.
const (
	// PolicyAI lets the AI play the seat for that turn.
	PolicyAI Policy = "ai"
	// PolicyNone makes the seat do nothing that turn.
	PolicyNone Policy = "none"
	// PolicyDraft hands in the team's latest draft (nothing if none).
	PolicyDraft Policy = "draft"
)

// Limits on what a class may hold, so that one session cannot exhaust the
// server.
const (
	MaxTeam       = 12 // members per seat
	MaxName       = 80 // bytes in a member's or a session's name
	MaxOrders     = 40 // orders in one draft or hand-in
	MaxTurnTime   = 60 * 24 * time.Hour
	DefaultTeam   = 6
	DefaultExpiry = 180 * 24 * time.Hour
)

// SeatConfig is who plays one actor.
type SeatConfig struct {
	Actor string `json:"actor"`
	Human bool   `json:"human"`
	// Team is a name for the students at the seat ("Team A").
	Team string `json:"team,omitempty"`
	// Max is how many students may share the seat; 0 is DefaultTeam.
	Max int `json:"max,omitempty"`
}

// Config is how a class session starts.
type Config struct {
	Name       string       `json:"name"`
	Scenario   string       `json:"scenario"` // the scenario's id
	Seed       uint64       `json:"seed"`
	Historical bool         `json:"historical,omitempty"`
	Difficulty string       `json:"difficulty,omitempty"`
	Seats      []SeatConfig `json:"seats"`
	// TurnTime is how long each turn stays open; 0 waits for every human seat.
	TurnTime time.Duration `json:"turn_time,omitempty"`
	Policy   Policy        `json:"policy,omitempty"`
	// Created is when the session began: the first turn's deadline runs from it.
	Created time.Time `json:"created"`
	// Expires is when the session closes to students; zero never.
	Expires time.Time `json:"expires,omitzero"`
}

// ErrConfig is wrapped by the errors of Config.Check.
var ErrConfig = errors.New("bad session settings")

// Check checks a config against its scenario and fills in defaults:
// every actor gets a seat (AI unless said otherwise), seats in scenario
// order.
func (c *Config) Check(s *game.Scenario) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, a...))
	}
	c.Name = strings.TrimSpace(c.Name)
	if c.Name == "" {
		c.Name = s.Title
	}
	if len(c.Name) > MaxName {
		c.Name = c.Name[:MaxName]
	}
	c.Scenario = s.ID
	if _, err := ai.ParseDifficulty(c.Difficulty); err != nil {
		return bad("difficulty must be easy, normal or hard")
	}
	switch c.Policy {
	case "":
		c.Policy = PolicyAI
	case PolicyAI, PolicyNone, PolicyDraft:
	default:
		return bad("a missing hand-in is played by the AI (ai), skipped (none) or taken from the draft (draft), not %q", c.Policy)
	}
	if c.TurnTime < 0 || c.TurnTime > MaxTurnTime {
		return bad("a turn may last from 0 (no deadline) to %d days", int(MaxTurnTime.Hours()/24))
	}
	given := map[string]SeatConfig{}
	for _, st := range c.Seats {
		known := false
		for _, a := range s.Actors {
			known = known || a.ID == st.Actor
		}
		if !known {
			return bad("the scenario has no actor %q", st.Actor)
		}
		if _, dup := given[st.Actor]; dup {
			return bad("actor %q has two seats", st.Actor)
		}
		if st.Max < 0 || st.Max > MaxTeam {
			return bad("a seat may have 1 to %d students", MaxTeam)
		}
		if len(st.Team) > MaxName {
			return bad("team names may have at most %d characters", MaxName)
		}
		given[st.Actor] = st
	}
	seats := make([]SeatConfig, 0, len(s.Actors))
	for _, a := range s.Actors {
		st, ok := given[a.ID]
		if !ok {
			st = SeatConfig{Actor: a.ID}
		}
		if st.Max == 0 {
			st.Max = DefaultTeam
		}
		seats = append(seats, st)
	}
	c.Seats = seats
	return nil
}

// Seat returns the seat of an actor.
func (c *Config) Seat(actor string) (SeatConfig, bool) {
	for _, st := range c.Seats {
		if st.Actor == actor {
			return st, true
		}
	}
	return SeatConfig{}, false
}

// Humans lists the actors played by students, in scenario order.
func (c *Config) Humans() []string {
	var out []string
	for _, st := range c.Seats {
		if st.Human {
			out = append(out, st.Actor)
		}
	}
	return out
}
