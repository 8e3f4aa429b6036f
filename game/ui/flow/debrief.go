package flow

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/debrief"
	"backchannel/game/library"
	"backchannel/game/save"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// debriefScreen ends the game: the verdict, each issue beside history,
// charts over time, the true types, the turning points and how close the
// deal was to the best ones.
type debriefScreen struct {
	f      *Flow
	m      *turns.Match
	rep    *debrief.Report
	job    *turns.Analysis
	tick   int64
	start  int64
	form   *widget.Form
	tabs   *widget.Tabs
	rule   *widget.Rule
	page   *widget.Panel // the paper of the reading tabs
	reader *widget.Doc   // Issues, Types, Turning points, Deals
	bars   image.Rectangle
	verd   *widget.Panel
	replay *widget.Button
	done   *widget.Button
	pageFrame
	body image.Rectangle
}

// Debrief tabs.
const (
	tabVerdict = iota
	tabIssues
	tabCharts
	tabTypes
	tabTurning
	tabDeals
)

// debriefTabs are the tabs' labels, in the order of the tab constants (a
// new slice each call).
func debriefTabs() []string {
	return []string{"Verdict", "Issues", "Charts", "True types", "Turning points", "Deals"}
}

// newDebriefScreen shows rep, or works it out first when rep is nil.
func newDebriefScreen(f *Flow, m *turns.Match, rep *debrief.Report) *debriefScreen {
	d := &debriefScreen{f: f, m: m, rep: rep, start: -1}
	if rep == nil {
		d.job = turns.Analyse(m.Session, m.Humans, f.waker.Wake)
	}
	d.tabs = widget.NewTabs(widget.TabsConfig{Labels: debriefTabs(),
		Tooltip:  "What to look at (← →).",
		OnChange: func(ctx *ui.Context, i int) { d.show(i) }})
	d.rule = widget.NewRule(widget.ToneMuted)
	d.page = widget.NewPanel(widget.PanelConfig{Paper: true})
	d.reader = widget.NewDoc(widget.DocPage, true, "Scroll with the wheel, or ↑ ↓ when focused.")
	d.verd = widget.NewPanel(widget.PanelConfig{Title: "Verdict", Paper: true})
	d.replay = widget.NewButton(widget.ButtonConfig{Text: "Watch replay",
		Tooltip: "Step through the game turn by turn.", OnClick: d.watch})
	d.done = widget.NewButton(widget.ButtonConfig{Text: "Back to the title", Style: widget.ButtonPrimary,
		Tooltip: "Leave the debrief. The game stays in the autosave until the next one.",
		OnClick: func(ctx *ui.Context) { ctx.Pop() }})
	d.form = widget.NewForm(d.rule, d.tabs, d.page, d.reader, d.verd, d.replay, d.done)
	d.form.ArrowKeys = false
	d.show(tabVerdict)
	return d
}

// show switches to tab i.
func (d *debriefScreen) show(i int) {
	d.tabs.Selected = i
	d.lay = ui.LayoutKey{} // the deals tab splits the page
	reading := i != tabVerdict && i != tabCharts
	d.page.SetHidden(!reading)
	d.reader.SetHidden(!reading)
	d.verd.SetHidden(i != tabVerdict)
	if d.rep == nil || !reading {
		return
	}
	s := d.m.Scenario
	switch i {
	case tabIssues:
		d.page.Title = "Each issue beside what happened"
		d.reader.Set(debrief.IssuesDoc(d.rep, s))
	case tabTypes:
		d.page.Title = "Who was who: the true types"
		d.reader.Set(debrief.TypesDoc(d.rep, s))
	case tabTurning:
		d.page.Title = "Turning points"
		d.reader.Set(debrief.TurningDoc(d.rep, s))
	case tabDeals:
		d.page.Title = "The deals that were possible"
		d.reader.Set(debrief.DealsDoc(d.rep, s))
	}
}

func (d *debriefScreen) watch(ctx *ui.Context) {
	rp, err := save.NewReplayer(d.m.Session.Record, d.m.Scenario)
	if err != nil {
		ctx.Push(errorDialog("Cannot replay this game", err))
		return
	}
	ctx.Push(newReplay(d.f, d.m.Session.Record, d.m.Source, rp, nil))
}

