package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// A dialog's size at scale 1: its width when the window has room, and the
// window left around it (both sides together).
const (
	dialogW    = 520
	dialogRoom = 40
)

// ButtonMinW is the narrowest a dialog's button is drawn, at scale 1.
const ButtonMinW = 120

// DialogConfig describes a modal dialog.
type DialogConfig struct {
	Title string
	Body  string
	// Buttons close the dialog, then run their OnClick. The first one
	// is the default, run by Enter when no control took it.
	Buttons []ButtonConfig
	// OnCancel runs when the dialog is dismissed with Escape.
	OnCancel func(ctx *ui.Context)
	Tooltip  string
}

// Dialog is a modal dialog: a scene pushed over the current one, which it
// dims. While it is open only its buttons take input, so focus is trapped
// inside it.
type Dialog struct {
	Title    string
	Body     string
	form     *Form
	panel    *Panel
	body     *Label
	buttons  []*Button
	onCancel func(ctx *ui.Context)
	size     image.Point
	scale    float64
}

// NewDialog returns a dialog made from cfg; show it with ctx.Push.
func NewDialog(cfg DialogConfig) *Dialog {
	d := &Dialog{Title: cfg.Title, Body: cfg.Body, onCancel: cfg.OnCancel}
	d.panel = NewPanel(PanelConfig{Title: cfg.Title, Tooltip: cfg.Tooltip})
	d.body = NewLabel(LabelConfig{Text: cfg.Body, Role: ui.TextBody, Wrap: true})
	d.form = NewForm(d.panel, d.body)
	for i, bc := range cfg.Buttons {
		run := bc.OnClick
		bc.OnClick = func(ctx *ui.Context) {
			ctx.Pop()
			if run != nil {
				run(ctx)
			}
		}
		if i == 0 && bc.Style == ButtonSecondary {
			bc.Style = ButtonPrimary
		}
		b := NewButton(bc)
		d.buttons = append(d.buttons, b)
		d.form.Add(b)
	}
	return d
}

// Overlay implements ui.Overlay: the screen beneath shows, dimmed.
func (d *Dialog) Overlay() bool { return true }

// Enter implements ui.Enterer.
func (d *Dialog) Enter(ctx *ui.Context) {
	d.layout(ctx)
	d.form.FocusFirst()
}

// Form returns the dialog's form, for tests.
func (d *Dialog) Form() *Form { return d.form }

func (d *Dialog) layout(ctx *ui.Context) {
	th := ctx.Theme
	if d.size == ctx.Size && d.scale == th.Scale {
		return
	}
	d.size, d.scale = ctx.Size, th.Scale
	w := min(th.Pxi(dialogW), ctx.Size.X-th.Pxi(dialogRoom))
	pad := th.Pxi(ui.MetricPad * 1.4)
	d.panel.SetBounds(image.Rect(0, 0, w, 0))
	inner := d.panel.Content(th)
	bodyH := d.body.Height(th, inner.Dx())
	btnH := th.Pxi(ui.MetricControlH)
	h := (inner.Min.Y - 0) + bodyH + th.Pxi(ui.SpaceWide) + btnH + pad
	h = min(h, ctx.Size.Y-th.Pxi(dialogRoom))
	r := image.Rectangle{Max: image.Pt(w, h)}
	r = r.Add(ctx.Bounds().Min.Add(ctx.Size.Sub(r.Size()).Div(2)))
	d.panel.SetBounds(r)
	inner = d.panel.Content(th)
	d.body.SetBounds(image.Rect(inner.Min.X, inner.Min.Y, inner.Max.X, inner.Max.Y-btnH-th.Pxi(ui.SpaceWide)))
	x := inner.Max.X
	for i := len(d.buttons) - 1; i >= 0; i-- {
		b := d.buttons[i]
		bw := max(b.PreferredSize(th).X, th.Pxi(ButtonMinW))
		b.SetBounds(image.Rect(x-bw, inner.Max.Y-btnH, x, inner.Max.Y))
		x -= bw + th.Pxi(ui.MetricGap)
	}
}

// Update implements ui.Scene.
func (d *Dialog) Update(ctx *ui.Context) error {
	d.layout(ctx)
	d.form.Update(ctx)
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionBack):
		ctx.Pop()
		if d.onCancel != nil {
			d.onCancel(ctx)
		}
	case in.Consume(ui.ActionConfirm) && len(d.buttons) > 0:
		d.buttons[0].OnClick(ctx)
	}
	return nil
}

// Draw implements ui.Scene.
func (d *Dialog) Draw(dst *ebiten.Image, th *ui.Theme) {
	ui.FillRect(dst, dst.Bounds(), ui.Fade(th.Palette.Background, 0.72))
	d.form.Draw(dst, th)
}
