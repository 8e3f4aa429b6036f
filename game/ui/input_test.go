package ui

import (
	"image"
	"reflect"
	"slices"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

func TestKeymapLookup(t *testing.T) {
	k := DefaultKeymap()
	actions := func(key ebiten.Key, mods Mods) []Action {
		var out []Action
		for _, b := range k.Lookup(key, mods) {
			out = append(out, b.Action)
		}
		return out
	}
	tests := []struct {
		name string
		key  ebiten.Key
		mods Mods
		want []Action
	}{
		{"enter activates and confirms", ebiten.KeyEnter, 0, []Action{ActionActivate, ActionConfirm}},
		{"space activates", ebiten.KeySpace, 0, []Action{ActionActivate}},
		{"escape goes back", ebiten.KeyEscape, 0, []Action{ActionBack}},
		{"tab", ebiten.KeyTab, 0, []Action{ActionFocusNext}},
		{"shift tab", ebiten.KeyTab, ModShift, []Action{ActionFocusPrev}},
		{"arrow", ebiten.KeyArrowDown, 0, []Action{ActionDown}},
		{"ctrl enter ends the turn only", ebiten.KeyEnter, ModCtrl, []Action{ActionEndTurn}},
		{"alt enter is full screen", ebiten.KeyEnter, ModAlt, []Action{ActionToggleFullscreen}},
		{"shift enter falls back to enter", ebiten.KeyEnter, ModShift, []Action{ActionActivate, ActionConfirm}},
		{"f1", ebiten.KeyF1, 0, []Action{ActionHelp}},
		{"f2", ebiten.KeyF2, 0, []Action{ActionSettings}},
		{"f11", ebiten.KeyF11, 0, []Action{ActionToggleFullscreen}},
		{"ctrl =", ebiten.KeyEqual, ModCtrl, []Action{ActionScaleUp}},
		{"ctrl shift = is ctrl +", ebiten.KeyEqual, ModCtrl | ModShift, []Action{ActionScaleUp}},
		{"ctrl -", ebiten.KeyMinus, ModCtrl, []Action{ActionScaleDown}},
		{"ctrl 0", ebiten.KeyDigit0, ModCtrl, []Action{ActionScaleReset}},
		{"plain = does nothing", ebiten.KeyEqual, 0, nil},
		{"ctrl tab does nothing", ebiten.KeyTab, ModCtrl, nil},
		{"letters are for typing", ebiten.KeyA, 0, nil},
	}
	for _, tt := range tests {
		if got := actions(tt.key, tt.mods); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
	if a := k.LookupMouse(ebiten.MouseButton3); a != ActionBack {
		t.Errorf("mouse back button = %v, want Back", a)
	}
	if a := k.LookupMouse(ebiten.MouseButtonLeft); a != ActionNone {
		t.Errorf("left button = %v, want None: clicks go to controls", a)
	}
}

// TestEveryActionIsBound keeps the help screen honest: each action a
// player may need has a key.
func TestEveryActionIsBound(t *testing.T) {
	k := DefaultKeymap()
	for a := ActionNone + 1; a < actionCount; a++ {
		if len(k.KeysFor(a)) == 0 {
			t.Errorf("%v has no key", a)
		}
	}
}

func TestBindingString(t *testing.T) {
	for b, want := range map[Binding]string{
		{Key: ebiten.KeyTab, Mods: ModShift}:  "Shift+Tab",
		{Key: ebiten.KeyEqual, Mods: ModCtrl}: "Ctrl+=",
		{Key: ebiten.KeyF11}:                  "F11",
		{Key: ebiten.KeyArrowUp}:              "↑",
	} {
		if got := b.String(); got != want {
			t.Errorf("%+v = %q, want %q", b, got, want)
		}
	}
}

// step feeds one tick of raw input and returns the triggered actions.
func step(in *Input, raw RawInput) []Action {
	in.Next(raw)
	var out []Action
	for a := ActionNone + 1; a < actionCount; a++ {
		if in.Action(a) {
			out = append(out, a)
		}
	}
	return out
}

func TestInputPressHoldRepeat(t *testing.T) {
	in := NewInput(DefaultKeymap())
	down := RawInput{Keys: []ebiten.Key{ebiten.KeyArrowDown}}
	if got := step(in, down); !slices.Equal(got, []Action{ActionDown}) {
		t.Fatalf("first tick: %v", got)
	}
	var repeats []int
	for tick := 2; tick <= RepeatDelay+3*RepeatInterval; tick++ {
		if len(step(in, down)) > 0 {
			repeats = append(repeats, tick)
		}
	}
	want := []int{RepeatDelay + RepeatInterval, RepeatDelay + 2*RepeatInterval, RepeatDelay + 3*RepeatInterval}
	if !slices.Equal(repeats, want) {
		t.Errorf("repeats at ticks %v, want %v", repeats, want)
	}
	if got := step(in, RawInput{}); len(got) != 0 {
		t.Errorf("release: %v", got)
	}
	if !in.Active() {
		t.Error("the tick a key is released counts as activity")
	}
	if step(in, RawInput{}); in.Active() {
		t.Error("nothing held, nothing moved: not active")
	}
}

func TestInputEnterDoesNotRepeat(t *testing.T) {
	in := NewInput(DefaultKeymap())
	enter := RawInput{Keys: []ebiten.Key{ebiten.KeyEnter}}
	step(in, enter)
	for range RepeatDelay * 2 {
		if got := step(in, enter); len(got) != 0 {
			t.Fatalf("held Enter repeated %v", got)
		}
	}
}

// TestInputPressedAgainBetweenTicks: Ctrl+Enter let go and Enter pressed
// again before the next tick (a game asleep between frames) is a new
// press of Enter, not a hold: the dialog Ctrl+Enter opened takes it.
func TestInputPressedAgainBetweenTicks(t *testing.T) {
	in := NewInput(DefaultKeymap())
	step(in, RawInput{Keys: []ebiten.Key{ebiten.KeyControlLeft, ebiten.KeyEnter}})
	if !in.Action(ActionEndTurn) {
		t.Fatal("Ctrl+Enter does not end the turn")
	}
	step(in, RawInput{Keys: []ebiten.Key{ebiten.KeyEnter}, Pressed: []ebiten.Key{ebiten.KeyEnter}})
	if !in.Action(ActionConfirm) {
		t.Fatal("Enter pressed again between two ticks was missed")
	}
	step(in, RawInput{Keys: []ebiten.Key{ebiten.KeyEnter}})
	if in.Action(ActionConfirm) {
		t.Fatal("a held Enter confirmed twice")
	}
}

// TestInputTapBetweenTicks: Ctrl+Q tapped and let go between two ticks
// still quits.
func TestInputTapBetweenTicks(t *testing.T) {
	in := NewInput(DefaultKeymap())
	step(in, RawInput{Pressed: []ebiten.Key{ebiten.KeyControlLeft, ebiten.KeyQ}})
	if !in.Action(ActionQuit) {
		t.Fatal("a tap of Ctrl+Q between two ticks was missed")
	}
	if step(in, RawInput{}); in.Action(ActionQuit) {
		t.Fatal("the tap counted twice")
	}
}

func TestInputModifiers(t *testing.T) {
	in := NewInput(DefaultKeymap())
	// Ctrl goes down first, then =: one ScaleUp, and Ctrl alone is nothing.
	if got := step(in, RawInput{Keys: []ebiten.Key{ebiten.KeyControlLeft}}); len(got) != 0 {
		t.Errorf("ctrl alone: %v", got)
	}
	got := step(in, RawInput{Keys: []ebiten.Key{ebiten.KeyControlLeft, ebiten.KeyEqual}})
	if !slices.Equal(got, []Action{ActionScaleUp}) {
		t.Errorf("ctrl+=: %v", got)
	}
	got = step(in, RawInput{Keys: []ebiten.Key{ebiten.KeyShiftRight, ebiten.KeyTab}})
	if !slices.Equal(got, []Action{ActionFocusPrev}) {
		t.Errorf("shift+tab: %v", got)
	}
}

func TestInputConsume(t *testing.T) {
	in := NewInput(DefaultKeymap())
	in.Next(RawInput{Keys: []ebiten.Key{ebiten.KeyEnter}})
	if !in.Consume(ActionActivate) {
		t.Fatal("Enter should trigger Activate")
	}
	if in.Action(ActionActivate) || in.Consume(ActionActivate) {
		t.Error("consumed action seen again")
	}
	if !in.Action(ActionConfirm) {
		t.Error("consuming Activate must leave Confirm")
	}
}

func TestInputMouse(t *testing.T) {
	in := NewInput(DefaultKeymap())
	p := image.Pt(10, 20)
	in.Next(RawInput{Cursor: p})
	if !in.CursorMoved() || in.Cursor() != p {
		t.Error("cursor move not seen")
	}
	in.Next(RawInput{Cursor: p, Buttons: []ebiten.MouseButton{ebiten.MouseButtonLeft}})
	if !in.ButtonPressed(ebiten.MouseButtonLeft) || in.ButtonReleased(ebiten.MouseButtonLeft) {
		t.Error("press not seen")
	}
	in.UseMouse()
	if !in.MouseUsed() {
		t.Error("UseMouse not recorded")
	}
	in.Next(RawInput{Cursor: p, Buttons: []ebiten.MouseButton{ebiten.MouseButtonLeft}})
	if in.ButtonPressed(ebiten.MouseButtonLeft) || !in.ButtonDown(ebiten.MouseButtonLeft) || in.MouseUsed() {
		t.Error("held button: not a new press, still down, and a new tick frees the mouse")
	}
	in.Next(RawInput{Cursor: p})
	if !in.ButtonReleased(ebiten.MouseButtonLeft) {
		t.Error("release not seen")
	}
	in.Next(RawInput{Cursor: p, Buttons: []ebiten.MouseButton{ebiten.MouseButton3}})
	if !in.Action(ActionBack) {
		t.Error("mouse back button should go back")
	}
}

// TestInputCopiesRaw guards against sources that reuse their buffers, as
// EbitenSource does.
func TestInputCopiesRaw(t *testing.T) {
	in := NewInput(DefaultKeymap())
	buf := []ebiten.Key{ebiten.KeyTab}
	in.Next(RawInput{Keys: buf})
	buf[0] = ebiten.KeyA
	in.Next(RawInput{Keys: buf[:1]})
	if !in.KeyTriggered(ebiten.KeyA) {
		t.Error("A should be a new press, since the previous tick held Tab")
	}
}

func TestScript(t *testing.T) {
	s := NewScript().Press(ebiten.KeyTab).Click(image.Pt(5, 6)).Type("ab")
	in := NewInput(DefaultKeymap())
	var log []string
	for s.Len() > 0 {
		in.Next(s.Poll())
		switch {
		case in.Action(ActionFocusNext):
			log = append(log, "tab")
		case in.ButtonReleased(ebiten.MouseButtonLeft):
			log = append(log, "click@"+in.Cursor().String())
		case len(in.Chars()) > 0:
			log = append(log, string(in.Chars()))
		}
	}
	want := []string{"tab", "click@(5,6)", "a", "b"}
	if !slices.Equal(log, want) {
		t.Errorf("script played %v, want %v", log, want)
	}
	if raw := s.Poll(); raw.Cursor != image.Pt(5, 6) || len(raw.Keys) != 0 {
		t.Errorf("after the script the devices rest where they were: %+v", raw)
	}
	held := NewScript().With([]ebiten.Key{ebiten.KeyControlLeft}, func(s *Script) { s.Press(ebiten.KeyEqual) })
	in = NewInput(DefaultKeymap())
	in.Next(held.Poll())
	if !in.Action(ActionScaleUp) {
		t.Error("With should hold Ctrl during its steps")
	}
}
