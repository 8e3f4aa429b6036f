package flow

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// The hand-over card's measures at scale 1: its size and the window left
// round it, its Ready button's narrowest width and distance from the foot,
// the steps between its lines (kicker, "Pass the laptop to", the name, the
// leader, the note), the name's dot, the note's inset, and how far left of
// the middle the footer's hints start.
const (
	handCardW      = 640
	handCardH      = 380
	handRoom       = 80
	handReadyW     = 260
	handReadyFoot  = 30
	handKickerTop  = 34
	handLineStep   = 40
	handNameStep   = 38
	handLeaderStep = 62
	handDot        = 11
	handNoteInset  = 48
	handHintsBack  = 80
)

// armTicks is how long the hand-over ignores input, so that a key still
// held from ending the last turn does not wave the next player through.
const armTicks = 12

// handover hides the last player's screen until the next one is ready.
type handover struct {
	m      *turns.Match
	actor  string
	done   func(*ui.Context)
	form   *widget.Form
	card   *widget.Panel
	ready  *widget.Button
	lay    ui.LayoutKey
	opened int64
	armed  bool
}

func newHandover(m *turns.Match, actor string, done func(*ui.Context)) *handover {
	h := &handover{m: m, actor: actor, done: done, opened: -1}
	name := m.Actor(actor).Name
	h.card = widget.NewPanel(widget.PanelConfig{})
	h.ready = widget.NewButton(widget.ButtonConfig{Text: "Ready: show " + name + "'s desk", Style: widget.ButtonPrimary,
		Tooltip: "Only " + name + "'s player should be looking now. (Enter)",
		OnClick: func(ctx *ui.Context) {
			if h.armed {
				h.done(ctx)
			}
		}})
	h.form = widget.NewForm(h.card, h.ready)
	return h
}

// Enter implements ui.Enterer.
func (h *handover) Enter(ctx *ui.Context) {
	h.layout(ctx)
	h.form.Focus(h.ready)
}

func (h *handover) layout(ctx *ui.Context) {
	if !h.lay.Changed(ctx) {
		return
	}
	th := ctx.Theme
	w, ht := min(th.Pxi(handCardW), ctx.Size.X-th.Pxi(handRoom)), th.Pxi(handCardH)
	card := image.Rect((ctx.Size.X-w)/2, (ctx.Size.Y-ht)/2-th.Pxi(ui.SpaceGap), (ctx.Size.X+w)/2, (ctx.Size.Y+ht)/2-th.Pxi(ui.SpaceGap))
	h.card.SetBounds(card)
	bw := max(h.ready.PreferredSize(th).X, th.Pxi(handReadyW))
	bh := th.Pxi(ui.MetricControlH)
	h.ready.SetBounds(image.Rect((ctx.Size.X-bw)/2, card.Max.Y-th.Pxi(handReadyFoot)-bh, (ctx.Size.X+bw)/2, card.Max.Y-th.Pxi(handReadyFoot)))
}

// Update implements ui.Scene.
func (h *handover) Update(ctx *ui.Context) error {
	h.layout(ctx)
	if h.opened < 0 {
		h.opened = ctx.Tick
	}
	if !h.armed && ctx.Tick-h.opened >= armTicks {
		h.armed = true
	}
	h.form.Update(ctx)
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionConfirm) && h.armed:
		h.done(ctx)
	default:
		screen.OpenHelpOrSettings(ctx)
	}
	return nil
}

// Draw implements ui.Scene.
func (h *handover) Draw(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	screen.DrawBackdrop(dst, th)
	h.form.Draw(dst, th)
	c := h.card.Bounds()
	g := h.m.Game()
	ad := h.m.Actor(h.actor)
	cx := float64(c.Min.X+c.Max.X) / 2
	y := float64(c.Min.Y) + th.Px(handKickerTop)
	kicker := strings.ToUpper(fmt.Sprintf("Hot seat · turn %d of %d · %s", g.Turn, g.TurnsTotal(), g.Date.Pretty()))
	ui.DrawText(dst, kicker, th.FaceOf(ui.FontMedium, 14), cx, y, p.Accent, ui.AlignCenter)
	y += th.Px(handLineStep)
	ui.DrawText(dst, "Pass the laptop to", th.FaceOf(ui.FontItalic, 22), cx, y, p.TextMuted, ui.AlignCenter)
	y += th.Px(handNameStep)
	face := th.FaceOf(ui.FontSmallcaps, 44)
	nw := text.Advance(ad.Name, face)
	dot := th.Pxi(handDot)
	ui.DrawText(dst, ad.Name, face, cx+float64(dot), y, p.Text, ui.AlignCenter)
	ai := actorIndex(h.m.Scenario, h.actor)
	// The dot sits on the middle of the capitals, left of the name.
	drawDot(dst, th, int(cx-nw/2)-dot, int(y+face.Metrics().HAscent*0.62), dot, actorColour(th, h.m.Scenario, ai))
	y += th.Px(handLeaderStep)
	ui.DrawText(dst, ad.Leader, th.Face(ui.TextBody), cx, y, p.TextMuted, ui.AlignCenter)
	y += th.Px(handLineStep)
	note := "The last player's screen is hidden. When only " + ad.Name + "'s player can see the screen, press Enter or click Ready."
	ui.DrawTextBox(dst, note, image.Rect(c.Min.X+th.Pxi(handNoteInset), int(y), c.Max.X-th.Pxi(handNoteInset), h.ready.Bounds().Min.Y-th.Pxi(ui.SpaceGap)),
		ui.TextOptions{Face: th.Face(ui.TextSmall), Color: p.TextMuted, Wrap: true, HAlign: ui.AlignCenter})
	screen.DrawHints(dst, th, []screen.Hint{{Key: "Enter", Label: "Ready"}, {Key: "F1", Label: "Help"}},
		(c.Min.X+c.Max.X)/2-th.Pxi(handHintsBack), footerY(th, dst.Bounds().Max.Y), ui.AlignStart)
}
