package flow

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/debrief"
	"backchannel/game/ui"
)

// The score table's measures at scale 1: the least room it is drawn in, a
// row's height, the legend's key mark and the step from one key to the
// next, the figures' and the type's columns, an actor's dot and the room
// it takes, the bar's half height (and its corners), and the reference
// ticks' height and half width.
const (
	scoreTableMinH = 60
	scoreRowH      = 44
	scoreKeyH      = 16
	scoreKeyStep   = 30
	scoreNumW      = 150
	scoreTypeW     = 90
	scoreDot       = 7
	scoreDotRoom   = 32
	scoreBarR      = 5
	scoreTickH     = 9
	scoreTickHalfW = 1
)

// verdictText is the verdict card's text: one sentence per player.
func (d *debriefScreen) verdictText() string {
	if d.rep == nil {
		return ""
	}
	var lines []string
	for _, s := range d.rep.Scores {
		if s.Human {
			lines = append(lines, debrief.VerdictLine(s))
		}
	}
	return strings.Join(lines, "\n")
}

// verdictNote explains the numbers under the verdict.
const verdictNote = "A score, from 0 to 100, mixes policy, what a government's true type makes of the final state, " +
	"with its standing at home, the mean of its support and face. " +
	"The status quo is where the game began; history is where the real episode ended."

func (d *debriefScreen) verdictHeight(th *ui.Theme) int {
	c := d.verd.Content(th)
	col := newColumn(nil, image.Rect(c.Min.X, c.Min.Y, c.Max.X, c.Min.Y+1<<20))
	d.verdictBody(col, th)
	return col.y - d.verd.Bounds().Min.Y + th.Pxi(ui.MetricPad*1.4)
}

// verdictBody writes the verdict card's text into col.
func (d *debriefScreen) verdictBody(col *column, th *ui.Theme) {
	p := th.Palette
	col.text(d.verdictText(), th.FaceOf(ui.FontItalic, 20), p.Ink, th.Pxi(ui.SpaceGap))
	col.text(verdictNote, th.Face(ui.TextSmall), ui.Mix(p.Paper, p.Ink, 0.65), 0)
}

// drawVerdict draws the verdict card and the table of scores.
func (d *debriefScreen) drawVerdict(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	d.verdictBody(newColumn(dst, d.verd.Content(th)), th)

	t := image.Rect(d.body.Min.X, d.verd.Bounds().Max.Y+th.Pxi(ui.SpaceSection), d.body.Max.X, d.body.Max.Y)
	n := len(d.rep.Scores)
	if n == 0 || t.Dy() < th.Pxi(scoreTableMinH) {
		return
	}
	headH := int(th.LineHeight(ui.TextCaption)) + th.Pxi(ui.SpaceLine)
	rowH := min(th.Pxi(scoreRowH), (t.Dy()-headH)/n)
	cols := scoreColumns(th, t)
	cap := th.Face(ui.TextCaption)
	for i, h := range []string{"Government", "True type", "Score out of 100", "Final", "vs status quo", "vs history"} {
		al := ui.AlignStart
		if i >= 3 {
			al = ui.AlignEnd
		}
		ui.DrawTextBox(dst, h, image.Rect(cols[i], t.Min.Y, cols[i+1]-th.Pxi(ui.SpaceBlock), t.Min.Y+headH),
			ui.TextOptions{Face: cap, Color: p.Accent, HAlign: al})
	}
	ui.HLine(dst, t.Min.X, t.Max.X, t.Min.Y+headH-th.Pxi(ui.SpaceHair), th.Px(ui.MetricBorder), ui.Fade(p.Accent, 0.5))
	for i, s := range d.rep.Scores {
		r := image.Rect(t.Min.X, t.Min.Y+headH+i*rowH, t.Max.X, t.Min.Y+headH+(i+1)*rowH)
		d.drawScoreRow(dst, th, r, cols, s)
	}
	// What the marks on the bars mean.
	ly := t.Min.Y + headH + n*rowH + th.Pxi(ui.SpaceBlock)
	if ly+int(th.LineHeight(ui.TextSmall)) <= t.Max.Y {
		small := th.Face(ui.TextSmall)
		x := cols[2]
		for _, k := range []struct {
			c    ui.Color
			name string
		}{{p.Text, "status quo"}, {p.AccentBright, "history"}} {
			ui.FillRect(dst, image.Rect(x, ly+th.Pxi(ui.SpaceHair), x+th.Pxi(ui.SpaceHair), ly+th.Pxi(scoreKeyH)), k.c)
			ui.DrawText(dst, k.name, small, float64(x+th.Pxi(ui.SpaceLine)), float64(ly), p.TextMuted, ui.AlignStart)
			x += th.Pxi(scoreKeyStep) + int(ui.MeasureFunc(small)(k.name))
		}
	}
}

// scoreColumns are the left edges of the score table's columns, and its end.
func scoreColumns(th *ui.Theme, t image.Rectangle) []int {
	w := t.Dx()
	x0 := t.Min.X
	num := th.Pxi(scoreNumW)
	return []int{x0, x0 + w*22/100, x0 + w*38/100, t.Max.X - 2*num - th.Pxi(scoreTypeW), t.Max.X - 2*num, t.Max.X - num, t.Max.X}
}

