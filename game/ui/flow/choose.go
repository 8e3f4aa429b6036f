package flow

import (
	"fmt"
	"image"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/library"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
	"backchannel/web"
)

// The scenario choice's measures at scale 1: the setup column at its
// narrowest, its labels' column, and where the seed's label ends.
const (
	chooseSetupW       = 350
	chooseLabelW       = 110
	chooseSeedLabelEnd = 100
)

// choose is the scenario choice: which episode (built in, from the command
// line or dropped on the window), who plays each government, difficulty,
// mode and seed.
type choose struct {
	f     *Flow
	form  *widget.Form
	shelf *widget.Panel
	list  *widget.List
	open  *widget.Button // browser only: the page's file picker
	page  *widget.Panel
	about *widget.Doc
	setup *widget.Panel
	seats *seatList
	diff  *widget.Choice
	mode  *widget.Choice
	seed  *widget.TextInput
	start *widget.Button
	back  *widget.Button
	pageFrame
	note  string // why Start is off
	seedY int
}

// difficulties are the difficulty picker's options (a new slice each call).
func difficulties() []string { return []string{"Easy", "Normal", "Hard"} }

// newChoose opens the scenario choice on sel, or on the default scenario.
func newChoose(f *Flow, sel *library.Source) *choose {
	c := &choose{f: f}
	c.shelf = widget.NewPanel(widget.PanelConfig{Title: "Episodes"})
	c.list = widget.NewList(widget.ListConfig{Tooltip: "Pick an episode. Scenario files dropped on the window join the list.",
		OnSelect: func(ctx *ui.Context, i int) { c.pick() }})
	c.open = widget.NewButton(widget.ButtonConfig{Text: "Open scenario file…",
		Tooltip: "Play a scenario written by your instructor (.toml).",
		OnClick: func(*ui.Context) { web.OpenFilePicker() }})
	c.open.Hidden = !web.IsBrowser
	c.page = widget.NewPanel(widget.PanelConfig{Paper: true})
	c.about = widget.NewDoc(widget.DocPage, true, "The episode's summary. Scroll with the wheel, or ↑ ↓ when focused.")
	c.setup = widget.NewPanel(widget.PanelConfig{Title: "Seats"})
	c.seats = newSeatList()
	c.seats.OnChange = func(*ui.Context) { c.check() }
	c.diff = widget.NewChoice(widget.ChoiceConfig{Label: "Difficulty", Options: difficulties(), Selected: 1,
		Tooltip: "How well the AI governments model the others and how much they bluff. They never see more than you could."})
	mode := []string{"Open", "Historical"}
	c.mode = widget.NewChoice(widget.ChoiceConfig{Label: "Mode", Options: mode,
		Tooltip: "Open: secret types and chance events are drawn from the seed. Historical: every government is what the record suggests, and events fire as they happened."})
	if f.cfg.Historical {
		c.mode.Selected = 1
	}
	if d, err := ai.ParseDifficulty(f.cfg.Difficulty); err == nil && f.cfg.Difficulty != "" {
		c.diff.Selected = int(d) - int(ai.Easy)
	}
	c.seed = widget.NewTextInput(widget.TextInputConfig{Text: strconv.FormatUint(f.seed(), 10), MaxLen: 19,
		Placeholder: "a number",
		Tooltip:     "The same seed, seats and orders replay the same game: give everyone in a class the same seed to compare.",
		OnChange:    func(*ui.Context, string) { c.check() }})
	c.start = widget.NewButton(widget.ButtonConfig{Text: "Start", Style: widget.ButtonPrimary,
		Tooltip: "Begin with the briefing. (Enter)", OnClick: c.begin})
	c.back = widget.NewButton(widget.ButtonConfig{Text: "Back", Tooltip: "Return to the title. (Esc)",
		OnClick: func(ctx *ui.Context) { ctx.Pop() }})
	c.form = widget.NewForm(c.shelf, c.list, c.open, c.page, c.about, c.setup, c.seats, c.diff, c.mode, c.seed, c.back, c.start)
	c.form.ArrowKeys = false
	c.fill(sel)
	return c
}

// fill lists the library and selects sel (or the default scenario).
func (c *choose) fill(sel *library.Source) {
	lib := c.f.lib
	if sel == nil {
		sel = lib.Find(library.Default())
	}
	c.list.Items = c.list.Items[:0]
	for _, s := range lib.Sources {
		c.list.Items = append(c.list.Items, s.Label())
	}
	c.list.Selected = max(0, lib.Index(sel))
	c.pick()
}

func (c *choose) source() *library.Source {
	if i := c.list.Selected; i >= 0 && i < len(c.f.lib.Sources) {
		return c.f.lib.Sources[i]
	}
	return nil
}

