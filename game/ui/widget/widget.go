// Package widget holds the controls screens are built from: buttons,
// labels, panels, lists, tabs, toggles, choices, text fields, scrolling
// text and dialogs, gathered in a Form that owns keyboard focus, hover and
// tooltips.
//
// The controls are our own rather than ebitenui's: ebitenui reads the mouse
// and keyboard through package-level state, which would keep tests from
// scripting input through ui.Input, and draws every frame, which would
// defeat idling. A dozen small controls cost less than adapting it.
package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// State is how a widget stands this frame, as its Form sees it.
type State struct {
	Focused bool // has keyboard focus
	Hovered bool // under the mouse cursor
}

// Widget is a control placed in a Form.
type Widget interface {
	// Bounds is where the widget is on screen; its Form's screen sets it.
	Bounds() image.Rectangle
	SetBounds(image.Rectangle)
	// Update handles this tick's input. The focused widget runs first and
	// consumes the actions it uses.
	Update(ctx *ui.Context, st State)
	Draw(dst *ebiten.Image, th *ui.Theme, st State)
	// Focusable reports whether Tab can reach the widget now.
	Focusable() bool
	// Tooltip is the help shown on hover or focus; "" for none.
	Tooltip() string
	// IsHidden reports whether the form should skip the widget entirely.
	IsHidden() bool
	SetHidden(bool)
}

// Base holds what every widget has; widgets embed it.
type Base struct {
	Rect     image.Rectangle
	Tip      string
	Disabled bool // shown greyed, takes no input or focus
	Hidden   bool // not shown, takes no input or focus
}

// IsHidden implements Widget.
func (b *Base) IsHidden() bool { return b.Hidden }

// SetHidden hides or shows the widget.
func (b *Base) SetHidden(h bool) { b.Hidden = h }

// Bounds implements Widget.
func (b *Base) Bounds() image.Rectangle { return b.Rect }

// SetBounds implements Widget.
func (b *Base) SetBounds(r image.Rectangle) { b.Rect = r }

// Tooltip implements Widget.
func (b *Base) Tooltip() string { return b.Tip }

// clicked tracks a press and release of the left button inside r: a
// click counts only when both happen inside, as on every desktop.
type clicker struct{ armed bool }

// update reports whether a click on r completed this tick.
func (c *clicker) update(in *ui.Input, r image.Rectangle) bool {
	inside := in.Cursor().In(r)
	if in.ButtonPressed(ebiten.MouseButtonLeft) && inside && !in.MouseUsed() {
		c.armed = true
		in.UseMouse()
	}
	if in.ButtonReleased(ebiten.MouseButtonLeft) {
		was := c.armed
		c.armed = false
		if was && inside {
			in.UseMouse()
			return true
		}
	}
	return false
}

// pressed reports whether the left button is held after pressing on the
// widget, for the pressed look.
func (c *clicker) pressed() bool { return c.armed }

// Every widget satisfies Widget.
var (
	_ Widget   = (*Button)(nil)
	_ Widget   = (*Label)(nil)
	_ Widget   = (*Panel)(nil)
	_ Widget   = (*Toggle)(nil)
	_ Widget   = (*Choice)(nil)
	_ Widget   = (*Tabs)(nil)
	_ Widget   = (*List)(nil)
	_ Widget   = (*TextInput)(nil)
	_ ui.Scene = (*Dialog)(nil)
)
