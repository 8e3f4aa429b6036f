//go:build js

package window

import (
	"errors"
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
		return nil, fmt.Errorf("this browser keeps no settings between visits (it has no local storage)")
	}
	return &localSettings{store: s}, nil
}

func (l *localSettings) Load() (s ui.Settings, err error) {
	defer func() {
		if r := recover(); r != nil {
			s, err = ui.DefaultSettings(), fmt.Errorf("the browser refused to keep the settings: %v", r)
		}
	}()
	v := l.store.Call("getItem", settingsKey)
	if v.Type() != js.TypeString {
		return ui.DefaultSettings(), errors.New("no settings kept yet")
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
			err = fmt.Errorf("the browser refused to keep the settings: %v", r)
		}
	}()
	l.store.Call("setItem", settingsKey, string(data))
	return nil
}
