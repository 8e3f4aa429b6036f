package flow

import (
	"fmt"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/library"
	"backchannel/game/save"
)

// slotLabel is a slot's line in the list of saves.
func slotLabel(s save.Slot) string {
	if s.Err != nil {
		return s.Name + "  (damaged)"
	}
	return s.Name
}

// slotDoc describes a slot for the panel beside the list.
func slotDoc(s save.Slot, lib *library.Library) doc {
	var d doc
	if s.Err != nil {
		d.h("This save cannot be loaded")
		d.p(s.Err.Error())
		d.note("Delete it, or load another save.")
		return d
	}
	sc := lib.Scenario(s.Scenario)
	if sc != nil {
		d.strong(sc.Title)
	} else {
		d.strong(s.Scenario)
	}
	d.p(turnsPlayed(s.Turns) + ".")
	if len(s.Humans) > 0 {
		d.p("Played by " + strings.Join(seatNames(sc, s), ", ") + "; every other government by the computer.")
	} else {
		d.p("Every seat is played by the computer: watch it as a replay.")
	}
	if !s.Saved.IsZero() {
		d.meta("Saved " + s.Saved.Local().Format("2 January 2006, 15:04") + " · " + sizeText(s.Size))
	}
	return d
}

func sizeText(n int64) string {
	if n < 1024 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%.1f KB", float64(n)/1024)
}

// defaultSlotName suggests a slot name for a game: its scenario and turn,
// cut to the characters save.CheckSlotName allows.
func defaultSlotName(scenario string, turn int) string {
	var b strings.Builder
	for _, c := range scenario {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
		if ok {
			b.WriteRune(c)
		}
	}
	name := strings.Trim(b.String(), "-_")
	if name == "" {
		name = "game"
	}
	if len(name) > 48 {
		name = name[:48]
	}
	return fmt.Sprintf("%s turn %d", name, turn)
}

// turnsPlayed says how far a saved game went, in proper English.
func turnsPlayed(n int) string {
	if n == 1 {
		return "1 turn played"
	}
	return fmt.Sprintf("%d turns played", n)
}

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
