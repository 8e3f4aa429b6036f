package flow

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/library"
	"backchannel/game/save"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// loadListW is the list of saves at its widest, at scale 1.
const loadListW = 380

// loadScreen lists the saves: continue one, watch it as a replay, or
// delete it. Damaged saves are listed with what is wrong with them.
type loadScreen struct {
	f      *Flow
	onLoad func(ctx *ui.Context, m *turns.Match)
	slots  []save.Slot
	msg    string // why there is nothing to list

	form    *widget.Form
	shelf   *widget.Panel
	list    *widget.List
	page    *widget.Panel
	details *widget.Doc
	load    *widget.Button
	replay  *widget.Button
	del     *widget.Button
	back    *widget.Button
	pageFrame
}

// newLoadScreen lists the saves; onLoad starts the chosen game, knowing
// what the screen was opened over.
func newLoadScreen(f *Flow, onLoad func(ctx *ui.Context, m *turns.Match)) *loadScreen {
	l := &loadScreen{f: f, onLoad: onLoad}
	l.shelf = widget.NewPanel(widget.PanelConfig{})
	l.list = widget.NewList(widget.ListConfig{Tooltip: "Pick a save. Enter or a second click continues it.",
		OnSelect:   func(ctx *ui.Context, i int) { l.showSlot() },
		OnActivate: func(ctx *ui.Context, i int) { l.continueGame(ctx) }})
	l.page = widget.NewPanel(widget.PanelConfig{Title: "Save", Paper: true})
	l.details = widget.NewDoc(widget.DocPage, true, "")
	l.load = widget.NewButton(widget.ButtonConfig{Text: "Continue", Style: widget.ButtonPrimary,
		Tooltip: "Carry on playing this game from where it was saved.", OnClick: l.continueGame})
	l.replay = widget.NewButton(widget.ButtonConfig{Text: "Watch replay",
		Tooltip: "Step through this game turn by turn, forward and back.", OnClick: l.watch})
	l.del = widget.NewButton(widget.ButtonConfig{Text: "Delete",
		Tooltip: "Remove this save for good (you are asked first).", OnClick: l.confirmDelete})
	l.back = widget.NewButton(widget.ButtonConfig{Text: "Back", Tooltip: "Close this screen. (Esc)",
		OnClick: func(ctx *ui.Context) { ctx.Pop() }})
	l.form = widget.NewForm(l.shelf, l.list, l.page, l.details, l.load, l.replay, l.del, l.back)
	l.form.ArrowKeys = false
	l.refresh()
	return l
}

// refresh reads the list of saves again.
func (l *loadScreen) refresh() {
	l.slots, l.msg = nil, ""
	st, err := l.f.storage()
	if err == nil {
		l.slots, err = st.List()
	}
	switch {
	case err != nil:
		l.msg = "Saves cannot be read here: " + err.Error()
	case len(l.slots) == 0:
		l.msg = "No saved games yet. The game saves itself at the end of every turn, and you can save under a name from the menu (Esc) during play."
	}
	l.list.Items = l.list.Items[:0]
	for _, s := range l.slots {
		l.list.Items = append(l.list.Items, library.SlotLabel(s))
	}
	l.list.Selected = min(max(l.list.Selected, 0), max(len(l.slots)-1, 0))
	l.showSlot()
}

func (l *loadScreen) selected() (save.Slot, bool) {
	if i := l.list.Selected; i >= 0 && i < len(l.slots) {
		return l.slots[i], true
	}
	return save.Slot{}, false
}

func (l *loadScreen) showSlot() {
	s, ok := l.selected()
	if !ok {
		l.page.Title = "No saves"
		l.details.Set(prose.Doc{{Kind: prose.Para, Text: l.msg}})
	} else {
		l.page.Title = s.Name
		l.details.Set(l.f.lib.SlotDoc(s))
	}
	l.load.Disabled = !ok || s.Err != nil || len(s.Humans) == 0
	l.replay.Disabled = !ok || s.Err != nil
	l.del.Disabled = !ok
}

// open reads the selected save and finds its scenario.
func (l *loadScreen) open(ctx *ui.Context) (*save.Record, *library.Source, bool) {
	s, ok := l.selected()
	if !ok || s.Err != nil {
		return nil, nil, false
	}
	st, err := l.f.storage()
	var rec *save.Record
	if err == nil {
		rec, err = st.Load(s.Name)
	}
	var src *library.Source
	if err == nil {
		src, err = l.f.lib.SourceFor(rec)
	}
	if err != nil {
		ctx.Push(errorDialog("Cannot open "+s.Name, err))
		return nil, nil, false
	}
	return rec, src, true
}

