package screen

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/widget"
)

// Help is the help screen: a glossary of negotiation ideas, and the
// controls.
type Help struct {
	form     *widget.Form
	tabs     *widget.Tabs
	terms    *widget.List
	page     *widget.Panel
	body     *widget.Doc   // the term's meaning, and how it shows in the game
	shelf    *widget.Panel // behind the list of terms
	keyPanel *widget.Panel
	keyIntro *widget.Label
	keys     *KeyTable
	tabRule  *widget.Rule
	back     *widget.Button
	lay      ui.LayoutKey

	margin, top int
}

// controlRows says what each action does, in the order the controls page
// lists them. The keys come from the keymap, so the page cannot lie.
var controlRows = []struct {
	action ui.Action
	what   string
}{
	{action: ui.ActionFocusNext, what: "Move to the next control"},
	{action: ui.ActionFocusPrev, what: "Move to the previous control"},
	{action: ui.ActionActivate, what: "Press the highlighted control"},
	{action: ui.ActionBack, what: "Go back, close a dialog"},
	{action: ui.ActionEndTurn, what: "End your turn"},
	{action: ui.ActionHelp, what: "This help"},
	{action: ui.ActionSettings, what: "Settings"},
	{action: ui.ActionToggleFullscreen, what: "Full screen on or off"},
	{action: ui.ActionScaleUp, what: "Larger interface"},
	{action: ui.ActionScaleDown, what: "Smaller interface"},
	{action: ui.ActionScaleReset, what: "Interface at 100%"},
	{action: ui.ActionQuit, what: "Quit"},
}

// NewHelp returns the help screen, showing the glossary.
func NewHelp() *Help {
	h := &Help{}
	var names []string
	for _, t := range Glossary {
		names = append(names, t.Name)
	}
	h.tabs = widget.NewTabs(widget.TabsConfig{Labels: []string{"Glossary", "Controls"},
		Tooltip: "Switch between the glossary and the list of controls (← →)."})
	h.terms = widget.NewList(widget.ListConfig{Items: names,
		Tooltip:  "Pick a term to read its meaning.",
		OnSelect: func(ctx *ui.Context, i int) { h.show(i) }})
	h.page = widget.NewPanel(widget.PanelConfig{Paper: true})
	h.body = widget.NewDoc(widget.DocPage, true, "Scroll with the wheel, or ↑ ↓ when focused.")
	h.shelf = widget.NewPanel(widget.PanelConfig{})
	h.keyPanel = widget.NewPanel(widget.PanelConfig{Title: "Keyboard and mouse"})
	h.keyIntro = widget.NewLabel(widget.LabelConfig{Role: ui.TextBody, Tone: widget.ToneMuted, Wrap: true,
		Text: "Everything works with the keyboard or the mouse. Hover over a control to see what it does."})
	h.keys = &KeyTable{Rows: KeyRows(ui.DefaultKeymap())}
	h.tabRule = widget.NewRule(widget.ToneMuted)
	h.back = widget.NewButton(widget.ButtonConfig{Text: "Done", Style: widget.ButtonPrimary,
		Tooltip: "Return to the previous screen. (Esc)", OnClick: func(ctx *ui.Context) { ctx.Pop() }})
	h.form = widget.NewForm(h.tabRule, h.tabs, h.shelf, h.terms, h.page, h.body,
		h.keyPanel, h.keyIntro, h.keys, h.back)
	h.form.ArrowKeys = false // arrows belong to the tabs, the list and the text
	h.show(0)
	return h
}

// Form returns the screen's form, for tests.
func (h *Help) Form() *widget.Form { return h.form }

// Terms returns the glossary list, for tests.
func (h *Help) Terms() *widget.List { return h.terms }

func (h *Help) show(i int) {
	t := Glossary[i]
	h.page.Title = t.Name
	var d prose.Doc
	d.P(t.Meaning)
	if t.InGame != "" {
		d.Caption("In Backchannel")
		d.Note(t.InGame)
	}
	h.body.Set(d)
	h.lay = ui.LayoutKey{} // the new text may need another height
}

// Enter implements ui.Enterer.
func (h *Help) Enter(ctx *ui.Context) {
	h.layout(ctx)
	h.form.Focus(h.terms)
}

