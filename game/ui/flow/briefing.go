package flow

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/library"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// The briefing's measures at scale 1: the least room for its text above
// the who-is-who, a row of that list, and its seat column.
const (
	briefTopMin  = 160
	briefWhoRowH = 36
	briefSeatW   = 64
)

// briefing is a seat's first screen: its briefing and objectives, the
// situation, and who is who.
type briefing struct {
	m     *turns.Match
	actor string
	done  func(*ui.Context)

	form       *widget.Form
	brief      *widget.Panel
	briefTitle string // the brief's full title, shortened when it does not fit
	briefV     *widget.Doc
	situation  *widget.Panel
	sitV       *widget.Doc
	who        *widget.Panel
	begin      *widget.Button
	pageFrame
}

func newBriefing(m *turns.Match, actor string, done func(*ui.Context)) *briefing {
	b := &briefing{m: m, actor: actor, done: done}
	ad := m.Actor(actor)
	b.briefTitle = "Your brief · " + ad.Leader
	b.brief = widget.NewPanel(widget.PanelConfig{Title: b.briefTitle, Paper: true})
	b.briefV = widget.NewDoc(widget.DocPage, true, "Scroll with the wheel, or ↑ ↓ when focused.")
	b.briefV.Set(briefDoc(ad))
	b.situation = widget.NewPanel(widget.PanelConfig{Title: "The situation"})
	b.sitV = widget.NewDoc(widget.DocPage, false, "What is on the table at the start. Scroll with the wheel, or ↑ ↓ when focused.")
	b.sitV.Size = widget.DocSide
	b.sitV.Set(situationDoc(m))
	b.who = widget.NewPanel(widget.PanelConfig{Title: "Who is who"})
	b.begin = widget.NewButton(widget.ButtonConfig{Text: "Take your seat", Style: widget.ButtonPrimary,
		Tooltip: "Go to the board and play the first turn. (Enter)", OnClick: func(ctx *ui.Context) { b.done(ctx) }})
	b.form = widget.NewForm(b.brief, b.briefV, b.situation, b.sitV, b.who, b.begin)
	b.form.ArrowKeys = false // arrows scroll the texts
	return b
}

// briefDoc is the actor's briefing followed by its objectives.
func briefDoc(ad game.ActorDef) prose.Doc {
	var d prose.Doc
	for _, para := range strings.Split(strings.TrimSpace(ad.Briefing), "\n\n") {
		d.P(strings.TrimSpace(para))
	}
	if len(ad.Objectives) > 0 {
		d.H("Your objectives")
		for _, o := range ad.Objectives {
			d.Bullet(o)
		}
	}
	return d
}

// situationDoc is the scenario's summary and each issue as it stands.
func situationDoc(m *turns.Match) prose.Doc {
	g := m.Game()
	var d prose.Doc
	d.Note(strings.TrimSpace(m.Scenario.Summary))
	d.H("On the table")
	for i, is := range m.Scenario.Issues {
		ctl := m.Scenario.Actors[g.Controller[i]].Name
		d.Bullet(fmt.Sprintf("%s: %s (%s decides)", is.Name, is.Options[g.Options[i]].Name, ctl))
	}
	return d
}

// Enter implements ui.Enterer.
func (b *briefing) Enter(ctx *ui.Context) {
	b.layout(ctx)
	b.form.Focus(b.begin)
}