// pick shows the selected scenario and resets the seats to its first actor.
func (c *choose) pick() {
	src := c.source()
	if src == nil {
		return
	}
	scen, err := src.Load()
	if err != nil {
		c.page.Title = src.Name
		c.about.Set(errorsDoc(src, err))
		c.seats.set(nil, nil)
	} else {
		c.page.Title, _ = library.SplitTitle(scen.Title)
		c.about.Set(aboutDoc(src, scen))
		c.seats.set(scen, []string{scen.Actors[0].ID})
	}
	c.lay = ui.LayoutKey{}
	c.check()
}

// aboutDoc describes a scenario on the choice screen.
func aboutDoc(src *library.Source, s *game.Scenario) prose.Doc {
	var d prose.Doc
	if _, rest := library.SplitTitle(s.Title); rest != "" {
		d.Strong(rest)
	}
	d.P(strings.TrimSpace(s.Summary))
	cal := s.Calendar
	d.Meta(fmt.Sprintf("%s to %s · %s · %d issues", cal.Start.Pretty(), cal.End.Pretty(), cal.Summary(), len(s.Issues)))
	d.H("The governments")
	for _, a := range s.Actors {
		d.Bullet(a.Name + ": " + a.Leader)
	}
	switch {
	case src.Path != "":
		d.Note("From " + src.Path + ". If the file changes while you play, the game offers to restart with it.")
	case !src.Builtin:
		d.Note("From the file " + src.Name + ".")
	}
	return d
}

// errorsDoc lists why a scenario does not load, at most ten errors.
func errorsDoc(src *library.Source, err error) prose.Doc {
	var d prose.Doc
	d.H("This scenario cannot be played")
	errs := src.Diags().Errors()
	for i, e := range errs {
		if i == 10 {
			d.Meta(fmt.Sprintf("… and %d more: run backchannel validate on the file.", len(errs)-i))
			break
		}
		d.Bullet(e.String())
	}
	if len(errs) == 0 {
		d.P(err.Error())
	}
	d.Note("Fix the file and drop it on the window again.")
	return d
}

// check turns Start on or off and says why.
func (c *choose) check() {
	c.note = ""
	switch {
	case c.seats.scen == nil:
		c.note = "Choose an episode that loads."
	case len(c.seats.Humans()) == 0:
		c.note = "Choose at least one government to play: click its row."
	default:
		if _, err := strconv.ParseUint(strings.TrimSpace(c.seed.Text()), 10, 64); err != nil {
			c.note = "The seed must be a whole number."
		}
	}
	c.start.Disabled = c.note != ""
}

// Setup returns the game the screen describes.
func (c *choose) Setup() turns.Setup {
	seed, _ := strconv.ParseUint(strings.TrimSpace(c.seed.Text()), 10, 64)
	return turns.Setup{Source: c.source(), Humans: c.seats.Humans(), Difficulty: ai.Difficulty(int(ai.Easy) + c.diff.Selected),
		Seed: seed, Historical: c.mode.Selected == 1}
}

func (c *choose) begin(ctx *ui.Context) {
	if c.start.Disabled {
		return
	}
	m, err := turns.Start(c.Setup())
	if err != nil {
		ctx.Push(errorDialog("Cannot start this game", err))
		return
	}
	t := newTable(c.f, m)
	ctx.Replace(t)
	t.begin(ctx, false)
}

// Update implements ui.Scene.
func (c *choose) Update(ctx *ui.Context) error {
	if src := c.f.lib.Take(c.f.cfg.Dropped()); src != nil {
		c.fill(src)
	}
	c.layout(ctx)
	c.form.Update(ctx)
	c.layout(ctx) // another scenario may need another layout, before this frame draws
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionConfirm):
		c.begin(ctx)
	case in.Consume(ui.ActionBack):
		ctx.Pop()
	default:
		screen.OpenHelpOrSettings(ctx)
	}
	return nil
}

// Enter implements ui.Enterer.
func (c *choose) Enter(ctx *ui.Context) {
	c.layout(ctx)
	if c.form.Focused() == nil {
		c.form.Focus(c.list)
	}
}

