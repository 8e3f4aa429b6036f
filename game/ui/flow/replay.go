package flow

import (
	"fmt"
	"image"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/library"
	"backchannel/game/save"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// The replay's measures at scale 1: its track's height, the width of an
// error under it, the current turn's mark and how far marks sit below the
// track's line.
const (
	replayTrackH   = 46
	replayErrW     = 420
	replayMarkNow  = 7
	replayMarkDrop = 1
)

// replayScreen steps through a saved game, forward and back, showing what
// each turn added to the log and the state it left. Everything shows,
// private messages included: a replay is for looking back.
type replayScreen struct {
	f      *Flow
	rec    *save.Record
	src    *library.Source
	rp     *save.Replayer
	onFork func(ctx *ui.Context, m *turns.Match) // nil: no "continue from here"
	err    string

	form  *widget.Form
	page  *widget.Panel
	log   *widget.Doc
	side  *widget.Panel
	state *widget.Doc
	back  *widget.Button
	fwd   *widget.Button
	fork  *widget.Button
	close *widget.Button
	pageFrame
	track image.Rectangle
}

func newReplay(f *Flow, rec *save.Record, src *library.Source, rp *save.Replayer, onFork func(*ui.Context, *turns.Match)) *replayScreen {
	r := &replayScreen{f: f, rec: rec, src: src, rp: rp, onFork: onFork}
	r.page = widget.NewPanel(widget.PanelConfig{Title: "What happened", Paper: true})
	r.log = widget.NewDoc(widget.DocPage, true, "Every log entry of this step, private ones marked. Scroll with the wheel.")
	r.side = widget.NewPanel(widget.PanelConfig{Title: "The state"})
	r.state = widget.NewDoc(widget.DocPage, false, "Issues, scores by the true types, and support at home after this step.")
	r.back = widget.NewButton(widget.ButtonConfig{Text: "◄ Back", Tooltip: "One turn back. (←)",
		OnClick: func(*ui.Context) { r.step(-1) }})
	r.fwd = widget.NewButton(widget.ButtonConfig{Text: "Forward ►", Style: widget.ButtonPrimary, Tooltip: "One turn on. (→)",
		OnClick: func(*ui.Context) { r.step(1) }})
	r.fork = widget.NewButton(widget.ButtonConfig{Text: "Play from here",
		Tooltip: "Continue the game from this turn as a new game: a “what if”. The saved game stays as it is.",
		OnClick: r.forkHere})
	r.fork.Hidden = onFork == nil
	r.close = widget.NewButton(widget.ButtonConfig{Text: "Close", Tooltip: "Leave the replay. (Esc)",
		OnClick: func(ctx *ui.Context) { ctx.Pop() }})
	r.form = widget.NewForm(r.page, r.log, r.side, r.state, r.back, r.fwd, r.fork, r.close)
	r.form.ArrowKeys = false
	r.refresh()
	return r
}

// step moves d turns (±1).
func (r *replayScreen) step(d int) {
	var err error
	if d < 0 {
		_, err = r.rp.Back()
	} else {
		_, err = r.rp.Forward()
	}
	r.setErr(err)
	r.refresh()
}

func (r *replayScreen) seek(n int) {
	_, err := r.rp.Seek(n)
	r.setErr(err)
	r.refresh()
}

func (r *replayScreen) setErr(err error) {
	r.err = ""
	if err != nil {
		r.err = err.Error()
	}
}

func (r *replayScreen) refresh() {
	g := r.rp.Game()
	var d prose.Doc
	for _, e := range r.rp.StepEntries() {
		if turns.Routine(e.Kind) {
			continue
		}
		if e.Headline != "" {
			d.Strong(turns.PlayerWords(g, "", e.Headline))
		}
		// The replay watches every seat: offers go by their senders'
		// names ("Moscow's offer"), never the engine's ids.
		d.P(turns.PlayerWords(g, "", e.Text))
		if !e.Public {
			var who []string
			for _, id := range knownTo(e) {
				who = append(who, actorName(g.Scen, id))
			}
			d.Meta("Private: known to " + strings.Join(who, ", "))
		}
	}
	if len(d) == 0 {
		d.Note("Nothing of note.")
	}
	r.log.Set(d)
	r.state.Set(stateDoc(g))
	r.back.Disabled = r.rp.Step() == 0
	r.fwd.Disabled = r.rp.Step() >= r.rp.Steps()
	r.fork.Disabled = g.Over || r.onFork == nil
}

// knownTo lists who knew of a private entry.
func knownTo(e game.Entry) []string {
	out := []string{}
	if e.Actor != "" {
		out = append(out, e.Actor)
	}
	for _, s := range e.Seen {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// stateDoc is the game's state after a step, for the side panel.
func stateDoc(g *game.Game) prose.Doc {
	var d prose.Doc
	d.H("Issues")
	for i, is := range g.Scen.Issues {
		d.Bullet(is.Name + ": " + is.Options[g.Options[i]].Name)
	}
	d.H("Score of each true type")
	for _, s := range g.Scores() {
		d.Bullet(fmt.Sprintf("%s: %.0f", actorName(g.Scen, s.Actor), s.Final))
	}
	d.H("Support at home")
	for a, ad := range g.Scen.Actors {
		d.Bullet(fmt.Sprintf("%s: %.0f", ad.Name, g.Support[a]))
	}
	return d
}

func (r *replayScreen) forkHere(ctx *ui.Context) {
	rec, _, err := r.rp.Fork()
	var m *turns.Match
	if err == nil {
		m, err = turns.Resume(rec, r.src)
	}
	if err != nil {
		ctx.Push(errorDialog("Cannot continue from here", err))
		return
	}
	r.onFork(ctx, m)
}

// Enter implements ui.Enterer.
func (r *replayScreen) Enter(ctx *ui.Context) {
	r.layout(ctx)
	if r.form.Focused() == nil {
		r.form.Focus(r.fwd)
	}
}

func (r *replayScreen) layout(ctx *ui.Context) {
	top, bottom, ok := r.place(ctx, 22)
	if !ok {
		return
	}
	th := ctx.Theme
	W, H := ctx.Size.X, ctx.Size.Y
	r.track = image.Rect(r.margin, top, W-r.margin, top+th.Pxi(replayTrackH))
	top = r.track.Max.Y + th.Pxi(underBar)
	split := r.margin + (W-2*r.margin)*3/5
	r.page.SetBounds(image.Rect(r.margin, top, split, bottom))
	r.side.SetBounds(image.Rect(split+th.Pxi(ui.SpaceWide), top, W-r.margin, bottom))
	pad := th.Pxi(ui.MetricPad)
	r.log.SetBounds(r.page.Content(th).Inset(-pad))
	r.state.SetBounds(r.side.Content(th).Inset(-pad))
	x := W - r.margin
	for _, b := range []*widget.Button{r.close, r.fork, r.fwd, r.back} {
		if b.Hidden {
			continue
		}
		rr := footerButton(th, b, x, H)
		x = rr.Min.X - th.Pxi(ui.MetricGap)
	}
}

// Update implements ui.Scene.
func (r *replayScreen) Update(ctx *ui.Context) error {
	r.layout(ctx)
	r.form.Update(ctx)
	in := ctx.Input
	switch {
	case in.Consume(ui.ActionLeft):
		r.step(-1)
	case in.Consume(ui.ActionRight):
		r.step(1)
	case in.Consume(ui.ActionHome):
		r.seek(0)
	case in.Consume(ui.ActionEnd):
		r.seek(r.rp.Steps())
	case in.Consume(ui.ActionBack):
		ctx.Pop()
	case in.Consume(ui.ActionHelp):
		ctx.Push(screen.NewHelp())
	}
	return nil
}

// Draw implements ui.Scene.
func (r *replayScreen) Draw(dst *ebiten.Image, th *ui.Theme) {
	g := r.rp.Game()
	short, _ := library.SplitTitle(g.Scen.Title)
	sub := fitSubtitle(th, dst.Bounds().Dx(), r.margin, replayTitle,
		fmt.Sprintf("%s · seed %d · %s", g.Scen.Title, r.rec.Seed, seatsText(r.rec, g.Scen)),
		fmt.Sprintf("%s · seed %d · %s", short, r.rec.Seed, seatsText(r.rec, g.Scen)),
		fmt.Sprintf("%s · seed %d", short, r.rec.Seed))
	drawPage(dst, th, replayTitle, sub, r.margin, r.top, nil)
	r.drawTrack(dst, th)
	r.form.Draw(dst, th)
	if r.err != "" {
		ui.DrawTextBox(dst, r.err, image.Rect(r.margin, footerY(th, dst.Bounds().Max.Y), r.margin+th.Pxi(replayErrW), dst.Bounds().Max.Y-th.Pxi(ui.SpaceLoose)),
			ui.TextOptions{Face: th.Face(ui.TextSmall), Color: th.Palette.Danger, Wrap: true})
	}
}

// drawTrack draws the timeline: a tick per recorded turn, the current one lit.
func (r *replayScreen) drawTrack(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	g := r.rp.Game()
	t := r.track
	n := r.rp.Steps()
	label := fmt.Sprintf("Step %d of %d · turn %d · %s", r.rp.Step(), n, g.Turn, g.Date.Pretty())
	if g.Over && r.rp.Step() == n {
		label += " · the end"
	}
	ui.DrawText(dst, label, th.Face(ui.TextButton), float64(t.Min.X), float64(t.Min.Y), p.Text, ui.AlignStart)
	y := t.Max.Y - th.Pxi(ui.SpaceLine)
	ui.HLine(dst, t.Min.X, t.Max.X, y, th.Px(ui.MetricStroke), p.Border)
	for i := 0; i <= n; i++ {
		x := t.Min.X
		if n > 0 {
			x += t.Dx() * i / n
		}
		clr, rr := p.BorderStrong, th.Pxi(ui.SpaceTight)
		if i <= r.rp.Step() {
			clr = p.Accent
		}
		if i == r.rp.Step() {
			clr, rr = p.AccentBright, th.Pxi(replayMarkNow)
		}
		ui.FillRoundRect(dst, image.Rect(x-rr, y+th.Pxi(replayMarkDrop)-rr, x+rr, y+th.Pxi(replayMarkDrop)+rr), float64(rr), clr)
	}
}

// seatsText says who played whom.
func seatsText(rec *save.Record, s *game.Scenario) string {
	var h []string
	for _, st := range rec.Seats {
		if st.Human {
			h = append(h, actorName(s, st.Actor))
		}
	}
	if len(h) == 0 {
		return "all seats AI"
	}
	return "played by " + strings.Join(h, ", ")
}
