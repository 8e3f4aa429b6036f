package e2e

import (
	"fmt"
	"time"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/scenario"
)

// GameSpec is an all-AI game: every seat played by the computer from the
// start to the end of a built-in scenario.
type GameSpec struct {
	Scenario   string `json:"scenario"`
	Seed       uint64 `json:"seed"`
	Difficulty string `json:"difficulty"`
	Historical bool   `json:"historical,omitempty"`
}

// Key names the game, e.g. "tutorial/7/normal".
func (s GameSpec) Key() string {
	k := fmt.Sprintf("%s/%d/%s", s.Scenario, s.Seed, s.Difficulty)
	if s.Historical {
		k += "/historical"
	}
	return k
}

// DeterminismGames are the games that TestSameGameAsDesktop plays in the
// test process and that hashgame plays in the browser: each built-in
// scenario, the three difficulties and the historical mode.
var DeterminismGames = []GameSpec{
	{Scenario: "tutorial", Seed: 7, Difficulty: "normal"},
	{Scenario: "letter-2009", Seed: 42, Difficulty: "normal"},
	{Scenario: "letter-2009", Seed: 1, Difficulty: "hard", Historical: true},
	{Scenario: "pittsburgh-2009", Seed: 3, Difficulty: "easy"},
}

// GameResult is how an all-AI game ended.
type GameResult struct {
	Key     string  `json:"key"`
	Hash    string  `json:"hash"` // game.Game.LogHash of the final state
	Turns   int     `json:"turns"`
	Entries int     `json:"entries"` // log entries
	Millis  float64 `json:"ms"`      // how long the game took to play
	Err     string  `json:"error,omitempty"`
}

// PlayAllAI plays the game with ai.Seats and ai.Play and returns the hash
// of its log.
func PlayAllAI(s GameSpec) GameResult {
	start := time.Now()
	r := GameResult{Key: s.Key()}
	err := func() error {
		sc, err := scenario.Builtin(s.Scenario)
		if err != nil {
			return err
		}
		d, err := ai.ParseDifficulty(s.Difficulty)
		if err != nil {
			return err
		}
		g, err := game.New(sc, game.Setup{Seed: s.Seed, Historical: s.Historical})
		if err != nil {
			return err
		}
		if err := ai.Play(g, ai.Seats(sc, d, s.Seed), nil); err != nil {
			return err
		}
		r.Hash, r.Turns, r.Entries = g.LogHash(), g.Turn, len(g.Log)
		return nil
	}()
	if err != nil {
		r.Err = err.Error()
	}
	r.Millis = float64(time.Since(start).Microseconds()) / 1000
	return r
}
