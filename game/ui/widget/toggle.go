package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// A toggle's switch and the word (On, Off) beside it, at scale 1.
const (
	toggleTrackW = 46
	toggleTrackH = 24
	toggleWordW  = 40
)

// ToggleConfig describes an on/off switch.
type ToggleConfig struct {
	Label    string
	On       bool
	OnChange func(ctx *ui.Context, on bool)
	Tooltip  string
	Disabled bool
}

// Toggle is a labelled on/off switch. It says "On" or "Off" in words as
// well, so its state never rests on colour alone.
type Toggle struct {
	Base
	Label    string
	On       bool
	OnChange func(ctx *ui.Context, on bool)
	click    clicker
}

// NewToggle returns a toggle made from cfg.
func NewToggle(cfg ToggleConfig) *Toggle {
	return &Toggle{Base: Base{Tip: cfg.Tooltip, Disabled: cfg.Disabled}, Label: cfg.Label, On: cfg.On, OnChange: cfg.OnChange}
}

// Focusable implements Widget.
func (t *Toggle) Focusable() bool { return !t.Disabled }

// Update implements Widget.
func (t *Toggle) Update(ctx *ui.Context, st State) {
	if t.Disabled {
		return
	}
	hit := t.click.update(ctx.Input, t.Rect)
	if st.Focused && ctx.Input.Consume(ui.ActionActivate) {
		hit = true
	}
	if hit {
		t.On = !t.On
		if t.OnChange != nil {
			t.OnChange(ctx, t.On)
		}
	}
}

// Draw implements Widget.
func (t *Toggle) Draw(dst *ebiten.Image, th *ui.Theme, st State) {
	p := th.Palette
	drawRow(dst, th, t.Rect, st, t.Disabled)
	pad := th.Pxi(ui.MetricPad)
	trackW, trackH := th.Pxi(toggleTrackW), th.Pxi(toggleTrackH)
	track := ui.Rect(t.Rect.Max.X-pad-trackW, t.Rect.Min.Y+(t.Rect.Dy()-trackH)/2, trackW, trackH)
	word := "Off"
	knobX := track.Min.X + trackH/2
	if t.On {
		word = "On"
		knobX = track.Max.X - trackH/2
		ui.FillRoundRect(dst, track, float64(trackH)/2, p.Accent)
	} else {
		ui.FillRoundRect(dst, track, float64(trackH)/2, p.Background)
		ui.StrokeRoundRect(dst, track, float64(trackH)/2, th.Px(ui.MetricBorder), p.BorderStrong)
	}
	kr := trackH/2 - th.Pxi(ui.SpaceSnug)
	knob := image.Rect(knobX-kr, track.Min.Y+trackH/2-kr, knobX+kr, track.Min.Y+trackH/2+kr)
	knobClr := p.TextMuted
	if t.On {
		knobClr = p.OnAccent
	}
	ui.FillRoundRect(dst, knob, float64(kr), knobClr)

	wordW := th.Pxi(toggleWordW)
	wr := image.Rect(track.Min.X-th.Pxi(ui.SpaceGap)-wordW, t.Rect.Min.Y, track.Min.X-th.Pxi(ui.SpaceGap), t.Rect.Max.Y)
	textClr := p.Text
	if t.Disabled {
		textClr = p.TextDisabled
	}
	ui.DrawTextBox(dst, word, wr, ui.TextOptions{Face: th.Face(ui.TextBody), Color: p.TextMuted, HAlign: ui.AlignEnd, VAlign: ui.AlignCenter})
	lr := image.Rect(t.Rect.Min.X+pad, t.Rect.Min.Y, wr.Min.X-pad, t.Rect.Max.Y)
	ui.DrawTextBox(dst, t.Label, lr, ui.TextOptions{Face: th.Face(ui.TextBody), Color: textClr, VAlign: ui.AlignCenter})
}

// drawRow draws the background of a one-line setting row: clear at rest,
// raised when hovered or focused.
func drawRow(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, st State, disabled bool) {
	p := th.Palette
	if (st.Hovered || st.Focused) && !disabled {
		ui.FillRoundRect(dst, r, th.Px(ui.MetricRadius), p.SurfaceRaised)
	}
	ui.HLine(dst, r.Min.X+th.Pxi(ui.MetricPad), r.Max.X-th.Pxi(ui.MetricPad), r.Max.Y, th.Px(ui.MetricBorder), ui.Fade(p.Border, 0.7))
}
