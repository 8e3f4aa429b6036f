//go:build !js

package main

import (
	"time"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/ui/flow"
	"backchannel/game/ui/window"
)

// replayWindow is how the desktop game opens a save in its replay screen;
// the browser build has no replay command and no such window.
func replayWindow() func(rec *save.Record, scen *game.Scenario) error {
	return func(rec *save.Record, scen *game.Scenario) error {
		f, err := flow.New(flow.Config{Watch: -1})
		if err != nil {
			return err
		}
		return window.RunReplay(f, rec, scen, window.Window{Title: "Backchannel: replay", Start: time.Now()})
	}
}
