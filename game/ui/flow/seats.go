package flow

import (
	"image"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// A seat row's measures at scale 1: its height, its dot's centre, its
// "Human"/"AI" pill's width and inset, and where its name starts.
const (
	seatRowH      = 38
	seatDotX      = 18
	seatPillW     = 78
	seatPillInset = 7
	seatNameX     = 34
)

// seatList says who plays each government: a person at this machine or
// the computer. Up and Down move between rows, Enter or Space (or a click)
// switches a row; two or more human rows make a hot-seat game.
type seatList struct {
	widget.Base
	scen     *game.Scenario
	human    []bool
	cursor   int
	top      int
	hover    int
	OnChange func(ctx *ui.Context)
}

func newSeatList() *seatList {
	return &seatList{Base: widget.Base{Tip: "Who plays each government: a person at this machine, or the computer. " +
		"Click a row, or press Enter on it, to switch. With two or more people, they take turns at this screen (hot seat)."}, hover: -1}
}

// set shows the actors of s with the given human seats.
func (l *seatList) set(s *game.Scenario, humans []string) {
	l.scen, l.cursor, l.top = s, 0, 0
	l.human = nil
	if s == nil {
		return
	}
	l.human = make([]bool, len(s.Actors))
	for i, a := range s.Actors {
		l.human[i] = slices.Contains(humans, a.ID)
	}
}

// Humans lists the human seats in scenario order.
func (l *seatList) Humans() []string {
	var out []string
	for i, h := range l.human {
		if h {
			out = append(out, l.scen.Actors[i].ID)
		}
	}
	return out
}

// Focusable implements widget.Widget.
func (l *seatList) Focusable() bool { return len(l.human) > 0 }

func (l *seatList) rowH(th *ui.Theme) int { return th.Pxi(seatRowH) }

func (l *seatList) visible(th *ui.Theme) int { return max(1, l.Rect.Dy()/l.rowH(th)) }

func (l *seatList) toggle(ctx *ui.Context, i int) {
	if i < 0 || i >= len(l.human) {
		return
	}
	l.human[i] = !l.human[i]
	if l.OnChange != nil {
		l.OnChange(ctx)
	}
}

func (l *seatList) moveTo(th *ui.Theme, i int) {
	l.cursor = min(max(i, 0), len(l.human)-1)
	if l.cursor < l.top {
		l.top = l.cursor
	}
	if v := l.visible(th); l.cursor >= l.top+v {
		l.top = l.cursor - v + 1
	}
}

// Update implements widget.Widget.
func (l *seatList) Update(ctx *ui.Context, st widget.State) {
	in := ctx.Input
	th := ctx.Theme
	l.hover = -1
	if st.Hovered {
		if row := l.top + (in.Cursor().Y-l.Rect.Min.Y)/l.rowH(th); row < len(l.human) {
			l.hover = row
		}
		if _, dy := in.Wheel(); dy != 0 {
			l.top = min(max(l.top-int(dy), 0), max(0, len(l.human)-l.visible(th)))
		}
		if l.hover >= 0 && in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed() {
			in.UseMouse()
			l.moveTo(th, l.hover)
			l.toggle(ctx, l.hover)
		}
	}
	if !st.Focused || len(l.human) == 0 {
		return
	}
	switch {
	case l.cursor > 0 && in.Consume(ui.ActionUp):
		l.moveTo(th, l.cursor-1)
	case l.cursor < len(l.human)-1 && in.Consume(ui.ActionDown):
		l.moveTo(th, l.cursor+1)
	case in.Consume(ui.ActionActivate):
		l.toggle(ctx, l.cursor)
	}
}

// Draw implements widget.Widget.
func (l *seatList) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	if l.scen == nil {
		return
	}
	p := th.Palette
	clip := dst.SubImage(l.Rect).(*ebiten.Image)
	rh := l.rowH(th)
	for i := l.top; i < len(l.human) && i <= l.top+l.visible(th); i++ {
		a := l.scen.Actors[i]
		r := image.Rect(l.Rect.Min.X, l.Rect.Min.Y+(i-l.top)*rh, l.Rect.Max.X, l.Rect.Min.Y+(i-l.top+1)*rh)
		switch {
		case st.Focused && i == l.cursor:
			ui.FillRoundRect(clip, r, th.Px(ui.MetricRadius), p.SurfaceRaised)
			ui.FillRect(clip, image.Rect(r.Min.X, r.Min.Y+th.Pxi(ui.SpaceSmall), r.Min.X+th.Pxi(ui.SpaceTight), r.Max.Y-th.Pxi(ui.SpaceSmall)), p.Accent)
		case i == l.hover:
			ui.FillRoundRect(clip, r, th.Px(ui.MetricRadius), ui.Fade(p.SurfaceRaised, 0.5))
		}
		drawDot(clip, th, r.Min.X+th.Pxi(seatDotX), r.Min.Y+rh/2, th.Pxi(ui.SpaceSmall), actorColour(th, l.scen, i))
		pillW := th.Pxi(seatPillW)
		pill := image.Rect(r.Max.X-pillW-th.Pxi(ui.SpaceSmall), r.Min.Y+th.Pxi(seatPillInset), r.Max.X-th.Pxi(ui.SpaceSmall), r.Max.Y-th.Pxi(seatPillInset))
		nameR := image.Rect(r.Min.X+th.Pxi(seatNameX), r.Min.Y, pill.Min.X-th.Pxi(ui.SpaceLine), r.Max.Y)
		ui.DrawTextBox(clip, a.Name, nameR, ui.TextOptions{Face: th.Face(ui.TextBody), Color: p.Text, VAlign: ui.AlignCenter})
		word, fg := "AI", p.TextMuted
		if l.human[i] {
			word, fg = "Human", p.OnAccent
			ui.FillRoundRect(clip, pill, float64(pill.Dy())/2, p.Accent)
		} else {
			ui.StrokeRoundRect(clip, pill, float64(pill.Dy())/2, th.Px(ui.MetricBorder), p.BorderStrong)
		}
		ui.DrawTextBox(clip, word, pill, ui.TextOptions{Face: th.FaceOf(ui.FontMedium, 14), Color: fg,
			HAlign: ui.AlignCenter, VAlign: ui.AlignCenter})
	}
	if n := len(l.human); n > l.visible(th) {
		widget.DrawScrollbar(dst, th, l.Rect, l.top*rh, n*rh)
	}
}
