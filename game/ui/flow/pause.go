package flow

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// The pause menu's measures at scale 1: its width, an item's height, and
// the room above the items for the title.
const (
	pauseW     = 440
	pauseItemH = 46
	pauseTop   = 34
)

// pause is the in-game menu, over the dimmed board.
type pause struct {
	t     *table
	form  *widget.Form
	panel *widget.Panel
	items []*widget.Button
	lay   ui.LayoutKey
}

func newPause(t *table) *pause {
	p := &pause{t: t}
	p.panel = widget.NewPanel(widget.PanelConfig{Title: "Paused"})
	p.form = widget.NewForm(p.panel)
	p.form.FocusFollowsHover = true
	p.form.TooltipBeside = true
	items := []widget.ButtonConfig{
		{Text: "Resume", Tooltip: "Back to the board. (Esc)", OnClick: func(ctx *ui.Context) { ctx.Pop() }},
		{Text: "Save game…", Tooltip: "Keep this game in a named slot. The game also saves itself after every turn.",
			OnClick: func(ctx *ui.Context) { ctx.Push(newSaveScreen(t.f, t.m)) }},
		{Text: "Load game…", Tooltip: "Continue another saved game, or watch one as a replay.",
			OnClick: func(ctx *ui.Context) { ctx.Push(newLoadScreen(t.f, loadFromPause(t))) }},
	}
	if t.pending != nil {
		items = append(items, widget.ButtonConfig{Text: "Restart with the changed scenario",
			Tooltip: "The scenario file changed on disk: start again from turn 1 with it, same seats and seed.",
			OnClick: func(ctx *ui.Context) { t.restart(ctx, true) }})
	}
	items = append(items,
		widget.ButtonConfig{Text: "Settings", Tooltip: "UI scale, colour-blind palette, full screen. (F2)",
			OnClick: func(ctx *ui.Context) { ctx.Push(screen.NewSettings()) }},
		widget.ButtonConfig{Text: "Help", Tooltip: "Controls, and the glossary of negotiation ideas. (F1)",
			OnClick: func(ctx *ui.Context) { ctx.Push(screen.NewHelp()) }},
		widget.ButtonConfig{Text: "Quit to title", Tooltip: "Leave this game for the title screen.",
			OnClick: func(ctx *ui.Context) { ctx.Push(confirmQuit(t)) }},
	)
	for _, c := range items {
		c.Style = widget.ButtonMenu
		b := widget.NewButton(c)
		p.items = append(p.items, b)
		p.form.Add(b)
	}
	return p
}

// autosaveWords says what leaving loses, truthfully: after loading a save
// or before the first turn is resolved the autosave holds another game.
func autosaveWords(m *turns.Match) string {
	if m.Autosaved {
		return "The autosave holds this game as it stood at the start of this turn; orders you have not sent yet are lost. Save first to keep a copy under your own name."
	}
	return "This game is not in the autosave yet: it is saved after each turn. Save it first under your own name, or its progress is lost."
}

// confirmQuit asks before leaving: orders of the turn in progress are lost.
func confirmQuit(t *table) *widget.Dialog {
	return widget.NewDialog(widget.DialogConfig{
		Title: "Quit to the title screen?",
		Body:  autosaveWords(t.m),
		Buttons: []widget.ButtonConfig{
			{Text: "Quit to title", Tooltip: "Leave the game.", OnClick: func(ctx *ui.Context) {
				t.close()
				ctx.Pop() // the pause menu
				ctx.Pop() // the table
			}},
			{Text: "Stay", Tooltip: "Back to the menu. (Esc)"},
		},
	})
}

// loadFromPause replaces the game in progress with a loaded one.
func loadFromPause(t *table) func(ctx *ui.Context, m *turns.Match) {
	return func(ctx *ui.Context, m *turns.Match) {
		t.close()
		ctx.Pop() // the load screen
		ctx.Pop() // the pause menu
		nt := newTable(t.f, m)
		ctx.Replace(nt)
		nt.begin(ctx, true)
	}
}

// Overlay implements ui.Overlay: the board shows, dimmed.
func (p *pause) Overlay() bool { return true }

// Enter implements ui.Enterer.
func (p *pause) Enter(ctx *ui.Context) {
	p.layout(ctx)
	if p.form.Focused() == nil {
		p.form.FocusFirst()
	}
}

func (p *pause) layout(ctx *ui.Context) {
	if !p.lay.Changed(ctx) {
		return
	}
	th := ctx.Theme
	w := th.Pxi(pauseW)
	itemH := th.Pxi(pauseItemH)
	p.panel.SetBounds(image.Rect(0, 0, w, 0))
	c := p.panel.Content(th)
	h := c.Min.Y + th.Pxi(pauseTop) + len(p.items)*itemH + th.Pxi(ui.MetricPad*1.4)
	r := image.Rect((ctx.Size.X-w)/2, (ctx.Size.Y-h)/2, (ctx.Size.X+w)/2, (ctx.Size.Y+h)/2)
	p.panel.SetBounds(r)
	c = p.panel.Content(th)
	y := c.Min.Y + th.Pxi(pauseTop)
	for _, b := range p.items {
		b.SetBounds(image.Rect(c.Min.X-th.Pxi(ui.SpaceSmall), y, c.Max.X+th.Pxi(ui.SpaceSmall), y+itemH-th.Pxi(ui.SpaceSnug)))
		y += itemH
	}
}

// Update implements ui.Scene.
func (p *pause) Update(ctx *ui.Context) error {
	p.layout(ctx)
	p.form.Update(ctx)
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionBack):
		ctx.Pop()
	case in.Consume(ui.ActionHome):
		p.form.Focus(p.items[0])
	case in.Consume(ui.ActionEnd):
		p.form.Focus(p.items[len(p.items)-1])
	default:
		screen.OpenHelpOrSettings(ctx)
	}
	return nil
}

// Draw implements ui.Scene.
func (p *pause) Draw(dst *ebiten.Image, th *ui.Theme) {
	ui.FillRect(dst, dst.Bounds(), ui.Fade(th.Palette.Background, 0.72))
	p.form.Draw(dst, th)
	c := p.panel.Content(th)
	ui.DrawTextBox(dst, p.t.m.Describe(), image.Rect(c.Min.X, c.Min.Y, c.Max.X, c.Min.Y+th.Pxi(ui.SpaceWide)),
		ui.TextOptions{Face: th.Face(ui.TextSmall), Color: th.Palette.TextMuted})
}

// ConfirmQuit implements ui.QuitGuard: Ctrl+Q in the middle of a game asks
// first, and says what the autosave holds.
func (t *table) ConfirmQuit() ui.Scene {
	if t.turns.Phase() == turns.Playing && t.m.Game().Over {
		return nil
	}
	return widget.NewDialog(widget.DialogConfig{
		Title: "Quit Backchannel?",
		Body:  autosaveWords(t.m) + " (Ctrl+Q again quits.)",
		Buttons: []widget.ButtonConfig{
			{Text: "Keep playing", Tooltip: "Back to the game. (Esc)"},
			{Text: "Quit", Tooltip: "Close the game now.", OnClick: func(ctx *ui.Context) { ctx.Quit() }},
		},
	})
}
