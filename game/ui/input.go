package ui

import "github.com/hajimehoshi/ebiten/v2"

// Action is something the player asks for, whatever key or button asked.
// Screens react to Actions, never to keys, so this file is the one place
// that says which key does what.
type Action int

// Actions.
const (
	ActionNone     Action = iota
	ActionActivate        // press the focused control (Enter, Space)
	ActionConfirm         // accept a dialog (Enter), after controls had their say
	ActionBack            // leave a screen or dialog (Escape, mouse back button)
	ActionFocusNext
	ActionFocusPrev
	ActionUp
	ActionDown
	ActionLeft
	ActionRight
	ActionPageUp
	ActionPageDown
	ActionHome
	ActionEnd
	ActionEndTurn
	ActionHelp
	ActionSettings
	ActionToggleFullscreen
	ActionScaleUp
	ActionScaleDown
	ActionScaleReset
	ActionQuit
	actionCount
)

var actionNames = [actionCount]string{
	"None", "Activate", "Confirm", "Back", "FocusNext", "FocusPrev", "Up", "Down", "Left", "Right",
	"PageUp", "PageDown", "Home", "End", "EndTurn", "Help", "Settings", "ToggleFullscreen",
	"ScaleUp", "ScaleDown", "ScaleReset", "Quit",
}

// String returns the action's name.
func (a Action) String() string {
	if a < 0 || a >= actionCount {
		return "Action(?)"
	}
	return actionNames[a]
}

// Mods is a set of held modifier keys.
type Mods uint8

// Modifiers. The Command key on macOS counts as ModCtrl, so Cmd+= and
// Ctrl+= both scale up.
const (
	ModShift Mods = 1 << iota
	ModCtrl
	ModAlt
)

// Binding ties a key, with exactly these modifiers, to an action.
// Repeat makes a held key trigger the action again after a delay.
type Binding struct {
	Key    ebiten.Key
	Mods   Mods
	Action Action
	Repeat bool
}

// MouseBinding ties a mouse button to an action. Ordinary clicks are not
// bound: they go to the control under the cursor.
type MouseBinding struct {
	Button ebiten.MouseButton
	Action Action
}

// Keymap is the full mapping of keys and buttons to actions.
type Keymap struct {
	Keys  []Binding
	Mouse []MouseBinding
}

// DefaultKeymap returns the game's bindings.
func DefaultKeymap() Keymap {
	b := func(k ebiten.Key, m Mods, a Action) Binding { return Binding{k, m, a, false} }
	r := func(k ebiten.Key, a Action) Binding { return Binding{k, 0, a, true} }
	return Keymap{
		Keys: []Binding{
			b(ebiten.KeyEnter, 0, ActionActivate), b(ebiten.KeyEnter, 0, ActionConfirm),
			b(ebiten.KeyNumpadEnter, 0, ActionActivate), b(ebiten.KeyNumpadEnter, 0, ActionConfirm),
			b(ebiten.KeySpace, 0, ActionActivate),
			b(ebiten.KeyEscape, 0, ActionBack),
			{ebiten.KeyTab, 0, ActionFocusNext, true}, {ebiten.KeyTab, ModShift, ActionFocusPrev, true},
			r(ebiten.KeyArrowUp, ActionUp), r(ebiten.KeyArrowDown, ActionDown),
			r(ebiten.KeyArrowLeft, ActionLeft), r(ebiten.KeyArrowRight, ActionRight),
			r(ebiten.KeyPageUp, ActionPageUp), r(ebiten.KeyPageDown, ActionPageDown),
			b(ebiten.KeyHome, 0, ActionHome), b(ebiten.KeyEnd, 0, ActionEnd),
			b(ebiten.KeyEnter, ModCtrl, ActionEndTurn), b(ebiten.KeyNumpadEnter, ModCtrl, ActionEndTurn),
			b(ebiten.KeyF1, 0, ActionHelp),
			b(ebiten.KeyF2, 0, ActionSettings), b(ebiten.KeyComma, ModCtrl, ActionSettings),
			b(ebiten.KeyF11, 0, ActionToggleFullscreen), b(ebiten.KeyEnter, ModAlt, ActionToggleFullscreen),
			b(ebiten.KeyEqual, ModCtrl, ActionScaleUp), b(ebiten.KeyNumpadAdd, ModCtrl, ActionScaleUp),
			b(ebiten.KeyMinus, ModCtrl, ActionScaleDown), b(ebiten.KeyNumpadSubtract, ModCtrl, ActionScaleDown),
			b(ebiten.KeyDigit0, ModCtrl, ActionScaleReset), b(ebiten.KeyNumpad0, ModCtrl, ActionScaleReset),
			b(ebiten.KeyQ, ModCtrl, ActionQuit),
		},
		Mouse: []MouseBinding{{ebiten.MouseButton3, ActionBack}},
	}
}

// Lookup returns the bindings of key under mods. Bindings with exactly
// these modifiers win; failing those, Shift is ignored, because on many
// layouts "+" needs Shift (Ctrl+Shift+= is Ctrl++), while Shift+Tab keeps
// its own binding.
func (k Keymap) Lookup(key ebiten.Key, mods Mods) []Binding {
	var out []Binding
	for _, try := range []Mods{mods, mods &^ ModShift} {
		for _, b := range k.Keys {
			if b.Key == key && b.Mods == try {
				out = append(out, b)
			}
		}
		if len(out) > 0 || mods&ModShift == 0 {
			break
		}
	}
	return out
}

// LookupMouse returns the action bound to a mouse button, if any.
func (k Keymap) LookupMouse(b ebiten.MouseButton) Action {
	for _, m := range k.Mouse {
		if m.Button == b {
			return m.Action
		}
	}
	return ActionNone
}

// modsOf returns the modifiers among held keys.
func modsOf(held []ebiten.Key) Mods {
	var m Mods
	for _, k := range held {
		switch k {
		case ebiten.KeyShift, ebiten.KeyShiftLeft, ebiten.KeyShiftRight:
			m |= ModShift
		case ebiten.KeyControl, ebiten.KeyControlLeft, ebiten.KeyControlRight,
			ebiten.KeyMeta, ebiten.KeyMetaLeft, ebiten.KeyMetaRight:
			m |= ModCtrl
		case ebiten.KeyAlt, ebiten.KeyAltLeft, ebiten.KeyAltRight:
			m |= ModAlt
		}
	}
	return m
}

// isModifier reports whether k is a modifier key, which triggers nothing
// by itself.
func isModifier(k ebiten.Key) bool {
	return modsOf([]ebiten.Key{k}) != 0
}
