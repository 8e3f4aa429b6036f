//go:build !js

package main

import (
	"time"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/ui/flow"
	"backchannel/game/ui/window"
)

// The replay command opens its window through the game's UI; it is a
// desktop tool, so the browser build has neither.
func init() {
	openReplayWindow = func(rec *save.Record, scen *game.Scenario) error {
		f, err := flow.New(flow.Config{Watch: -1})
		if err != nil {
			return err
		}
		return window.RunReplay(f, rec, scen, window.Window{Title: "Backchannel: replay", Start: time.Now()})
	}
}