func (h *Help) layout(ctx *ui.Context) {
	if !h.lay.Changed(ctx) {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	h.margin, h.top = th.Pxi(pageMargin), th.Pxi(pageMargin)
	if float64(W)/th.Scale < 1100 {
		h.margin = th.Pxi(pageMarginSmall)
	}
	if float64(H)/th.Scale < 700 {
		h.top = th.Pxi(pageTopSmall)
	}
	top := h.top + headerHeight(th) + th.Pxi(ui.SpaceLoose)
	// Place the tabs first: their width is measured from where they start.
	h.tabs.SetBounds(image.Rect(h.margin, top, W-h.margin, top+th.Pxi(ui.MetricControlH)))
	h.tabs.SetBounds(image.Rect(h.margin, top, h.margin+h.tabs.PreferredWidth(th), top+th.Pxi(ui.MetricControlH)))
	h.tabRule.SetBounds(image.Rect(h.margin, h.tabs.Bounds().Max.Y, W-h.margin, h.tabs.Bounds().Max.Y+1))
	top = h.tabs.Bounds().Max.Y + th.Pxi(ui.SpaceLoose)
	// Done shares the footer row with the key hints, leaving the height
	// to the reading.
	btnH := th.Pxi(ui.MetricControlH)
	by := footerY(th, H) + th.Pxi(footerMid) - btnH/2
	bottom := by - th.Pxi(ui.SpaceLoose)

	// The list shows whole rows; everything else ends where it ends.
	listW := min(th.Pxi(helpListW), (W-2*h.margin)/3)
	in := th.Pxi(ui.SpaceSmall)
	rowH := h.terms.RowHeight(th)
	rows := max(1, (bottom-top-2*in)/rowH)
	bottom = top + rows*rowH + 2*in
	h.shelf.SetBounds(image.Rect(h.margin, top, h.margin+listW, bottom))
	h.terms.SetBounds(image.Rect(h.margin+in, top+in, h.margin+listW-in, top+in+rows*rowH))

	h.page.SetBounds(image.Rect(h.margin+listW+th.Pxi(pageGutter), top, W-h.margin, bottom))
	c := h.page.Content(th)
	// The document's own padding lines its text up with the title.
	pad := th.Pxi(ui.MetricPad)
	h.body.SetBounds(image.Rect(c.Min.X-pad, c.Min.Y-pad, c.Max.X+pad, c.Max.Y))
	h.keyPanel.SetBounds(image.Rect(h.margin, top, W-h.margin, bottom))
	kc := h.keyPanel.Content(th)
	introH := h.keyIntro.Height(th, kc.Dx())
	h.keyIntro.SetBounds(image.Rect(kc.Min.X, kc.Min.Y, kc.Max.X, kc.Min.Y+introH))
	h.keys.SetBounds(image.Rect(kc.Min.X, kc.Min.Y+introH+th.Pxi(ui.SpaceBlock), kc.Max.X, kc.Max.Y))

	bw := max(h.back.PreferredSize(th).X, th.Pxi(backButtonW))
	h.back.SetBounds(image.Rect(W-h.margin-bw, by, W-h.margin, by+btnH))
	h.arrange()
}

// arrange shows the widgets of the current tab and hides the others.
func (h *Help) arrange() {
	glossary := h.tabs.Selected == 0
	for _, w := range []widget.Widget{h.shelf, h.terms, h.page, h.body} {
		w.SetHidden(!glossary)
	}
	for _, w := range []widget.Widget{h.keyPanel, h.keyIntro, h.keys} {
		w.SetHidden(glossary)
	}
}

// Update implements ui.Scene.
func (h *Help) Update(ctx *ui.Context) error {
	h.layout(ctx)
	h.form.Update(ctx)
	// ← → switch tabs wherever the focus is, as the hints at the foot
	// say: the list and the text take only ↑ ↓, so a player on the list
	// need not Tab back to the tab row first.
	switch in := ctx.Input; {
	case in.Consume(ui.ActionLeft):
		h.tabs.Select(ctx, h.tabs.Selected-1)
	case in.Consume(ui.ActionRight):
		h.tabs.Select(ctx, h.tabs.Selected+1)
	}
	h.arrange()
	backOrSwap(ctx, ui.ActionSettings, func() ui.Scene { return NewSettings() })
	return nil
}

// Draw implements ui.Scene.
func (h *Help) Draw(dst *ebiten.Image, th *ui.Theme) {
	DrawBackdrop(dst, th)
	DrawHeader(dst, th, helpTitle, "Ideas of negotiation, and how to play", h.margin, h.top)
	h.form.Draw(dst, th)
	b := dst.Bounds()
	DrawHints(dst, th, []Hint{{"Tab", "Next"}, {"↑ ↓", "Choose a term"}, {"← →", "Switch tab"}, {"Esc", "Back"}},
		h.margin, footerY(th, b.Max.Y), ui.AlignStart)
}
