package window

import (
	"encoding/json"

	"backchannel/game/ui"
)

// SettingsStore keeps the player's display settings between runs: a JSON
// file on the desktop, localStorage in the browser.
type SettingsStore interface {
	Load() (ui.Settings, error)
	Save(ui.Settings) error
}

// settingsFile is the stored form of ui.Settings; its field names are the
// file's, kept apart from the Go names so either can change.
type settingsFile struct {
	Scale       float64 `json:"scale"`
	ColourBlind bool    `json:"colour_blind"`
	Fullscreen  bool    `json:"fullscreen"`
	AutoScale   bool    `json:"auto_scale"` // missing in files written before it: the scale they chose
}

func encodeSettings(s ui.Settings) ([]byte, error) {
	return json.MarshalIndent(settingsFile{s.Scale, s.ColourBlind, s.Fullscreen, s.AutoScale}, "", "  ")
}

// decodeSettings reads stored settings; anything missing or out of range
// takes the default.
func decodeSettings(data []byte) (ui.Settings, error) {
	f := settingsFile{Scale: 1}
	if err := json.Unmarshal(data, &f); err != nil {
		return ui.DefaultSettings(), err
	}
	return ui.Settings{Scale: f.Scale, ColourBlind: f.ColourBlind, Fullscreen: f.Fullscreen, AutoScale: f.AutoScale}.Normalized(), nil
}
