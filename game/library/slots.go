package library

import (
	"fmt"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/wording"
)

// SlotLabel is a slot's line in the list of saves.
func SlotLabel(s save.Slot) string {
	if s.Err != nil {
		return s.Name + "  (damaged)"
	}
	return s.Name
}

// SlotDoc describes a saved game for the panel beside the list of saves:
// its scenario (named from the library), how far it went, who played.
func (lib *Library) SlotDoc(s save.Slot) prose.Doc {
	var d prose.Doc
	if s.Err != nil {
		d.H("This save cannot be loaded")
		d.P(s.Err.Error())
		d.Note("Delete it, or load another save.")
		return d
	}
	sc := lib.Scenario(s.Scenario)
	if sc != nil {
		d.Strong(sc.Title)
	} else {
		d.Strong(s.Scenario)
	}
	d.P(TurnsPlayed(s.Turns) + ".")
	if len(s.Humans) > 0 {
		d.P("Played by " + strings.Join(seatNames(sc, s), ", ") + "; every other government by the computer.")
	} else {
		d.P("Every seat is played by the computer: watch it as a replay.")
	}
	if !s.Saved.IsZero() {
		d.Meta("Saved " + s.Saved.Local().Format("2 January 2006, 15:04") + " · " + sizeText(s.Size))
	}
	return d
}

func sizeText(n int64) string {
	if n < 1024 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%.1f KB", float64(n)/1024)
}

// TurnsPlayed says how far a saved game went: "1 turn played".
func TurnsPlayed(n int) string { return wording.Plural(n, "turn", "turns") + " played" }

// seatNames names a save's human seats by their governments' names.
func seatNames(sc *game.Scenario, s save.Slot) []string {
	out := slices.Clone(s.Humans)
	if sc == nil {
		return out
	}
	for i, id := range out {
		for _, a := range sc.Actors {
			if a.ID == id {
				out[i] = a.Name
			}
		}
	}
	return out
}
