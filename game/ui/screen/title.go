package screen

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// TitleConfig says what the title menu's game entries do. Entries left
// nil explain that they are not available in this build.
type TitleConfig struct {
	// OnContinue, when set, adds a first entry that resumes the latest
	// game; ContinueTip says which.
	OnContinue  func(ctx *ui.Context)
	ContinueTip string
	OnNewGame   func(ctx *ui.Context)
	OnLoad      func(ctx *ui.Context)
	Version     string
}

// Title is the first screen: the game's name and the main menu.
type Title struct {
	cfg   TitleConfig
	form  *widget.Form
	menu  []*widget.Button
	card  *widget.Panel
	stamp stamp
	lay   ui.LayoutKey
	// Computed by layout.
	nameY, ruleY, subY, kickY int
	left                      int
	compact                   bool
}

// Title texts.
const (
	GameName     = "BACKCHANNEL"
	GameSubtitle = "Diplomacy in the shadows — 2009"
	briefingText = "March 2009. A private letter from Washington to Moscow suggests that " +
		"plans for missile-defence sites in Poland and the Czech Republic “could be affected” " +
		"if Russia helps to stop Iran's nuclear programme. Then the letter reaches the press.\n\n" +
		"Five governments. Public stances, private interests, and no quid pro quo — officially."
)

// NewTitle returns the title screen.
func NewTitle(cfg TitleConfig) *Title {
	t := &Title{cfg: cfg}
	notYet := func(what string) func(*ui.Context) {
		return func(ctx *ui.Context) {
			ctx.Push(widget.NewDialog(widget.DialogConfig{
				Title:   what,
				Body:    what + " is not available in this build of the title screen. The full game (backchannel play) opens it.",
				Buttons: []widget.ButtonConfig{{Text: "Back to the menu", Tooltip: "Close this message"}},
			}))
		}
	}
	orNotYet := func(f func(*ui.Context), what string) func(*ui.Context) {
		if f != nil {
			return f
		}
		return notYet(what)
	}
	var items []widget.ButtonConfig
	if cfg.OnContinue != nil {
		items = append(items, widget.ButtonConfig{Text: "Continue", OnClick: cfg.OnContinue, Tooltip: cfg.ContinueTip})
	}
	items = append(items, []widget.ButtonConfig{
		{Text: "New game", OnClick: orNotYet(cfg.OnNewGame, "New game"),
			Tooltip: "Choose a scenario, the government you lead and who plays the others."},
		{Text: "Load", OnClick: orNotYet(cfg.OnLoad, "Load"),
			Tooltip: "Continue a saved game, or watch a replay."},
		{Text: "Settings", OnClick: func(ctx *ui.Context) { ctx.Push(NewSettings()) },
			Tooltip: "UI scale, colour-blind palette, full screen. (F2)"},
		{Text: "Help", OnClick: func(ctx *ui.Context) { ctx.Push(NewHelp()) },
			Tooltip: "Controls, and a glossary of the negotiation ideas the game uses. (F1)"},
		{Text: "Quit", OnClick: func(ctx *ui.Context) { ctx.Quit() },
			Tooltip: "Close Backchannel."},
	}...)
	t.card = widget.NewPanel(widget.PanelConfig{Title: "File 2009/03 · The Letter", Paper: true})
	t.form = widget.NewForm(t.card)
	t.form.FocusFollowsHover = true
	t.form.TooltipBeside = true
	for _, c := range items {
		c.Style = widget.ButtonMenu
		b := widget.NewButton(c)
		t.menu = append(t.menu, b)
		t.form.Add(b)
	}
	return t
}

// Form returns the screen's form, for tests.
func (t *Title) Form() *widget.Form { return t.form }

// Enter implements ui.Enterer.
func (t *Title) Enter(ctx *ui.Context) {
	t.layout(ctx)
	if t.form.Focused() == nil {
		t.form.FocusFirst()
	}
}

