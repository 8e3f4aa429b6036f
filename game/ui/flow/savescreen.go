package flow

import (
	"image"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/library"
	"backchannel/game/save"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// The save screen's form at its widest and the room under the name field,
// at scale 1.
const (
	saveFormW   = 560
	saveListGap = 40
)

// saveScreen keeps the game in a named slot.
type saveScreen struct {
	f     *Flow
	m     *turns.Match
	slots []save.Slot
	err   string

	form  *widget.Form
	shelf *widget.Panel
	list  *widget.List
	panel *widget.Panel
	name  *widget.TextInput
	note  *widget.Label
	save  *widget.Button
	back  *widget.Button
	pageFrame
}

func newSaveScreen(f *Flow, m *turns.Match) *saveScreen {
	s := &saveScreen{f: f, m: m}
	s.shelf = widget.NewPanel(widget.PanelConfig{Title: "Saved games"})
	s.list = widget.NewList(widget.ListConfig{Tooltip: "Saves already kept. Pick one to save over it.",
		OnSelect: func(ctx *ui.Context, i int) { s.pick(i) }})
	s.panel = widget.NewPanel(widget.PanelConfig{Title: "Save as"})
	s.name = widget.NewTextInput(widget.TextInputConfig{
		Text:        save.SuggestSlotName(m.Scenario.ID, m.Game().Turn),
		Placeholder: "a name for this save", MaxLen: 64,
		Tooltip:  "Letters, digits, spaces, dots, dashes and underscores.",
		OnChange: func(*ui.Context, string) { s.err = "" },
		OnSubmit: func(ctx *ui.Context, _ string) { s.commit(ctx) }})
	s.note = widget.NewLabel(widget.LabelConfig{Role: ui.TextSmall, Tone: widget.ToneMuted, Wrap: true,
		Text: m.Describe() + ". The game also keeps itself in the autosave at the end of every turn."})
	s.save = widget.NewButton(widget.ButtonConfig{Text: "Save", Style: widget.ButtonPrimary,
		Tooltip: "Write the save. (Enter)", OnClick: s.commit})
	s.back = widget.NewButton(widget.ButtonConfig{Text: "Back", Tooltip: "Close without saving. (Esc)",
		OnClick: func(ctx *ui.Context) { ctx.Pop() }})
	s.form = widget.NewForm(s.panel, s.name, s.note, s.shelf, s.list, s.save, s.back)
	s.form.ArrowKeys = false
	s.list.Selected = -1
	if st, err := f.storage(); err == nil {
		s.slots, _ = st.List()
	} else {
		s.err = err.Error()
	}
	for _, sl := range s.slots {
		s.list.Items = append(s.list.Items, library.SlotLabel(sl))
	}
	return s
}

func (s *saveScreen) pick(i int) {
	if i >= 0 && i < len(s.slots) {
		s.name = widget.NewTextInput(widget.TextInputConfig{Text: s.slots[i].Name, MaxLen: 64,
			Tooltip: s.name.Tip, OnChange: s.name.OnChange, OnSubmit: s.name.OnSubmit})
		s.rebuild()
	}
}

// rebuild puts a replaced name field back in the form, in its place.
func (s *saveScreen) rebuild() {
	focus := s.form.Focused()
	s.form = widget.NewForm(s.panel, s.name, s.note, s.shelf, s.list, s.save, s.back)
	s.form.ArrowKeys = false
	s.lay = ui.LayoutKey{}
	if focus != nil {
		s.form.Focus(focus)
	}
}

// commit writes the save, asking first when it would replace another.
func (s *saveScreen) commit(ctx *ui.Context) {
	name := s.name.Text()
	if err := save.CheckSlotName(name); err != nil {
		s.err = err.Error()
		return
	}
	if slices.ContainsFunc(s.slots, func(sl save.Slot) bool { return sl.Name == name }) {
		ctx.Push(widget.NewDialog(widget.DialogConfig{
			Title: "Replace " + name + "?", Body: "A save of that name exists; this game will take its place.",
			Buttons: []widget.ButtonConfig{
				{Text: "Replace", Tooltip: "Save over it.", OnClick: func(ctx *ui.Context) { s.write(ctx, name) }},
				{Text: "Cancel", Tooltip: "Choose another name. (Esc)"},
			}}))
		return
	}
	s.write(ctx, name)
}

func (s *saveScreen) write(ctx *ui.Context, name string) {
	st, err := s.f.storage()
	if err == nil {
		err = st.Save(name, s.m.Session.Record)
	}
	if err != nil {
		s.err = err.Error()
		return
	}
	ctx.Pop()
	ctx.Push(widget.NewDialog(widget.DialogConfig{Title: "Saved",
		Body:    "The game is saved as “" + name + "”. Load it from the title screen or the menu.",
		Buttons: []widget.ButtonConfig{{Text: "OK", Tooltip: "Back to the menu."}}}))
}

// Enter implements ui.Enterer.
func (s *saveScreen) Enter(ctx *ui.Context) {
	s.layout(ctx)
	s.form.Focus(s.name)
}

func (s *saveScreen) layout(ctx *ui.Context) {
	top, bottom, ok := s.place(ctx, 24)
	if !ok {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	formW := min(th.Pxi(saveFormW), (W-2*s.margin)*11/20)
	s.panel.SetBounds(image.Rect(s.margin, top, s.margin+formW, top))
	c := s.panel.Content(th)
	y := c.Min.Y
	s.name.SetBounds(image.Rect(c.Min.X, y, c.Max.X, y+th.Pxi(ui.MetricControlH)))
	y += th.Pxi(ui.MetricControlH) + th.Pxi(ui.MetricPad)
	nh := s.note.Height(th, c.Dx())
	s.note.SetBounds(image.Rect(c.Min.X, y, c.Max.X, y+nh))
	y += nh + th.Pxi(saveListGap)
	s.panel.SetBounds(image.Rect(s.margin, top, s.margin+formW, y+th.Pxi(ui.MetricPad*1.4)))

	lx := s.margin + formW + th.Pxi(pageGutter)
	s.shelf.SetBounds(image.Rect(lx, top, W-s.margin, bottom))
	lc := s.shelf.Content(th)
	rowH := s.list.RowHeight(th)
	rows := max(1, lc.Dy()/rowH)
	s.list.SetBounds(image.Rect(lc.Min.X-th.Pxi(ui.SpaceLine), lc.Min.Y, lc.Max.X+th.Pxi(ui.SpaceLine), lc.Min.Y+rows*rowH))
	r := footerButton(th, s.save, W-s.margin, H)
	footerButton(th, s.back, r.Min.X-th.Pxi(ui.MetricGap), H)
}

// Update implements ui.Scene.
func (s *saveScreen) Update(ctx *ui.Context) error {
	s.layout(ctx)
	s.form.Update(ctx)
	s.layout(ctx) // a picked slot replaces the name field, which needs placing
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionConfirm):
		s.commit(ctx)
	case in.Consume(ui.ActionBack):
		ctx.Pop()
	}
	return nil
}

// Draw implements ui.Scene.
func (s *saveScreen) Draw(dst *ebiten.Image, th *ui.Theme) {
	drawPage(dst, th, saveTitle, "Keep this game under a name", s.margin, s.top,
		[]screen.Hint{{Key: "Enter", Label: "Save"}, {Key: "Tab", Label: "Next"}, {Key: "Esc", Label: "Back"}})
	s.form.Draw(dst, th)
	p := th.Palette
	c := s.panel.Content(th)
	msgR := image.Rect(c.Min.X, s.note.Bounds().Max.Y+th.Pxi(ui.SpaceLine), c.Max.X, s.panel.Bounds().Max.Y-th.Pxi(ui.SpaceLine))
	if s.err != "" {
		ui.DrawTextBox(dst, s.err, msgR, ui.TextOptions{Face: th.Face(ui.TextSmall), Color: p.Danger, Wrap: true})
	}
	if len(s.slots) == 0 {
		ui.DrawTextBox(dst, "No saves yet.", s.list.Bounds().Inset(th.Pxi(ui.SpaceGap)),
			ui.TextOptions{Face: th.Face(ui.TextBodyItalic), Color: p.TextMuted})
	}
}
