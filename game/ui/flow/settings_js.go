//go:build js

package flow

import (
	"fmt"
	"syscall/js"

	"backchannel/game/ui"
)

// settingsKey is the localStorage key of the settings, beside the saves'
// "backchannel/saves/" keys.
const settingsKey = "backchannel/settings"

// localSettings keeps settings in the page's localStorage.
type localSettings struct{ store js.Value }

// DefaultSettingsStore keeps settings in localStorage in the browser.
func DefaultSettingsStore() (SettingsStore, error) {
	s := js.Global().Get("localStorage")
	if s.IsUndefined() || s.IsNull() {
		return nil, fmt.Errorf("flow: this browser has no localStorage; settings are not kept")
	}
	return &localSettings{store: s}, nil
}

func (l *localSettings) Load() (s ui.Settings, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = ui.DefaultSettings(), fmt.Errorf("flow: localStorage: %v", r)
		}
	}()
	v := l.store.Call("getItem", settingsKey)
	if v.Type() != js.TypeString {
		return ui.DefaultSettings(), fmt.Errorf("flow: no settings stored")
	}
	return decodeSettings([]byte(v.String()))
}

func (l *localSettings) Save(s ui.Settings) (err error) {
	data, err := encodeSettings(s)
	if err != nil {
		return err
	}
	// The browser throws when storage is full or refused.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("flow: localStorage: %v", r)
		}
	}()
	l.store.Call("setItem", settingsKey, string(data))
	return nil
}
