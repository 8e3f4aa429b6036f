//go:build !js

package server

import (
	"crypto/sha256"
	"strings"
	"sync"

	"backchannel/game"
	"backchannel/game/scenario"
)

// maxScenarios bounds the parsed scenarios a server keeps: a few built-in
// ones and the files instructors uploaded.
const maxScenarios = 64

// scenarios keeps parsed scenarios by what the store holds for them (a
// built-in name or an uploaded file). Parsing letter-2009 took a third of
// the load test's CPU: every session created and every session loaded
// parsed it again. A game.Scenario never changes during play, so every
// session of it shares one.
type scenarios struct {
	mu     sync.Mutex
	parsed map[[32]byte]*game.Scenario
}

// open reads a stored scenario: a built-in name or TOML source.
func (sc *scenarios) open(src []byte) (*game.Scenario, error) {
	key := sha256.Sum256(src)
	sc.mu.Lock()
	s := sc.parsed[key]
	sc.mu.Unlock()
	if s != nil {
		return s, nil
	}
	var err error
	if name, ok := strings.CutPrefix(string(src), builtinPrefix); ok {
		s, err = scenario.Builtin(name)
	} else {
		s, _, err = scenario.Parse("scenario.toml", src)
	}
	if err != nil {
		return nil, err
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if sc.parsed == nil {
		sc.parsed = map[[32]byte]*game.Scenario{}
	}
	for k := range sc.parsed { // make room: any one will do
		if len(sc.parsed) < maxScenarios {
			break
		}
		delete(sc.parsed, k)
	}
	sc.parsed[key] = s
	return s, nil
}
