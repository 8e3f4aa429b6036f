//go:build js

package main

import (
	"backchannel/game"
	"backchannel/game/save"
)

// replayWindow is nil in the browser build, which has no replay command.
func replayWindow() func(rec *save.Record, scen *game.Scenario) error { return nil }