// Enter implements ui.Enterer.
func (d *debriefScreen) Enter(ctx *ui.Context) {
	d.layout(ctx)
	if d.form.Focused() == nil {
		d.form.Focus(d.tabs)
	}
}

func (d *debriefScreen) layout(ctx *ui.Context) {
	top, bottom, ok := d.place(ctx, 16)
	if !ok {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	d.tabs.SetBounds(image.Rect(d.margin, top, W-d.margin, top+th.Pxi(ui.MetricControlH)))
	d.tabs.SetBounds(image.Rect(d.margin, top, d.margin+d.tabs.PreferredWidth(th), top+th.Pxi(ui.MetricControlH)))
	d.rule.SetBounds(image.Rect(d.margin, d.tabs.Bounds().Max.Y, W-d.margin, d.tabs.Bounds().Max.Y+1))
	top = d.tabs.Bounds().Max.Y + th.Pxi(underBar)
	bottom += th.Pxi(ui.SpaceSnug) // the tabs take room above; the page reaches a little lower
	d.body = image.Rect(d.margin, top, W-d.margin, bottom)
	d.page.SetBounds(d.body)
	d.bars = image.Rectangle{}
	if d.tabs.Selected == tabDeals {
		// The deals share the page with a chart of what each would give.
		split := d.body.Min.X + d.body.Dx()*58/100
		d.page.SetBounds(image.Rect(d.body.Min.X, top, split, bottom))
		d.bars = image.Rect(split+th.Pxi(ui.SpaceWide), top, d.body.Max.X, bottom)
	}
	pad := th.Pxi(ui.MetricPad)
	d.reader.SetBounds(d.page.Content(th).Inset(-pad))
	d.verd.SetBounds(image.Rect(d.margin, top, W-d.margin, top))
	d.verd.SetBounds(image.Rect(d.margin, top, W-d.margin, top+d.verdictHeight(th)))
	r := footerButton(th, d.done, W-d.margin, H)
	footerButton(th, d.replay, r.Min.X-th.Pxi(ui.MetricGap), H)
}

// Update implements ui.Scene.
func (d *debriefScreen) Update(ctx *ui.Context) error {
	d.tick = ctx.Tick
	if d.start < 0 {
		d.start = ctx.Tick
	}
	if d.rep == nil {
		ctx.Invalidate() // the indicator turns
		if rep, ok := d.job.Poll(); ok {
			d.rep = rep
			d.show(d.tabs.Selected)
			d.layout(ctx)
		}
		return nil
	}
	d.layout(ctx)
	d.form.Update(ctx)
	d.layout(ctx) // a new tab may lay the page out anew, before this frame draws
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionBack):
		ctx.Pop()
	default:
		screen.OpenHelpOrSettings(ctx)
	}
	return nil
}

// Draw implements ui.Scene.
func (d *debriefScreen) Draw(dst *ebiten.Image, th *ui.Theme) {
	g := d.m.Game()
	mode := "open mode"
	if d.m.Setup.Historical {
		mode = "historical mode"
	}
	short, _ := library.SplitTitle(d.m.Scenario.Title)
	sub := fitSubtitle(th, dst.Bounds().Dx(), d.margin, debriefTitle,
		fmt.Sprintf("%s · ended %s · seed %d · %s", d.m.Scenario.Title, g.Date.Pretty(), g.Setup.Seed, mode),
		fmt.Sprintf("%s · ended %s · seed %d · %s", short, g.Date.Pretty(), g.Setup.Seed, mode),
		fmt.Sprintf("%s · seed %d", short, g.Setup.Seed))
	drawPage(dst, th, debriefTitle, sub, d.margin, d.top,
		[]screen.Hint{{Key: "← →", Label: "Tabs"}, {Key: "Tab", Label: "Next"}, {Key: "Esc", Label: "Title"}})
	if d.rep == nil {
		drawBusy(dst, th, "Preparing the debrief…", "Weighing every possible deal by the true types.", d.tick-d.start)
		return
	}
	d.form.Draw(dst, th)
	switch d.tabs.Selected {
	case tabVerdict:
		d.drawVerdict(dst, th)
	case tabCharts:
		d.drawCharts(dst, th)
	case tabDeals:
		d.drawDealBars(dst, th)
	}
}
