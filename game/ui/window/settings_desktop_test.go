//go:build !js

package window

import (
	"testing"

	"backchannel/game/ui"
)

func TestSettingsRoundTrip(t *testing.T) {
	st := NewFileSettings(t.TempDir() + "/deep/settings.json")
	if _, err := st.Load(); err == nil {
		t.Error("no file, no settings")
	}
	want := ui.Settings{Scale: 1.5, ColourBlind: true}
	if err := st.Save(want); err != nil {
		t.Fatal(err)
	}
	got, err := st.Load()
	if err != nil || got != want {
		t.Errorf("Load = %+v, %v", got, err)
	}
	if s, _ := decodeSettings([]byte(`{"scale": 9}`)); s.Scale != ui.MaxScale {
		t.Errorf("a scale out of range is clamped: %v", s.Scale)
	}
	if _, err := decodeSettings([]byte(`{`)); err == nil {
		t.Error("a broken file decodes")
	}
}
