package flow

import (
	"image"
	"image/color"
	"strconv"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
)

// Measures of a full screen at scale 1 that are not spacings: its margin
// and top, in a roomy and in a narrow or short window; the footer's height
// from the window's foot, and from its row to the middle of its button;
// the narrowest footer button; how far a header's rule runs past its title.
const (
	pageMargin      = 64
	pageMarginSmall = 44
	pageTop         = 56
	pageTopSmall    = 36
	footerH         = 56
	footerMid       = 11
	footerButtonW   = 150
	headerTail      = 40
	pageGutter      = 28 // between a screen's list and its page
	underBar        = 18 // under a row of tabs or the replay's track
	listDot         = 7  // an actor's dot in a list of actors
	listDotRoom     = 32 // where the name starts, right of its dot
)

// pageFrame is where a full screen of the flow lays out: its margin and
// the top of its header, worked out again only when the window's size or
// the scale changed. Screens embed it.
type pageFrame struct {
	lay    ui.LayoutKey
	margin int
	top    int // the top of the header
}

// place lays the frame out for ctx. ok is false when nothing changed since
// the last layout; else top is gap pixels (at scale 1) below the header
// and bottom a little above the key hints: the body's rows.
func (p *pageFrame) place(ctx *ui.Context, gap float64) (top, bottom int, ok bool) {
	if !p.lay.Changed(ctx) {
		return 0, 0, false
	}
	th := ctx.Theme
	p.margin, p.top = frame(ctx)
	return p.top + headerHeight(th) + th.Pxi(gap), footerY(th, ctx.Size.Y) - th.Pxi(ui.SpaceLoose), true
}

// headerHeight is the height screen.DrawHeader takes.
func headerHeight(th *ui.Theme) int {
	return int(th.LineHeight(ui.TextTitle)) + th.Pxi(ui.SpaceBlock) + int(th.LineHeight(ui.TextSmall))
}

// footerY is the top of the key-hint row at the foot of a screen of
// height h, as on the title, settings and help screens.
func footerY(th *ui.Theme, h int) int { return h - th.Pxi(footerH) }

// frame is the margin and top of a full screen, narrower on small windows
// as the help screen does.
func frame(ctx *ui.Context) (margin, top int) {
	th := ctx.Theme
	margin, top = th.Pxi(pageMargin), th.Pxi(pageTop)
	if float64(ctx.Size.X)/th.Scale < 1100 {
		margin = th.Pxi(pageMarginSmall)
	}
	if float64(ctx.Size.Y)/th.Scale < 700 {
		top = th.Pxi(pageTopSmall)
	}
	return margin, top
}

// endTurnReach is how far from the right edge the board's End turn
// button may reach, at scale 1, with its count of letters to answer.
const endTurnReach = 330

// footerBeforeBoard places the button of a screen that leads to the board:
// in the footer row after its key hints (which end at left), centred in
// the room left before where End turn will appear, never under it, so a
// second click while the board loads does no harm.
func footerBeforeBoard(th *ui.Theme, b interface {
	PreferredSize(*ui.Theme) image.Point
	SetBounds(image.Rectangle)
}, left, screenW, screenH int) image.Rectangle {
	bw := max(b.PreferredSize(th).X, th.Pxi(footerButtonW))
	left += th.Pxi(ui.SpaceWide)
	right := screenW - th.Pxi(endTurnReach)
	x := left + bw
	if right-left > bw {
		x = (left + right + bw) / 2
	}
	return footerButton(th, b, x, screenH)
}

// footerButton places a button at the right of the footer row, ending at x.
func footerButton(th *ui.Theme, b interface {
	PreferredSize(*ui.Theme) image.Point
	SetBounds(image.Rectangle)
}, x, screenH int) image.Rectangle {
	btnH := th.Pxi(ui.MetricControlH)
	by := footerY(th, screenH) + th.Pxi(footerMid) - btnH/2
	bw := max(b.PreferredSize(th).X, th.Pxi(footerButtonW))
	r := image.Rect(x-bw, by, x, by+btnH)
	b.SetBounds(r)
	return r
}

// drawPage paints the backdrop, a header and key hints: the frame every
// full screen of the flow shares with the title, settings and help.
func drawPage(dst *ebiten.Image, th *ui.Theme, title, subtitle string, margin, top int, hints []screen.Hint) {
	screen.DrawBackdrop(dst, th)
	screen.DrawHeader(dst, th, title, subtitle, margin, top)
	if len(hints) > 0 {
		screen.DrawHints(dst, th, hints, margin, footerY(th, dst.Bounds().Max.Y), ui.AlignStart)
	}
}

// actorColour is the colour of actor a: the scenario's own, or, with the
// colour-blind palette, the palette's, which stays distinguishable.
func actorColour(th *ui.Theme, s *game.Scenario, a int) color.RGBA {
	p := th.Palette
	fallback := p.Actors[a%len(p.Actors)]
	if p.Name == ui.ColourBlindPalette().Name || a < 0 || a >= len(s.Actors) {
		return fallback
	}
	if c, ok := parseHex(s.Actors[a].Colour); ok {
		return c
	}
	return fallback
}

// parseHex reads "#rrggbb".
func parseHex(s string) (color.RGBA, bool) {
	s = strings.TrimPrefix(s, "#")
	if len(s) != 6 {
		return color.RGBA{}, false
	}
	v, err := strconv.ParseUint(s, 16, 32)
	if err != nil {
		return color.RGBA{}, false
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, true
}

// actorName returns the display name of an actor id.
func actorName(s *game.Scenario, id string) string {
	for _, a := range s.Actors {
		if a.ID == id {
			return a.Name
		}
	}
	return id
}

// actorIndex returns the index of an actor id, or -1.
func actorIndex(s *game.Scenario, id string) int {
	for i, a := range s.Actors {
		if a.ID == id {
			return i
		}
	}
	return -1
}

// drawDot draws a filled circle of radius r centred at (cx, cy), a
// country's colour marker.
func drawDot(dst *ebiten.Image, th *ui.Theme, cx, cy, r int, clr color.RGBA) {
	ui.FillRoundRect(dst, image.Rect(cx-r, cy-r, cx+r, cy+r), float64(r), clr)
	ui.StrokeRoundRect(dst, image.Rect(cx-r, cy-r, cx+r, cy+r), float64(r), th.Px(ui.MetricBorder), ui.Fade(th.Palette.Text, 0.5))
}

// fitSubtitle picks the first of the subtitles that fits beside title in a
// header drawn by screen.DrawHeader at margin on a screen w pixels wide:
// the header does not clip, so long ones must give way to shorter ones.
func fitSubtitle(th *ui.Theme, w, margin int, title string, subtitles ...string) string {
	avail := float64(w-2*margin) - text.Advance(title, th.Face(ui.TextTitle)) - th.Px(headerTail+ui.MetricPad)
	small := th.Face(ui.TextSmall)
	for _, s := range subtitles {
		if text.Advance(s, small) <= avail {
			return s
		}
	}
	return ""
}

// confirmOr runs done when Enter confirms the screen, else opens the help
// or the settings when asked: the keys of a screen that leads on.
func confirmOr(ctx *ui.Context, done func(*ui.Context)) {
	if ctx.Input.Consume(ui.ActionConfirm) {
		done(ctx)
		return
	}
	screen.OpenHelpOrSettings(ctx)
}