func (d *debriefScreen) drawScoreRow(dst *ebiten.Image, th *ui.Theme, r image.Rectangle, cols []int, s debrief.ActorScore) {
	p := th.Palette
	if s.Human {
		ui.FillRoundRect(dst, r, th.Px(ui.MetricRadius), p.SurfaceRaised)
	}
	ai := actorIndex(d.m.Scenario, s.Actor)
	clr := actorColour(th, d.m.Scenario, ai)
	cy := r.Min.Y + r.Dy()/2
	drawDot(dst, th, r.Min.X+th.Pxi(ui.MetricPad), cy, th.Pxi(scoreDot), clr)
	body := th.Face(ui.TextBody)
	name := s.Name
	if s.Human {
		name += " (you)"
	}
	cell := func(col int, txt string, clr ui.Color, al ui.Align) {
		x0 := cols[col]
		if col == 0 {
			x0 += th.Pxi(scoreDotRoom)
		}
		ui.DrawTextBox(dst, txt, image.Rect(x0, r.Min.Y, cols[col+1]-th.Pxi(ui.SpaceBlock), r.Max.Y),
			ui.TextOptions{Face: body, Color: clr, HAlign: al, VAlign: ui.AlignCenter})
	}
	cell(0, name, p.Text, ui.AlignStart)
	cell(1, s.TypeName, p.TextMuted, ui.AlignStart)
	cell(3, fmt.Sprintf("%.0f", s.Final), p.Text, ui.AlignEnd)
	tone := func(v float64) ui.Color {
		switch {
		case v >= 0.5:
			return p.Success
		case v <= -0.5:
			return p.Danger
		}
		return p.TextMuted
	}
	cell(4, signed(s.VsStatusQuo), tone(s.VsStatusQuo), ui.AlignEnd)
	cell(5, signed(s.VsHistory), tone(s.VsHistory), ui.AlignEnd)

	// The bar: the final score, with the status quo and history marked.
	bar := image.Rect(cols[2], cy-th.Pxi(scoreBarR), cols[3]-th.Pxi(ui.SpaceLoose), cy+th.Pxi(scoreBarR))
	ui.FillRoundRect(dst, bar, th.Px(scoreBarR), ui.Fade(p.Border, 0.8))
	at := func(v float64) int { return bar.Min.X + int(float64(bar.Dx())*min(max(v, 0), 100)/100) }
	ui.FillRoundRect(dst, image.Rect(bar.Min.X, bar.Min.Y, at(s.Final), bar.Max.Y), th.Px(scoreBarR), clr)
	mark := func(v float64, c ui.Color, up bool) {
		x := at(v)
		h := th.Pxi(scoreTickH)
		if up {
			ui.FillRect(dst, image.Rect(x-th.Pxi(scoreTickHalfW), bar.Min.Y-h, x+th.Pxi(scoreTickHalfW), bar.Max.Y), c)
		} else {
			ui.FillRect(dst, image.Rect(x-th.Pxi(scoreTickHalfW), bar.Min.Y, x+th.Pxi(scoreTickHalfW), bar.Max.Y+h), c)
		}
	}
	mark(s.StatusQuo, p.Text, true)
	mark(s.History, p.AccentBright, false)
}

// drawCharts draws utility and trust over time side by side.
func (d *debriefScreen) drawCharts(dst *ebiten.Image, th *ui.Theme) {
	ser := d.rep.Series
	s := d.m.Scenario
	label := func(i int) string {
		if i < len(ser.Turns) {
			return fmt.Sprint(ser.Turns[i])
		}
		return ""
	}
	var util []series
	for a, id := range ser.Actors {
		ai := actorIndex(s, id)
		util = append(util, series{Name: actorName(s, id), Colour: actorColour(th, s, ai), Values: ser.Utility[a], Bold: d.m.Session.IsHuman(id)})
	}
	me := ""
	if len(d.m.Humans) > 0 {
		me = d.m.Humans[0]
	}
	mi := indexOf(ser.Actors, me)
	var trust []series
	for a, id := range ser.Actors {
		if a == mi || mi < 0 || a >= len(ser.Trust) || mi >= len(ser.Trust[a]) {
			continue
		}
		trust = append(trust, series{Name: actorName(s, id), Colour: actorColour(th, s, actorIndex(s, id)), Values: ser.Trust[a][mi]})
	}
	gap := th.Pxi(ui.SpaceWide)
	mid := d.body.Min.X + (d.body.Dx()-gap)/2
	left := image.Rect(d.body.Min.X, d.body.Min.Y, mid, d.body.Max.Y)
	right := image.Rect(mid+gap, d.body.Min.Y, d.body.Max.X, d.body.Max.Y)
	drawChart(dst, th, left, chart{Title: "Utility by turn", Series: util, XLabel: label})
	drawChart(dst, th, right, chart{Title: "Their trust in " + actorName(s, me), Series: trust, XLabel: label})
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// signed writes a difference in whole points with its sign; a difference
// that rounds to nothing is "±0".
func signed(v float64) string {
	if v > -0.5 && v < 0.5 {
		return "±0"
	}
	return fmt.Sprintf("%+.0f", v)
}
