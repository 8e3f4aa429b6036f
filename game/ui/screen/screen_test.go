package screen_test

import (
	"image"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/uitest"
	"backchannel/game/ui/widget"
)

func TestMain(m *testing.M) { uitest.Main(m) }

var hd = image.Pt(1280, 720)

// shoot runs first with script for the script's length plus settle
// frames and compares the screen with a golden.
func shoot(t *testing.T, name string, first ui.Scene, size image.Point, st ui.Settings, script func(*ui.Script)) *uitest.Harness {
	t.Helper()
	uitest.NeedWindow(t)
	h := uitest.New(t, first, size, st)
	if script != nil {
		script(h.Script)
	}
	if err := h.Play(3); err != nil {
		t.Fatal(err)
	}
	h.Golden(t, name)
	return h
}

func TestTitleGolden(t *testing.T) {
	shoot(t, "title", screen.NewTitle(screen.TitleConfig{Version: "development build"}), hd, ui.DefaultSettings(), nil)
}

func TestSettingsGolden(t *testing.T) {
	shoot(t, "settings", screen.NewSettings(), hd, ui.DefaultSettings(), nil)
}

func TestHelpGolden(t *testing.T) {
	shoot(t, "help", screen.NewHelp(), hd, ui.DefaultSettings(), nil)
}

func TestTitleDialogGolden(t *testing.T) {
	shoot(t, "title-dialog", screen.NewTitle(screen.TitleConfig{}), hd, ui.DefaultSettings(), func(s *ui.Script) {
		s.Press(ebiten.KeyEnter)
	})
}

func TestTitleTooltipGolden(t *testing.T) {
	shoot(t, "title-tooltip", screen.NewTitle(screen.TitleConfig{}), hd, ui.DefaultSettings(), func(s *ui.Script) {
		s.Move(image.Pt(150, 440)).Wait(widget.TooltipDelay + 2)
	})
}

func TestTitleColourBlindLargeGolden(t *testing.T) {
	st := ui.Settings{Scale: 1.5, ColourBlind: true}
	shoot(t, "title-cb-150", screen.NewTitle(screen.TitleConfig{}), image.Pt(1920, 1080), st, func(s *ui.Script) {
		s.Press(ebiten.KeyArrowDown)
	})
}

func TestSettingsScale200Golden(t *testing.T) {
	shoot(t, "settings-200", screen.NewSettings(), image.Pt(1920, 1200), ui.Settings{Scale: 2}, nil)
}

// TestSettingsScale200SmallWindowGolden shows 200% asked for in a window
// too small for it: the scale is capped so that everything still fits.
func TestSettingsScale200SmallWindowGolden(t *testing.T) {
	shoot(t, "settings-200-small-window", screen.NewSettings(), hd, ui.Settings{Scale: 2}, nil)
}

func TestHelpControlsGolden(t *testing.T) {
	shoot(t, "help-controls", screen.NewHelp(), hd, ui.DefaultSettings(), func(s *ui.Script) {
		s.Click(image.Pt(230, 182))
	})
}

// The smallest window the game allows: nothing may overlap or fall off.
var minWindow = image.Pt(960, 600)

func TestTitleMinWindowGolden(t *testing.T) {
	shoot(t, "title-960x600", screen.NewTitle(screen.TitleConfig{}), minWindow, ui.DefaultSettings(), nil)
}

func TestHelpMinWindowGolden(t *testing.T) {
	shoot(t, "help-960x600", screen.NewHelp(), minWindow, ui.DefaultSettings(), func(s *ui.Script) {
		s.Press(ebiten.KeyArrowDown).Press(ebiten.KeyArrowDown).Press(ebiten.KeyArrowDown)
	})
}