func (t *Title) layout(ctx *ui.Context) {
	if !t.lay.Changed(ctx) {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	// Logical size: what the screen holds at scale 1.
	lw, lh := float64(W)/th.Scale, float64(H)/th.Scale
	t.compact = lh < 700
	t.left = th.Pxi(titleLeft)
	if lw < 900 {
		t.left = th.Pxi(titleLeftSmall)
	}
	y := th.Pxi(titleTop)
	if t.compact {
		y = th.Pxi(titleTopSmall)
	}
	t.kickY = y
	y += int(th.LineHeight(ui.TextSmall)) + th.Pxi(ui.SpaceSmall)
	t.nameY = y
	y += int(ui.LineHeight(t.nameFace(th)))
	t.ruleY = y + th.Pxi(ui.SpaceSnug)
	t.subY = t.ruleY + th.Pxi(ui.MetricPad)
	y = t.subY + int(ui.LineHeight(t.subFace(th))) + th.Pxi(titleMenuGap)
	if t.compact {
		y -= th.Pxi(ui.SpaceWide)
	}

	itemH := th.Pxi(titleItemH)
	if t.compact {
		itemH = th.Pxi(titleItemHSmall)
	}
	for _, b := range t.menu {
		b.SetBounds(ui.Rect(t.left-th.Pxi(ui.SpaceSection), y, th.Pxi(titleMenuW), itemH))
		y += itemH + th.Pxi(ui.SpaceSnug)
	}

	// The briefing card sits right when there is room for it.
	cw, ch := th.Pxi(titleCardW), th.Pxi(titleCardH)
	if lw >= 1100 && !t.compact {
		x := W - th.Pxi(titleLeft) - cw
		t.card.SetBounds(ui.Rect(x, (H-ch)/2, cw, ch))
	} else {
		t.card.SetBounds(image.Rectangle{})
	}
}

func (t *Title) nameFace(th *ui.Theme) text.Face {
	if t.compact {
		return th.FaceOf(ui.FontSmallcaps, 56)
	}
	return th.Face(ui.TextDisplay)
}

func (t *Title) subFace(th *ui.Theme) text.Face { return th.FaceOf(ui.FontItalic, 22) }

// Update implements ui.Scene.
func (t *Title) Update(ctx *ui.Context) error {
	t.layout(ctx)
	t.form.Update(ctx)
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionHelp):
		ctx.Push(NewHelp())
	case in.Consume(ui.ActionSettings):
		ctx.Push(NewSettings())
	}
	return nil
}

// Draw implements ui.Scene.
func (t *Title) Draw(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	DrawBackdrop(dst, th)

	x := float64(t.left)
	ui.DrawText(dst, "A GAME OF SECRET DIPLOMACY", th.FaceOf(ui.FontMedium, 14), x+th.Px(titleKickIndent), float64(t.kickY), p.Accent, ui.AlignStart)
	nf := t.nameFace(th)
	ui.DrawText(dst, GameName, nf, x, float64(t.nameY), p.Text, ui.AlignStart)
	nw := int(text.Advance(GameName, nf))
	ui.HLine(dst, t.left, t.left+nw, t.ruleY, th.Px(ui.MetricStroke), p.Accent)
	ui.HLine(dst, t.left, t.left+nw, t.ruleY+th.Pxi(titleRuleDrop), th.Px(ui.MetricBorder), ui.Fade(p.Accent, 0.5))
	ui.DrawText(dst, GameSubtitle, t.subFace(th), x+th.Px(titleSubIndent), float64(t.subY), p.TextMuted, ui.AlignStart)

	t.form.Draw(dst, th)
	if c := t.card.Bounds(); !c.Empty() {
		t.drawCard(dst, th, c)
	}

	b := dst.Bounds()
	fy := footerY(th, b.Max.Y)
	DrawHints(dst, th, []Hint{{"↑ ↓", "Choose"}, {"Enter", "Select"}, {"F1", "Help"}, {"F2", "Settings"}, {"F11", "Full screen"}},
		t.left, fy, ui.AlignStart)
	if t.cfg.Version != "" {
		ui.DrawTextBox(dst, t.cfg.Version, image.Rect(b.Max.X/2, fy, b.Max.X-th.Pxi(titleVersionEnd), fy+th.Pxi(ui.SpaceSection)),
			ui.TextOptions{Face: th.Face(ui.TextSmall), Color: p.TextDisabled, HAlign: ui.AlignEnd, VAlign: ui.AlignCenter})
	}
}

// drawCard fills the briefing card with its typed text and a stamp.
func (t *Title) drawCard(dst *ebiten.Image, th *ui.Theme, c image.Rectangle) {
	p := th.Palette
	inner := t.card.Content(th)
	ui.DrawTextBox(dst, briefingText, inner, ui.TextOptions{Face: th.Face(ui.TextMono), Color: p.Ink, Wrap: true,
		LineHeight: th.LineHeight(ui.TextMono) * 1.12})
	t.stamp.draw(dst, th, "CONFIDENTIAL", float64(c.Max.X)-th.Px(titleStampX), float64(c.Max.Y)-th.Px(titleStampY), p.Danger)
}
