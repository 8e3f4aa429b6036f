package ui

import (
	"image"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
)

// Key repeat timing, in ticks: a held navigation key repeats after
// RepeatDelay, then every RepeatInterval.
const (
	RepeatDelay    = 24
	RepeatInterval = 4
)

// RawInput is the state of the devices at one tick: what is held, where
// the cursor is, what was typed. Real devices and test scripts both
// produce it, so the rest of the input path is the same for both.
type RawInput struct {
	Keys []ebiten.Key // keys held down
	// Pressed are keys that went down since the last tick, held now or
	// not: a key released and pressed again in between, or tapped and let
	// go in between, which a game that sleeps between frames (or ticks
	// slowly when idle) would otherwise see as one long hold, or miss.
	Pressed []ebiten.Key
	Buttons []ebiten.MouseButton // mouse buttons held down
	Cursor  image.Point
	WheelX  float64
	WheelY  float64
	Chars   []rune // text typed since the last tick
}

// InputSource produces the raw input of each tick.
type InputSource interface {
	// Poll returns this tick's state. It is called once per Update.
	Poll() RawInput
}

// Input turns raw device state into this tick's actions, key presses and
// mouse events. Controls consume what they use, so one key press is not
// handled twice (for example Enter by a focused button and by the screen).
type Input struct {
	keymap Keymap

	cur, prev RawInput
	held      map[ebiten.Key]int // ticks each key has been held
	actions   map[Action]bool    // triggered this tick and not consumed
	triggered []ebiten.Key       // keys pressed or repeating this tick
	mouseUsed bool
	active    bool
	text      TextMethod // how typed text reaches a focused field; nil: Chars
	clip      Clipboard  // where fields copy and paste; nil: a MemoryClipboard
}

// NewInput returns an Input using keymap.
func NewInput(keymap Keymap) *Input {
	return &Input{keymap: keymap, held: map[ebiten.Key]int{}, actions: map[Action]bool{}}
}

// Next advances to raw, this tick's state.
func (in *Input) Next(raw RawInput) {
	// Sources may reuse their buffers, and the previous tick is kept.
	raw.Keys, raw.Pressed, raw.Buttons, raw.Chars = slices.Clone(raw.Keys), slices.Clone(raw.Pressed), slices.Clone(raw.Buttons), slices.Clone(raw.Chars)
	in.prev, in.cur = in.cur, raw
	in.mouseUsed = false
	clear(in.actions)
	in.triggered = in.triggered[:0]

	for k := range in.held {
		if !slices.Contains(raw.Keys, k) {
			delete(in.held, k)
		}
	}
	// A key pressed anew counts as a first press, even one already let go
	// (a tap between two ticks of an idle game, which ticks slowly).
	down := raw.Keys
	for _, k := range raw.Pressed {
		delete(in.held, k)
		if !slices.Contains(down, k) {
			down = append(slices.Clip(down), k)
		}
	}
	mods := modsOf(down)
	for _, k := range down {
		in.held[k]++
		n := in.held[k]
		first := n == 1
		repeat := n > RepeatDelay && (n-RepeatDelay)%RepeatInterval == 0
		if !first && !repeat {
			continue
		}
		in.triggered = append(in.triggered, k)
		if isModifier(k) {
			continue
		}
		for _, b := range in.keymap.Lookup(k, mods) {
			if first || b.Repeat {
				in.actions[b.Action] = true
			}
		}
	}
	for _, b := range raw.Buttons {
		if in.ButtonPressed(b) {
			if a := in.keymap.LookupMouse(b); a != ActionNone {
				in.actions[a] = true
			}
		}
	}
	in.active = len(raw.Keys) > 0 || len(in.prev.Keys) > 0 ||
		len(raw.Buttons) > 0 || len(in.prev.Buttons) > 0 ||
		raw.Cursor != in.prev.Cursor || raw.WheelX != 0 || raw.WheelY != 0 || len(raw.Chars) > 0
}

// Active reports whether anything happened this tick: a key or button
// held or released, the cursor moved, the wheel turned, text typed.
func (in *Input) Active() bool { return in.active }

// Action reports whether a was triggered this tick and not yet consumed.
func (in *Input) Action(a Action) bool { return in.actions[a] }

// Consume reports whether a was triggered and not yet consumed, and
// consumes it.
func (in *Input) Consume(a Action) bool {
	ok := in.actions[a]
	delete(in.actions, a)
	return ok
}

// Trigger adds an action for this tick, as if its key had been pressed.
// Widgets use it to turn a click into the same path as a key.
func (in *Input) Trigger(a Action) { in.actions[a] = true }

// KeyTriggered reports whether k was pressed this tick or is repeating;
// text fields use it for Backspace and Delete.
func (in *Input) KeyTriggered(k ebiten.Key) bool { return slices.Contains(in.triggered, k) }

// KeyPressed reports whether k went down this tick, not counting repeats:
// for shortcuts that must act once however long the key is held (Ctrl+V
// pastes once).
func (in *Input) KeyPressed(k ebiten.Key) bool { return in.held[k] == 1 }

// Mods returns the modifiers held this tick.
func (in *Input) Mods() Mods { return modsOf(in.cur.Keys) }

// Held reports whether a key or a mouse button is down this tick.
func (in *Input) Held() bool { return len(in.cur.Keys) > 0 || len(in.cur.Buttons) > 0 }

// Chars returns the text typed this tick.
func (in *Input) Chars() []rune { return in.cur.Chars }

// Cursor returns the mouse position in screen pixels.
func (in *Input) Cursor() image.Point { return in.cur.Cursor }

// CursorMoved reports whether the mouse moved this tick.
func (in *Input) CursorMoved() bool { return in.cur.Cursor != in.prev.Cursor }

// ButtonDown reports whether b is held.
func (in *Input) ButtonDown(b ebiten.MouseButton) bool { return slices.Contains(in.cur.Buttons, b) }

// ButtonPressed reports whether b went down this tick.
func (in *Input) ButtonPressed(b ebiten.MouseButton) bool {
	return in.ButtonDown(b) && !slices.Contains(in.prev.Buttons, b)
}

// ButtonReleased reports whether b went up this tick.
func (in *Input) ButtonReleased(b ebiten.MouseButton) bool {
	return !in.ButtonDown(b) && slices.Contains(in.prev.Buttons, b)
}

// Wheel returns how far the wheel turned this tick.
func (in *Input) Wheel() (x, y float64) { return in.cur.WheelX, in.cur.WheelY }

// MouseUsed reports whether a control already took this tick's mouse
// event, so controls underneath (behind a dialog, say) ignore it.
func (in *Input) MouseUsed() bool { return in.mouseUsed }

// UseMouse marks this tick's mouse event as taken.
func (in *Input) UseMouse() { in.mouseUsed = true }
