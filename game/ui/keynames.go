package ui

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
)

// keyLabels are the printed names of keys whose ebiten names read badly.
var keyLabels = map[ebiten.Key]string{
	ebiten.KeyArrowUp: "↑", ebiten.KeyArrowDown: "↓", ebiten.KeyArrowLeft: "←", ebiten.KeyArrowRight: "→",
	ebiten.KeyEqual: "=", ebiten.KeyMinus: "−", ebiten.KeyComma: ",", ebiten.KeyDigit0: "0",
	ebiten.KeyNumpadAdd: "Num +", ebiten.KeyNumpadSubtract: "Num −", ebiten.KeyNumpad0: "Num 0",
	ebiten.KeyNumpadEnter: "Num Enter", ebiten.KeyEscape: "Esc", ebiten.KeyPageUp: "Page Up",
	ebiten.KeyPageDown: "Page Down",
}

// KeyLabel returns the name printed on key's cap.
func KeyLabel(k ebiten.Key) string {
	if s, ok := keyLabels[k]; ok {
		return s
	}
	return k.String()
}

// String returns the binding as players write it, such as "Ctrl+=".
func (b Binding) String() string {
	var parts []string
	if b.Mods&ModCtrl != 0 {
		parts = append(parts, "Ctrl")
	}
	if b.Mods&ModAlt != 0 {
		parts = append(parts, "Alt")
	}
	if b.Mods&ModShift != 0 {
		parts = append(parts, "Shift")
	}
	return strings.Join(append(parts, KeyLabel(b.Key)), "+")
}

// KeysFor returns the names of the keys bound to a, in keymap order.
func (k Keymap) KeysFor(a Action) []string {
	var out []string
	for _, b := range k.Keys {
		if b.Action == a {
			out = append(out, b.String())
		}
	}
	for _, m := range k.Mouse {
		if m.Action == a && m.Button == ebiten.MouseButton3 {
			out = append(out, "Mouse back")
		}
	}
	return out
}
