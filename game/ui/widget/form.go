package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// TooltipDelay is how long, in ticks, the mouse rests on a control (or
// keyboard focus stays on it) before its tooltip shows.
const TooltipDelay = 30

// Form holds a screen's widgets in focus order: Tab and Shift+Tab (and the
// arrow keys, when the focused widget does not use them) move focus
// through the focusable ones in the order they were added, wrapping
// around. The form draws the focus ring, so focus is visible on every
// control alike, and the tooltip of the control under the mouse or, after
// keyboard moves, of the focused control.
type Form struct {
	// ArrowKeys lets the arrow keys move focus. On by default.
	ArrowKeys bool
	// FocusFollowsHover moves focus to the control under the mouse, as in
	// a game menu, so the highlight is never in two places.
	FocusFollowsHover bool
	// TooltipBeside puts tooltips right of their control instead of
	// below, so in a menu they do not cover the next entry.
	TooltipBeside bool

	widgets    []Widget
	focus      int // index of the focused widget, or -1
	hover      int // index of the widget under the cursor, or -1
	focusByKey bool

	tipSubject int // widget whose tooltip is pending or shown, or -1
	tipTicks   int
}

// NewForm returns a form holding ws, with nothing focused.
func NewForm(ws ...Widget) *Form {
	f := &Form{ArrowKeys: true, focus: -1, hover: -1, tipSubject: -1}
	f.Add(ws...)
	return f
}

// Add appends widgets; their order is the focus order.
func (f *Form) Add(ws ...Widget) { f.widgets = append(f.widgets, ws...) }

// Widgets returns the form's widgets in focus order.
func (f *Form) Widgets() []Widget { return f.widgets }

// Focused returns the focused widget, or nil.
func (f *Form) Focused() Widget {
	if f.focus < 0 || f.focus >= len(f.widgets) {
		return nil
	}
	return f.widgets[f.focus]
}

// Focus gives w the focus and reports whether it could take it.
func (f *Form) Focus(w Widget) bool {
	for i, x := range f.widgets {
		if x == w && canFocus(w) {
			f.focus = i
			return true
		}
	}
	return false
}

// FocusFirst focuses the first focusable widget, if any.
func (f *Form) FocusFirst() {
	f.focus = -1
	f.FocusNext()
}

// FocusNext moves focus to the next focusable widget, wrapping around.
func (f *Form) FocusNext() { f.step(1) }

// FocusPrev moves focus to the previous focusable widget, wrapping around.
func (f *Form) FocusPrev() { f.step(-1) }

func (f *Form) step(dir int) {
	n := len(f.widgets)
	i := f.focus
	if i < 0 && dir < 0 {
		i = n
	}
	for range n {
		i = ((i+dir)%n + n) % n
		if canFocus(f.widgets[i]) {
			f.focus = i
			return
		}
	}
}

// Update runs the widgets for one tick, then moves focus and times
// tooltips.
func (f *Form) Update(ctx *ui.Context) {
	in := ctx.Input
	if f.focus >= 0 && !canFocus(f.widgets[f.focus]) {
		f.FocusNext() // the focused widget was disabled or hidden
		if f.focus >= 0 && !canFocus(f.widgets[f.focus]) {
			f.focus = -1
		}
	}

	f.hover = -1
	if !in.MouseUsed() {
		for i := len(f.widgets) - 1; i >= 0; i-- {
			if !f.widgets[i].IsHidden() && in.Cursor().In(f.widgets[i].Bounds()) {
				f.hover = i
				break
			}
		}
	}
	if f.hover >= 0 && canFocus(f.widgets[f.hover]) {
		if in.ButtonPressed(ebiten.MouseButtonLeft) || (f.FocusFollowsHover && in.CursorMoved()) {
			f.focus, f.focusByKey = f.hover, false
		}
	}

	activate := in.Action(ui.ActionActivate)
	if fw := f.Focused(); fw != nil {
		fw.Update(ctx, f.state(f.focus))
	}
	for i, w := range f.widgets {
		if i != f.focus && !w.IsHidden() {
			w.Update(ctx, f.state(i))
		}
	}
	if activate && !in.Action(ui.ActionActivate) {
		// Enter pressed a control; it must not also confirm the screen.
		in.Consume(ui.ActionConfirm)
	}

	before := f.focus
	switch {
	case in.Consume(ui.ActionFocusNext):
		f.FocusNext()
	case in.Consume(ui.ActionFocusPrev):
		f.FocusPrev()
	case f.ArrowKeys && (in.Consume(ui.ActionDown) || in.Consume(ui.ActionRight)):
		f.FocusNext()
	case f.ArrowKeys && (in.Consume(ui.ActionUp) || in.Consume(ui.ActionLeft)):
		f.FocusPrev()
	}
	if f.focus != before {
		f.focusByKey = true
	}
	f.updateTooltip(ctx)
}

// canFocus reports whether Tab may stop on w.
func canFocus(w Widget) bool { return w.Focusable() && !w.IsHidden() }

func (f *Form) state(i int) State {
	return State{Focused: i == f.focus, Hovered: i == f.hover}
}

// updateTooltip picks whose tooltip to show and when. Any input hides a
// shown tooltip, as on desktops, unless the mouse rests on the same control.
func (f *Form) updateTooltip(ctx *ui.Context) {
	subject := -1
	switch {
	case f.hover >= 0 && f.widgets[f.hover].Tooltip() != "":
		subject = f.hover
	case f.hover < 0 && f.focusByKey && f.focus >= 0 && f.widgets[f.focus].Tooltip() != "":
		subject = f.focus
	}
	in := ctx.Input
	if subject != f.tipSubject || in.ButtonPressed(ebiten.MouseButtonLeft) || len(in.Chars()) > 0 {
		f.tipSubject, f.tipTicks = subject, 0
		return
	}
	if subject >= 0 && f.tipTicks <= TooltipDelay {
		f.tipTicks++
		if f.tipTicks == TooltipDelay {
			ctx.Invalidate() // the tooltip appears without any input
		}
	}
}

// TooltipShown returns the text of the tooltip on screen, or "".
func (f *Form) TooltipShown() string {
	if f.tipSubject < 0 || f.tipTicks < TooltipDelay || f.tipSubject >= len(f.widgets) {
		return ""
	}
	return f.widgets[f.tipSubject].Tooltip()
}

// Draw paints the widgets, the focus ring and the tooltip.
func (f *Form) Draw(dst *ebiten.Image, th *ui.Theme) {
	for i, w := range f.widgets {
		if !w.IsHidden() {
			w.Draw(dst, th, f.state(i))
		}
	}
	if fw := f.Focused(); fw != nil {
		DrawFocusRing(dst, th, fw.Bounds())
	}
	if tip := f.TooltipShown(); tip != "" {
		DrawTooltip(dst, th, tip, f.widgets[f.tipSubject].Bounds(), f.TooltipBeside)
	}
}

// DrawFocusRing outlines r, a little outside it, in the focus colour.
func DrawFocusRing(dst *ebiten.Image, th *ui.Theme, r image.Rectangle) {
	in := th.Pxi(ui.MetricFocusInset)
	w := th.Px(ui.MetricFocusWidth)
	ui.StrokeRoundRect(dst, r.Inset(-in-int(w)), th.Px(ui.MetricRadius)+float64(in), w, th.Palette.Focus)
}