func (c *choose) layout(ctx *ui.Context) {
	top, bottom, ok := c.place(ctx, 24)
	if !ok {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	gap := th.Pxi(ui.SpaceWide)
	inner := W - 2*c.margin - 2*gap
	// The settings need room for a choice's label, arrows and value.
	setupW := max(inner*36/100, th.Pxi(chooseSetupW))
	listW := min(inner*27/100, (inner-setupW)*2/5)
	x1 := c.margin + listW
	x2 := W - c.margin - setupW

	// The list of episodes, whole rows only, with the file button below in
	// the browser.
	listBottom := bottom
	if !c.open.Hidden {
		listBottom -= th.Pxi(ui.MetricControlH) + th.Pxi(ui.SpaceBlock)
		c.open.SetBounds(image.Rect(c.margin, listBottom+th.Pxi(ui.SpaceBlock), x1, bottom))
	}
	c.shelf.SetBounds(image.Rect(c.margin, top, x1, listBottom))
	lc := c.shelf.Content(th)
	rowH := c.list.RowHeight(th)
	rows := max(1, lc.Dy()/rowH)
	c.list.SetBounds(image.Rect(lc.Min.X-th.Pxi(ui.SpaceLine), lc.Min.Y, lc.Max.X+th.Pxi(ui.SpaceLine), lc.Min.Y+rows*rowH))

	c.page.SetBounds(image.Rect(x1+gap, top, x2-gap, bottom))
	pad := th.Pxi(ui.MetricPad)
	c.about.SetBounds(c.page.Content(th).Inset(-pad))

	c.setup.SetBounds(image.Rect(x2, top, W-c.margin, bottom))
	sc := c.setup.Content(th)
	rowC := th.Pxi(ui.MetricControlH)
	ctrls := 3*rowC + 2*th.Pxi(ui.SpaceSmall)
	seatsH := max(th.Pxi(seatRowH), min(len(c.seats.human)*th.Pxi(seatRowH), sc.Dy()-ctrls-th.Pxi(seatRowH)))
	c.seats.SetBounds(image.Rect(sc.Min.X-th.Pxi(ui.SpaceSmall), sc.Min.Y, sc.Max.X+th.Pxi(ui.SpaceSmall), sc.Min.Y+seatsH))
	y := sc.Max.Y - ctrls
	for _, w := range []widget.Widget{c.diff, c.mode} {
		w.SetBounds(image.Rect(sc.Min.X-th.Pxi(ui.SpaceSmall), y, sc.Max.X+th.Pxi(ui.SpaceSmall), y+rowC))
		y += rowC + th.Pxi(ui.SpaceSmall)
	}
	c.seedY = y
	labelW := th.Pxi(chooseLabelW)
	c.seed.SetBounds(image.Rect(sc.Min.X+labelW, y+th.Pxi(ui.SpaceTight), sc.Max.X, y+rowC-th.Pxi(ui.SpaceTight)))

	r := footerButton(th, c.start, W-c.margin, H)
	footerButton(th, c.back, r.Min.X-th.Pxi(ui.MetricGap), H)
}

// Draw implements ui.Scene.
func (c *choose) Draw(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	drawPage(dst, th, chooseTitle, "Choose an episode, your government and who plays the others", c.margin, c.top, nil)
	c.form.Draw(dst, th)
	sc := c.setup.Content(th)
	rowC := th.Pxi(ui.MetricControlH)
	ui.DrawTextBox(dst, "Seed", image.Rect(sc.Min.X+th.Pxi(ui.SpaceLine), c.seedY, sc.Min.X+th.Pxi(chooseSeedLabelEnd), c.seedY+rowC),
		ui.TextOptions{Face: th.Face(ui.TextBody), Color: p.Text, VAlign: ui.AlignCenter})
	// Under the seats, when there is room, how they work.
	gap := image.Rect(c.seats.Bounds().Min.X+th.Pxi(ui.SpaceSmall), c.seats.Bounds().Max.Y+th.Pxi(ui.SpaceBlock), sc.Max.X, c.diff.Bounds().Min.Y-th.Pxi(ui.SpaceBlock))
	if gap.Dy() >= th.Pxi(ui.MetricControlH) && c.seats.scen != nil {
		ui.DrawTextBox(dst, "Click a government, or press Enter on it, to switch between a person and the computer. "+
			"Two or more people take turns at this screen.", gap,
			ui.TextOptions{Face: th.FaceOf(ui.FontItalic, 14), Color: p.TextMuted, Wrap: true})
	}
	fy := footerY(th, dst.Bounds().Max.Y)
	msg, clr := "Drop a scenario file (.toml) on the window to add it.", p.TextMuted
	if web.IsBrowser {
		msg = "Tab moves between the list, the seats and the settings."
	}
	if c.note != "" {
		msg, clr = c.note, p.Warning
	}
	ui.DrawTextBox(dst, msg, image.Rect(c.margin, fy, c.back.Bounds().Min.X-th.Pxi(2*ui.SpaceLine), fy+th.Pxi(ui.SpaceSection)),
		ui.TextOptions{Face: th.Face(ui.TextSmall), Color: clr, VAlign: ui.AlignCenter})
}
