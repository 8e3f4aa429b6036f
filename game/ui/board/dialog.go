package board

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// modal is the frame of the board's dialogs: a card over the dimmed
// board, holding its own form so focus stays inside it. Escape cancels;
// Enter, when no control took it, presses the confirm button.
type modal struct {
	b        *Board
	title    string
	note     string
	size     image.Point // wanted size at scale 1
	form     *widget.Form
	confirm  *button
	cancel   *button
	arrange  func(th *ui.Theme, body image.Rectangle)
	paint    func(dst *ebiten.Image, th *ui.Theme)
	rect     image.Rectangle
	laidFor  image.Point
	laidAt   float64
	onCancel func(ctx *ui.Context)
}

func newModal(b *Board, title string, w, h int) *modal {
	m := &modal{b: b, title: title, size: image.Pt(w, h)}
	m.form = widget.NewForm()
	m.cancel = &button{p: b.paint, text: "Cancel", onClick: func(ctx *ui.Context) { ctx.Pop() }}
	m.cancel.Tip = "Close without adding anything. (Esc)"
	m.confirm = &button{p: b.paint, primary: true}
	return m
}

// Form returns the dialog's controls (the trace names what the focused one
// holds).
func (m *modal) Form() *widget.Form { return m.form }

// Overlay implements ui.Overlay: the board shows beneath, dimmed.
func (m *modal) Overlay() bool { return true }

// Enter implements ui.Enterer.
func (m *modal) Enter(ctx *ui.Context) {
	m.layout(ctx)
	if m.form.Focused() == nil {
		m.form.FocusFirst()
	}
}

func (m *modal) layout(ctx *ui.Context) {
	th := ctx.Theme
	if m.laidFor == ctx.Size && m.laidAt == th.Scale {
		return
	}
	m.laidFor, m.laidAt = ctx.Size, th.Scale
	w := min(th.Pxi(float64(m.size.X)), ctx.Size.X-th.Pxi(ui.SpaceWide))
	h := min(th.Pxi(float64(m.size.Y)), ctx.Size.Y-th.Pxi(ui.SpaceWide))
	m.rect = image.Rectangle{Max: image.Pt(w, h)}.Add(ctx.Size.Sub(image.Pt(w, h)).Div(2))
	body := m.body(th)
	bh := th.Pxi(dialogButtonH)
	x := body.Max.X
	for _, btn := range []*button{m.confirm, m.cancel} {
		bw := max(btn.width(th), th.Pxi(dialogButtonW))
		btn.SetBounds(image.Rect(x-bw, body.Max.Y-bh, x, body.Max.Y))
		x -= bw + th.Pxi(ui.SpaceGap)
	}
	if m.arrange != nil {
		m.arrange(th, image.Rect(body.Min.X, body.Min.Y, body.Max.X, body.Max.Y-bh-th.Pxi(ui.MetricPad)))
	}
}

// body is the area inside the card, below its title.
func (m *modal) body(th *ui.Theme) image.Rectangle {
	return image.Rect(m.rect.Min.X+th.Pxi(ui.SpaceSection), m.rect.Min.Y+th.Pxi(dialogBodyTop), m.rect.Max.X-th.Pxi(ui.SpaceSection), m.rect.Max.Y-th.Pxi(dialogBodyFoot))
}

// relayout asks for the layout to be made again (the content changed).
func (m *modal) relayout() { m.laidFor = image.Point{} }

// Update implements ui.Scene.
func (m *modal) Update(ctx *ui.Context) error {
	m.layout(ctx)
	m.form.Update(ctx)
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionBack):
		ctx.Pop()
		if m.onCancel != nil {
			m.onCancel(ctx)
		}
	case in.Consume(ui.ActionConfirm):
		if !m.confirm.Disabled && m.confirm.onClick != nil {
			m.confirm.onClick(ctx)
		}
	default:
		screen.OpenHelpOrSettings(ctx)
	}
	return nil
}

// Draw implements ui.Scene.
func (m *modal) Draw(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	ui.FillRect(dst, dst.Bounds(), ui.Fade(pal.Background, 0.74))
	rad := th.Px(ui.MetricRadius + 2)
	ui.DrawShadow(dst, m.rect, rad, th.Px(dialogShadow), pal.Shadow)
	ui.FillRoundRect(dst, m.rect, rad, pal.Surface)
	ui.StrokeRoundRect(dst, m.rect, rad, th.Px(ui.MetricBorder), pal.BorderStrong)
	tb := image.Rect(m.rect.Min.X+th.Pxi(ui.SpaceSection), m.rect.Min.Y+th.Pxi(ui.MetricPad), m.rect.Max.X-th.Pxi(ui.SpaceSection), m.rect.Min.Y+th.Pxi(dialogTitleH))
	face := th.FaceOf(ui.FontSmallcaps, 26)
	m.b.paint.line(dst, m.title, tb, face, pal.Text, ui.AlignStart)
	if m.note != "" {
		nb := image.Rect(tb.Min.X+advance(m.title, face)+th.Pxi(dialogNoteGap), tb.Min.Y, tb.Max.X, tb.Max.Y)
		m.b.paint.line(dst, m.note, nb, th.FaceOf(ui.FontRegular, 13), pal.TextMuted, ui.AlignEnd)
	}
	ui.HLine(dst, tb.Min.X, tb.Max.X, tb.Max.Y+th.Pxi(ui.SpaceSnug), th.Px(ui.MetricStroke), pal.Accent)
	if m.paint != nil {
		m.paint(dst, th)
	}
	m.form.Draw(dst, th)
}

// caption draws a small-capitals section title at r.
func (m *modal) caption(dst *ebiten.Image, th *ui.Theme, s string, r image.Rectangle) {
	m.b.paint.line(dst, s, r, th.FaceOf(ui.FontSmallcaps, 15), th.Palette.Accent, ui.AlignStart)
}