func (b *briefing) layout(ctx *ui.Context) {
	top, bottom, ok := b.place(ctx, 24)
	if !ok {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	gap := th.Pxi(ui.SpaceWide)
	split := b.margin + (W-2*b.margin)/2
	b.brief.SetBounds(image.Rect(b.margin, top, split, bottom))
	b.brief.Title = ui.FirstFit(th.Face(ui.TextHeading), float64(b.brief.Content(th).Dx()), b.briefTitle, "Your brief")
	pad := th.Pxi(ui.MetricPad)
	b.briefV.SetBounds(b.brief.Content(th).Inset(-pad))

	n := len(b.m.Scenario.Actors)
	rowH := b.whoRow(th)
	whoH := b.whoHeight(th, n, rowH)
	whoTop := max(top+th.Pxi(briefTopMin), bottom-whoH)
	b.situation.SetBounds(image.Rect(split+gap, top, W-b.margin, whoTop-gap))
	b.sitV.SetBounds(b.situation.Content(th).Inset(-pad))
	b.who.SetBounds(image.Rect(split+gap, whoTop, W-b.margin, bottom))
	footerBeforeBoard(th, b.begin, b.margin+screen.HintsWidth(th, briefingHints()), W, H)
}

func (b *briefing) whoRow(th *ui.Theme) int { return th.Pxi(briefWhoRowH) }

func (b *briefing) whoHeight(th *ui.Theme, n, rowH int) int {
	p := widget.NewPanel(widget.PanelConfig{Title: "x"})
	p.SetBounds(image.Rect(0, 0, 100, 100))
	c := p.Content(th)
	return n*rowH + c.Min.Y + (100 - c.Max.Y)
}

// Update implements ui.Scene.
func (b *briefing) Update(ctx *ui.Context) error {
	b.layout(ctx)
	b.form.Update(ctx)
	confirmOr(ctx, b.done)
	return nil
}

// Draw implements ui.Scene.
func (b *briefing) Draw(dst *ebiten.Image, th *ui.Theme) {
	g := b.m.Game()
	cal := b.m.Scenario.Calendar
	title := b.title()
	short, _ := library.SplitTitle(b.m.Scenario.Title)
	sub := fitSubtitle(th, dst.Bounds().Dx(), b.margin, title,
		fmt.Sprintf("%s · %s to %s · %s", b.m.Scenario.Title, cal.Start.Pretty(), cal.End.Pretty(), cal.Summary()),
		fmt.Sprintf("%s · %s to %s", short, cal.Start.Pretty(), cal.End.Pretty()),
		fmt.Sprintf("%s · %d turns", short, g.TurnsTotal()), short)
	drawPage(dst, th, title, sub, b.margin, b.top,
		briefingHints())
	b.form.Draw(dst, th)
	b.drawWho(dst, th)
}

// drawWho lists every actor: colour, name, leader and who plays it.
func (b *briefing) drawWho(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	c := b.who.Content(th)
	clip := dst.SubImage(c).(*ebiten.Image)
	rowH := b.whoRow(th)
	for i, a := range b.m.Scenario.Actors {
		r := image.Rect(c.Min.X, c.Min.Y+i*rowH, c.Max.X, c.Min.Y+(i+1)*rowH)
		if a.ID == b.actor {
			ui.FillRoundRect(clip, r, th.Px(ui.MetricRadius), p.SurfaceRaised)
		}
		drawDot(clip, th, r.Min.X+th.Pxi(ui.MetricPad), r.Min.Y+rowH/2, th.Pxi(listDot), actorColour(th, b.m.Scenario, i))
		seat := "AI"
		switch {
		case a.ID == b.actor:
			seat = "You"
		case b.m.Session.IsHuman(a.ID):
			seat = "Human"
		}
		seatW := th.Pxi(briefSeatW)
		nameR := image.Rect(r.Min.X+th.Pxi(listDotRoom), r.Min.Y, r.Min.X+(r.Dx()-seatW)*9/20, r.Max.Y)
		leadR := image.Rect(nameR.Max.X+th.Pxi(ui.SpaceLine), r.Min.Y, r.Max.X-seatW, r.Max.Y)
		seatR := image.Rect(r.Max.X-seatW, r.Min.Y, r.Max.X-th.Pxi(ui.SpaceGap), r.Max.Y)
		name := ui.FirstFit(th.Face(ui.TextBody), float64(nameR.Dx()), a.Name, a.Short, a.ID)
		ui.DrawTextBox(clip, name, nameR, ui.TextOptions{Face: th.Face(ui.TextBody), Color: p.Text, VAlign: ui.AlignCenter})
		leader := ui.FirstFit(th.Face(ui.TextSmall), float64(leadR.Dx()), shorterNames(a.Leader)...)
		ui.DrawTextBox(clip, leader, leadR, ui.TextOptions{Face: th.Face(ui.TextSmall), Color: p.TextMuted, VAlign: ui.AlignCenter})
		clr := p.TextMuted
		if seat != "AI" {
			clr = p.AccentBright
		}
		ui.DrawTextBox(clip, seat, seatR, ui.TextOptions{Face: th.FaceOf(ui.FontMedium, 14), Color: clr, HAlign: ui.AlignEnd, VAlign: ui.AlignCenter})
	}
}

// briefingHints are the keys the briefing's footer names: a new slice
// each call, so the package holds no state a screen could change.
func briefingHints() []screen.Hint {
	return []screen.Hint{{Key: "Tab", Label: "Next"}, {Key: "↑ ↓", Label: "Scroll"}, {Key: "Enter", Label: "Take your seat"}, {Key: "F1", Label: "Help"}}
}

// shorterNames are ways to name a leader, longest first: "Prime Minister
// Donald Tusk", "Donald Tusk", "Tusk".
func shorterNames(leader string) []string {
	w := strings.Fields(leader)
	out := []string{leader}
	if len(w) > 2 {
		out = append(out, strings.Join(w[len(w)-2:], " "))
	}
	if len(w) > 1 {
		out = append(out, w[len(w)-1])
	}
	return out
}
