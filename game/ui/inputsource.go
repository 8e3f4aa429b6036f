package ui

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// EbitenSource reads the real keyboard, mouse and touch screen through
// ebiten. Touches become the mouse the screens read (see touchState).
type EbitenSource struct {
	keys    []ebiten.Key
	pressed []ebiten.Key
	chars   []rune
	ids     []ebiten.TouchID
	touches []touch
	touch   touchState
	text    *imeText
	clip    Clipboard
}

// Clipboard implements Clipboarder: the system's clipboard where it can be
// reached, else the game's own.
func (s *EbitenSource) Clipboard() Clipboard {
	if s.clip == nil {
		s.clip = systemClipboard()
	}
	return s.clip
}

// TextMethod implements TextMethoder: the platform's input method.
func (s *EbitenSource) TextMethod() TextMethod {
	if s.text == nil {
		s.text = newIMEText()
	}
	return s.text
}

var mouseButtons = []ebiten.MouseButton{ebiten.MouseButtonLeft, ebiten.MouseButtonRight,
	ebiten.MouseButtonMiddle, ebiten.MouseButton3, ebiten.MouseButton4}

// Poll implements InputSource.
func (s *EbitenSource) Poll() RawInput {
	// Buffers are reused between ticks: Input.Next copies what it keeps.
	s.keys = inpututil.AppendPressedKeys(s.keys[:0])
	s.chars = ebiten.AppendInputChars(s.chars[:0])
	// ebiten counts a key pressed again between two ticks as just
	// pressed, though it was held at both.
	s.pressed = inpututil.AppendJustPressedKeys(s.pressed[:0])
	raw := RawInput{Keys: s.keys, Pressed: s.pressed, Chars: s.chars}
	for _, b := range mouseButtons {
		if ebiten.IsMouseButtonPressed(b) {
			raw.Buttons = append(raw.Buttons, b)
		}
	}
	raw.Cursor.X, raw.Cursor.Y = ebiten.CursorPosition()
	raw.WheelX, raw.WheelY = ebiten.Wheel()
	s.ids = ebiten.AppendTouchIDs(s.ids[:0])
	s.touches = s.touches[:0]
	for _, id := range s.ids {
		x, y := ebiten.TouchPosition(id)
		s.touches = append(s.touches, touch{ID: id, Pos: image.Pt(x, y)})
	}
	s.touch.apply(&raw, s.touches, ebitenWindow{}.DeviceScale())
	return raw
}
