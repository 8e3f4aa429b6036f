package screen

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// Settings is the settings screen. Every change applies at once.
type Settings struct {
	form        *widget.Form
	panel       *widget.Panel
	scale       *widget.Choice
	colourBlind *widget.Toggle
	fullscreen  *widget.Toggle
	back        *widget.Button
	swatches    image.Rectangle
	lay         ui.LayoutKey
	margin, top int
}

// scaleSteps are the offered UI scales.
var scaleSteps = func() []float64 {
	var s []float64
	for v := ui.MinScale; v <= ui.MaxScale+1e-9; v += ui.ScaleStep {
		s = append(s, v)
	}
	return s
}()

// NewSettings returns the settings screen.
func NewSettings() *Settings {
	s := &Settings{}
	labels := []string{"Auto"}
	for _, v := range scaleSteps {
		labels = append(labels, fmt.Sprintf("%.0f%%", v*100))
	}
	s.panel = widget.NewPanel(widget.PanelConfig{Title: "Display"})
	s.scale = widget.NewChoice(widget.ChoiceConfig{
		Label: "Interface scale", Options: labels,
		Tooltip: "Makes all text and controls larger. Also Ctrl + and Ctrl −. Auto follows the window: 100% in a small one, 150% at 1920×1080, 200% on larger screens.",
		OnChange: func(ctx *ui.Context, i int) {
			st := ctx.Settings
			st.AutoScale = i == 0
			if i > 0 {
				st.Scale = scaleSteps[i-1]
			}
			ctx.SetSettings(st)
		},
	})
	s.colourBlind = widget.NewToggle(widget.ToggleConfig{
		Label:   "Colour-blind-safe palette",
		Tooltip: "Uses the Okabe–Ito colours, which stay distinct with red–green and blue–yellow colour blindness.",
		OnChange: func(ctx *ui.Context, on bool) {
			st := ctx.Settings
			st.ColourBlind = on
			ctx.SetSettings(st)
		},
	})
	s.fullscreen = widget.NewToggle(widget.ToggleConfig{
		Label:   "Full screen",
		Tooltip: "Fill the whole screen. Also F11 or Alt+Enter.",
		OnChange: func(ctx *ui.Context, on bool) {
			st := ctx.Settings
			st.Fullscreen = on
			ctx.SetSettings(st)
		},
	})
	s.back = widget.NewButton(widget.ButtonConfig{Text: "Done", Style: widget.ButtonPrimary,
		Tooltip: "Return to the previous screen. (Esc)", OnClick: func(ctx *ui.Context) { ctx.Pop() }})
	s.form = widget.NewForm(s.panel, s.scale, s.colourBlind, s.fullscreen, s.back)
	return s
}

// Form returns the screen's form, for tests.
func (s *Settings) Form() *widget.Form { return s.form }

// Enter implements ui.Enterer.
func (s *Settings) Enter(ctx *ui.Context) {
	s.sync(ctx.Settings)
	s.layout(ctx)
	s.form.FocusFirst()
}

// sync shows the settings in force, which keys can change from anywhere.
func (s *Settings) sync(st ui.Settings) {
	for i, v := range scaleSteps {
		if v == st.Scale && !st.AutoScale {
			s.scale.Selected = i + 1
		}
	}
	if st.AutoScale {
		s.scale.Selected = 0
	}
	s.colourBlind.On = st.ColourBlind
	s.fullscreen.On = st.Fullscreen
}

func (s *Settings) layout(ctx *ui.Context) {
	if !s.lay.Changed(ctx) {
		return
	}
	th := ctx.Theme
	// One centred column, as wide as reads well.
	w := min(th.Pxi(settingsW), ctx.Size.X-2*th.Pxi(settingsRoom))
	s.margin = (ctx.Size.X - w) / 2
	s.top = th.Pxi(pageMargin)
	top := s.top + headerHeight(th) + th.Pxi(pageGutter)
	rowH := th.Pxi(ui.MetricControlH + ui.SpaceLine)
	s.panel.SetBounds(image.Rect(s.margin, top, s.margin+w, top))
	c := s.panel.Content(th)
	y := c.Min.Y
	for _, wd := range []widget.Widget{s.scale, s.colourBlind, s.fullscreen} {
		wd.SetBounds(image.Rect(c.Min.X, y, c.Max.X, y+rowH))
		y += rowH + th.Pxi(ui.SpaceSnug)
	}
	y += th.Pxi(ui.MetricPad)
	s.swatches = image.Rect(c.Min.X+th.Pxi(ui.MetricPad), y, c.Max.X-th.Pxi(ui.MetricPad), y+th.Pxi(swatchesH))
	y = s.swatches.Max.Y + th.Pxi(ui.MetricPad*1.4)
	s.panel.SetBounds(image.Rect(s.margin, top, s.margin+w, y))
	bw := max(s.back.PreferredSize(th).X, th.Pxi(backButtonW))
	by := y + th.Pxi(ui.SpaceWide)
	s.back.SetBounds(image.Rect(s.margin+w-bw, by, s.margin+w, by+th.Pxi(ui.MetricControlH)))
}

// Update implements ui.Scene.
func (s *Settings) Update(ctx *ui.Context) error {
	s.sync(ctx.Settings)
	s.layout(ctx)
	s.form.Update(ctx)
	backOrSwap(ctx, ui.ActionHelp, func() ui.Scene { return NewHelp() })
	return nil
}

// Draw implements ui.Scene.
func (s *Settings) Draw(dst *ebiten.Image, th *ui.Theme) {
	DrawBackdrop(dst, th)
	DrawHeader(dst, th, settingsTitle, "Changes apply at once", s.margin, s.top)
	s.form.Draw(dst, th)
	s.drawSwatches(dst, th)
	b := dst.Bounds()
	DrawHints(dst, th, []Hint{{"Tab", "Next"}, {"← →", "Change"}, {"Enter", "Toggle"}, {"Esc", "Back"}},
		s.margin, footerY(th, b.Max.Y), ui.AlignStart)
}

// drawSwatches previews the palette in force, so the effect of the
// colour-blind setting is visible at once.
func (s *Settings) drawSwatches(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	r := s.swatches
	ui.DrawText(dst, "Palette: "+p.Name, th.Face(ui.TextSmall), float64(r.Min.X), float64(r.Min.Y), p.TextMuted, ui.AlignStart)
	y := r.Min.Y + int(th.LineHeight(ui.TextSmall)) + th.Pxi(ui.SpaceSmall)
	named := []struct {
		c    ui.Color
		name string
	}{{p.Accent, "Accent"}, {p.Focus, "Focus"}, {p.Danger, "Danger"}, {p.Success, "Success"}, {p.Warning, "Warning"}, {p.Info, "Info"}}
	x := r.Min.X
	sw := th.Pxi(swatchW)
	for _, n := range named {
		ui.FillRoundRect(dst, ui.Rect(x, y, sw, sw), th.Px(swatchRadius), n.c)
		x += sw + th.Pxi(ui.SpaceSnug)
	}
	x += th.Pxi(ui.MetricPad)
	for _, c := range p.Actors {
		ui.FillRoundRect(dst, ui.Rect(x, y, sw, sw), float64(sw)/2, c)
		x += sw + th.Pxi(ui.SpaceSnug)
	}
}
