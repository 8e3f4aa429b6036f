package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// panelShadow is the reach of a panel's shadow, at scale 1.
const panelShadow = 10

// PanelConfig describes a panel.
type PanelConfig struct {
	Title   string
	Paper   bool // a parchment page, for long reading, rather than a navy card
	Tooltip string
}

// Panel is a framed card that groups controls; it draws behind them and
// takes no input. Add it to a Form before the widgets it holds.
type Panel struct {
	Base
	Title string
	Paper bool
}

// NewPanel returns a panel made from cfg.
func NewPanel(cfg PanelConfig) *Panel {
	return &Panel{Base: Base{Tip: cfg.Tooltip}, Title: cfg.Title, Paper: cfg.Paper}
}

// Focusable implements Widget.
func (p *Panel) Focusable() bool { return false }

// Update implements Widget.
func (p *Panel) Update(*ui.Context, State) {}

// Content returns the area inside the panel's padding and below its title.
// Its top-left is right even when the panel's height is not yet known, so
// screens can lay out the content first and size the panel around it.
func (p *Panel) Content(th *ui.Theme) image.Rectangle {
	pad := th.Pxi(ui.MetricPad * 1.4)
	// Not image.Rect, which would swap Min and Max on a panel not yet sized.
	r := image.Rectangle{Min: p.Rect.Min.Add(image.Pt(pad, pad)), Max: p.Rect.Max.Sub(image.Pt(pad, pad))}
	if p.Title != "" {
		r.Min.Y += p.titleHeight(th)
	}
	return r
}

func (p *Panel) titleHeight(th *ui.Theme) int {
	return int(th.LineHeight(ui.TextHeading)) + th.Pxi(ui.SpaceLoose)
}

// Draw implements Widget.
func (p *Panel) Draw(dst *ebiten.Image, th *ui.Theme, _ State) {
	pal := th.Palette
	rad := th.Px(ui.MetricRadius + 1)
	fill, edge, title := pal.Surface, pal.Border, pal.Accent
	if p.Paper {
		fill, edge, title = pal.Paper, ui.Mix(pal.Paper, pal.Ink, 0.25), pal.Ink
	}
	ui.DrawShadow(dst, p.Rect, rad, th.Px(panelShadow), pal.Shadow)
	ui.FillRoundRect(dst, p.Rect, rad, fill)
	ui.StrokeRoundRect(dst, p.Rect, rad, th.Px(ui.MetricBorder), edge)
	if p.Title == "" {
		return
	}
	pad := th.Pxi(ui.MetricPad * 1.4)
	tr := image.Rect(p.Rect.Min.X+pad, p.Rect.Min.Y+pad, p.Rect.Max.X-pad, p.Rect.Min.Y+pad+int(th.LineHeight(ui.TextHeading)))
	ui.DrawTextBox(dst, p.Title, tr, ui.TextOptions{Face: th.Face(ui.TextHeading), Color: title})
	y := tr.Max.Y + th.Pxi(ui.SpaceSnug)
	ui.HLine(dst, tr.Min.X, tr.Max.X, y, th.Px(ui.MetricBorder), ui.Fade(title, 0.6))
}