func (l *loadScreen) continueGame(ctx *ui.Context) {
	if l.load.Disabled {
		return
	}
	rec, src, ok := l.open(ctx)
	if !ok {
		return
	}
	m, err := turns.Resume(rec, src)
	if err != nil {
		ctx.Push(errorDialog("Cannot continue this game", err))
		return
	}
	l.onLoad(ctx, m)
}

func (l *loadScreen) watch(ctx *ui.Context) {
	rec, src, ok := l.open(ctx)
	if !ok {
		return
	}
	scen, _ := src.Load()
	rp, err := save.NewReplayer(rec, scen)
	if err != nil {
		ctx.Push(errorDialog("Cannot replay this game", err))
		return
	}
	ctx.Push(newReplay(l.f, rec, src, rp, func(ctx *ui.Context, m *turns.Match) {
		ctx.Pop() // the replay
		l.onLoad(ctx, m)
	}))
}

func (l *loadScreen) confirmDelete(ctx *ui.Context) {
	s, ok := l.selected()
	if !ok {
		return
	}
	ctx.Push(widget.NewDialog(widget.DialogConfig{
		Title: "Delete " + s.Name + "?",
		Body:  "The save is removed for good.",
		Buttons: []widget.ButtonConfig{
			{Text: "Delete", Tooltip: "Remove the save.", OnClick: func(ctx *ui.Context) {
				st, err := l.f.storage()
				if err == nil {
					err = st.Delete(s.Name)
				}
				if err != nil {
					ctx.Push(errorDialog("Cannot delete "+s.Name, err))
				}
				l.refresh()
			}},
			{Text: "Keep it", Tooltip: "Back to the list. (Esc)"},
		},
	}))
}

// Enter implements ui.Enterer.
func (l *loadScreen) Enter(ctx *ui.Context) {
	l.layout(ctx)
	if len(l.slots) > 0 {
		l.form.Focus(l.list)
	} else {
		l.form.Focus(l.back)
	}
}

func (l *loadScreen) layout(ctx *ui.Context) {
	top, bottom, ok := l.place(ctx, 24)
	if !ok {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	listW := min(th.Pxi(loadListW), (W-2*l.margin)*2/5)
	in := th.Pxi(ui.SpaceSmall)
	rowH := l.list.RowHeight(th)
	rows := max(1, (bottom-top-2*in)/rowH)
	bottom = top + rows*rowH + 2*in
	l.shelf.SetBounds(image.Rect(l.margin, top, l.margin+listW, bottom))
	l.list.SetBounds(image.Rect(l.margin+in, top+in, l.margin+listW-in, top+in+rows*rowH))
	l.page.SetBounds(image.Rect(l.margin+listW+th.Pxi(pageGutter), top, W-l.margin, bottom))
	pad := th.Pxi(ui.MetricPad)
	l.details.SetBounds(l.page.Content(th).Inset(-pad))
	x := W - l.margin
	for _, b := range []*widget.Button{l.load, l.replay, l.del, l.back} {
		r := footerButton(th, b, x, H)
		x = r.Min.X - th.Pxi(ui.MetricGap)
	}
}

// Update implements ui.Scene.
func (l *loadScreen) Update(ctx *ui.Context) error {
	l.layout(ctx)
	l.form.Update(ctx)
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionBack):
		ctx.Pop()
	case in.Consume(ui.ActionHelp):
		ctx.Push(screen.NewHelp())
	}
	return nil
}

// Draw implements ui.Scene.
func (l *loadScreen) Draw(dst *ebiten.Image, th *ui.Theme) {
	drawPage(dst, th, loadTitle, "Continue a saved game, or watch it again", l.margin, l.top, nil)
	l.form.Draw(dst, th)
	if s, ok := l.selected(); ok && s.Err != nil {
		r := l.page.Bounds()
		ui.StrokeRoundRect(dst, r, th.Px(ui.MetricRadius+1), th.Px(ui.MetricStroke), th.Palette.Danger)
	}
}

// errorDialog shows an error with a single button.
func errorDialog(title string, err error) *widget.Dialog {
	return widget.NewDialog(widget.DialogConfig{Title: title, Body: err.Error(),
		Buttons: []widget.ButtonConfig{{Text: "Close", Tooltip: "Close this message."}}})
}
