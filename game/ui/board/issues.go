package board

import (
	"fmt"
	"image"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// newIssueBoard returns the issue board: one row per issue with its
// options in order (the current one lit), who controls it, what consent or
// vote its options need, public positions taken on it, and bars for what
// the player's own government makes of each option. Enter (or a second
// click) on an issue opens the statement dialog for it.
func newIssueBoard(b *Board) *rowList {
	l := newRowList("issues", b.paint, "No issues in this scenario.")
	l.Tip = "The issues at stake. Enter, or click twice, to take a public position on one, or to move it if you control it."
	l.Count = func() int {
		if b.snap == nil || b.snap.v == nil {
			return 0
		}
		return len(b.snap.v.Scenario.Issues)
	}
	l.RowH = func(th *ui.Theme, i, w int) int { return b.issueRowH(th, i, w) }
	l.version = func() int { return b.version }
	l.DrawRow = func(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs widget.RowState) {
		b.drawIssueRow(dst, th, i, r, rs)
	}
	l.RowTip = func(i int) string { return b.issueTip(i) }
	l.OnActivate = func(ctx *ui.Context, i int) { b.openStatement(ctx, i) }
	return l
}

// issueRules says in words what moving issue i needs: consent, votes.
func (b *Board) issueRules(i int) string {
	v := b.snap.v
	is := v.Scenario.Issues[i]
	var parts []string
	for _, r := range is.Consent {
		which := "Any change"
		if len(r.Options) > 0 {
			opts := make([]string, len(r.Options))
			for k, o := range r.Options {
				opts[k] = optionName(v, is.ID, o)
			}
			which = strings.Join(opts, " or ")
		}
		if len(r.Actors) > 0 {
			parts = append(parts, fmt.Sprintf("%s needs %s's consent", which, names(v, r.Actors)))
		}
		if rt := r.Ratification; rt != nil {
			s := fmt.Sprintf("%s needs a vote of the %s", which, rt.Body)
			if a := actorIndex(v, rt.Actor); a >= 0 {
				s += fmt.Sprintf(" (even odds at %.0f%% support; %s has %.0f%%)", rt.Threshold, shortName(v, rt.Actor), v.Support[a])
			}
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ". ")
}

// issueNameH is the height of issue i's name, wrapped at row width w: a
// long name takes two lines rather than losing its end.
func (b *Board) issueNameH(th *ui.Theme, i, w int) int {
	nameW := w - th.Pxi(ui.SpaceBlock+ui.SpaceGap) - th.Pxi(issueTokenW+ui.SpaceLine)
	return max(th.Pxi(issueNameMinH), b.paint.height(b.snap.v.Scenario.Issues[i].Short(), nameW, issueNameOpts(th)))
}

func issueNameOpts(th *ui.Theme) ui.TextOptions {
	return ui.TextOptions{Face: th.FaceOf(ui.FontMedium, 14), Wrap: true}
}

// issueRowH is the height of issue i's row at width w.
func (b *Board) issueRowH(th *ui.Theme, i, w int) int {
	h := th.Pxi(ui.SpaceLine+issueNameGap+issueTrackH+ui.SpaceLine) + th.Pxi(issueRowFoot) + b.issueNameH(th, i, w)
	if line := b.issueLine(th, i, w); line != "" {
		h += b.paint.height(line, w-th.Pxi(ui.SpaceSection), ui.TextOptions{Face: th.FaceOf(ui.FontRegular, 12)}) + th.Pxi(ui.SpaceSnug)
	}
	return h
}

// segmentsLabelled reports whether issue i's options are few enough, at
// row width w, to carry their names.
func (b *Board) segmentsLabelled(th *ui.Theme, i, w int) bool {
	opts := b.snap.v.Scenario.Issues[i].Options
	n := len(opts)
	if n == 0 {
		return false
	}
	segW := (w - th.Pxi(ui.SpaceSection) - th.Pxi(ui.SpaceTight)*(n-1)) / n
	// Every name must fit whole, in the smaller face at worst: a row of
	// "Build as…", "Freeze fo…" says less than the current option below.
	small := th.FaceOf(ui.FontMedium, 10.5)
	for _, o := range opts {
		if advance(o.Short(), small) > segW-th.Pxi(ui.SpaceSmall) {
			return false
		}
	}
	return true
}

// issueLine is the small print under an issue's options: the current
// option's name when the options are too many to label, and the rules.
func (b *Board) issueLine(th *ui.Theme, i, w int) string {
	v := b.snap.v
	line := b.issueRules(i)
	if !b.segmentsLabelled(th, i, w) && len(v.Scenario.Issues[i].Options) > 0 {
		now := "Now: " + v.Scenario.Issues[i].Options[v.Options[i]].Name + "."
		if line != "" {
			return now + " " + line + "."
		}
		return now
	}
	if line != "" {
		line += "."
	}
	return line
}

func (b *Board) drawIssueRow(dst *ebiten.Image, th *ui.Theme, i int, r image.Rectangle, rs widget.RowState) {
	pal := th.Palette
	v := b.snap.v
	is := v.Scenario.Issues[i]
	p := b.paint
	drawRowBack(dst, th, r, rs)
	x0, x1 := r.Min.X+th.Pxi(ui.SpaceBlock), r.Max.X-th.Pxi(ui.SpaceGap)
	y := r.Min.Y + th.Pxi(ui.SpaceLine)

	// Name, and the controller's token at the right.
	ctrl := v.Controller[i]
	tokenW := th.Pxi(issueTokenW)
	nameH := b.issueNameH(th, i, r.Dx())
	nameBox := image.Rect(x0, y, x1-tokenW-th.Pxi(ui.SpaceLine), y+nameH)
	no := issueNameOpts(th)
	no.Color = pal.Text
	// The label where the author gave one, wrapped rather than cut; the
	// full name is in the tooltip.
	p.text(dst, is.Short(), nameBox, no)
	if ctrl >= 0 && ctrl < len(v.Scenario.Actors) {
		a := v.Scenario.Actors[ctrl]
		c := actorColour(pal, a.Colour, ctrl)
		cx, cy := float64(x1-tokenW/2), float64(y)+th.Px(issueTokenR-1)
		disc(dst, cx, cy, th.Px(issueTokenR), c)
		if ctrl == v.Me {
			ring(dst, cx, cy, th.Px(issueTokenR), th.Px(focusStroke), pal.AccentBright)
		}
		fg := pal.Text
		if luminance(c) > 0.6 {
			fg = pal.Ink
		}
		box := image.Rect(x1-tokenW, y, x1, y+th.Pxi(issueNameMinH))
		p.line(dst, tokenCode(a.ID), box, th.FaceOf(ui.FontBold, 8), fg, ui.AlignCenter)
	}
	y += nameH + th.Pxi(issueNameGap)

	// The options, in order, the current one lit.
	n := len(is.Options)
	if n == 0 {
		return
	}
	track := image.Rect(x0, y, x1, y+th.Pxi(ui.SpaceWide))
	gap := th.Pxi(ui.SpaceTight)
	segW := (track.Dx() - gap*(n-1)) / n
	labelled := b.segmentsLabelled(th, i, r.Dx())
	cur := v.Options[i]
	move, moving := b.orders.find("move/" + is.ID)
	for j, o := range is.Options {
		sx := track.Min.X + j*(segW+gap)
		seg := image.Rect(sx, track.Min.Y, sx+segW, track.Max.Y)
		if j == n-1 {
			seg.Max.X = track.Max.X
		}
		fill, fg := ui.Mix(pal.Background, pal.Surface, 0.5), pal.TextMuted
		if j == cur {
			fill, fg = pal.Accent, pal.OnAccent
		}
		ui.FillRoundRect(dst, seg, th.Px(issueSegRadius), fill)
		if moving && move.Option == o.ID {
			ui.StrokeRoundRect(dst, seg, th.Px(issueSegRadius), th.Px(focusStroke), pal.Focus)
		}
		label := o.Short()
		if !labelled {
			label = ""
			if j == cur {
				label = "●"
			}
		}
		// A size down before an ellipsis: option names are often long.
		face := th.FaceOf(ui.FontMedium, 12)
		if advance(label, face) > seg.Dx()-th.Pxi(ui.SpaceSmall) {
			face = th.FaceOf(ui.FontMedium, 10.5)
		}
		p.line(dst, label, image.Rect(seg.Min.X+th.Pxi(ui.SpaceTight), seg.Min.Y, seg.Max.X-th.Pxi(ui.SpaceTight), seg.Max.Y), face, fg, ui.AlignCenter)
		// The player's own value of the option, as a thin bar below.
		if val, ok := b.snap.myValue(i, j); ok {
			vb := image.Rect(seg.Min.X+th.Pxi(ui.SpaceHair), seg.Max.Y+th.Pxi(ui.SpaceTight), seg.Max.X-th.Pxi(ui.SpaceHair), seg.Max.Y+th.Pxi(ui.SpaceSmall))
			ui.FillRect(dst, vb, ui.Fade(pal.Border, 0.5))
			vb.Max.X = vb.Min.X + int(float64(vb.Dx())*clamp01(val/100))
			ui.FillRect(dst, vb, ui.Fade(pal.Success, 0.9))
		}
		// Public positions: a dot in the stating actor's colour, hollow
		// for a refusal.
		k := 0
		for _, st := range v.Statements {
			if st.Issue != is.ID || st.Option != o.ID || st.Broken {
				continue
			}
			ai := actorIndex(v, st.Actor)
			c := actorColour(pal, "", 0)
			if ai >= 0 {
				c = actorColour(pal, v.Scenario.Actors[ai].Colour, ai)
			}
			cx := float64(seg.Max.X) - th.Px(ui.SpaceSmall) - float64(k)*th.Px(ui.SpaceLine)
			cy := float64(seg.Min.Y) + th.Px(ui.MetricBorder)
			disc(dst, cx, cy, th.Px(stanceHalo), pal.Background)
			if st.Oppose {
				ring(dst, cx, cy, th.Px(stanceR), th.Px(focusStroke), c)
			} else {
				disc(dst, cx, cy, th.Px(stanceDot), c)
			}
			k++
		}
	}
	y = track.Max.Y + th.Pxi(ui.SpaceLine)
	if line := b.issueLine(th, i, r.Dx()); line != "" {
		box := image.Rect(x0, y, x1, r.Max.Y-th.Pxi(ui.SpaceSmall))
		p.text(dst, line, box, ui.TextOptions{Face: th.FaceOf(ui.FontRegular, 12), Color: pal.TextMuted, Wrap: true})
	}
}

// issueTip is the tooltip of issue i: everything the row abbreviates.
func (b *Board) issueTip(i int) string {
	v := b.snap.v
	is := v.Scenario.Issues[i]
	var sb strings.Builder
	if is.Label != "" {
		sb.WriteString(is.Name + ". ") // the row shows only the label
	}
	if is.Description != "" {
		sb.WriteString(is.Description + " ")
	}
	cur := v.Options[i]
	fmt.Fprintf(&sb, "Now: %s. Decided by %s.", is.Options[cur].Name, shortName(v, v.Scenario.Actors[v.Controller[i]].ID))
	var vals []string
	for j, o := range is.Options {
		if val, ok := b.snap.myValue(i, j); ok {
			vals = append(vals, fmt.Sprintf("%s %.0f", o.Name, val))
		}
	}
	if len(vals) > 0 {
		sb.WriteString(" What it is worth to you: " + strings.Join(vals, ", ") + ".")
	}
	if r := b.issueRules(i); r != "" {
		sb.WriteString(" " + r + ".")
	}
	for _, st := range v.Statements {
		if st.Issue == is.ID && !st.Broken {
			verb := "insists on"
			if st.Oppose {
				verb = "rules out"
			}
			fmt.Fprintf(&sb, " %s %s %s.", shortName(v, st.Actor), verb, optionName(v, st.Issue, st.Option))
		}
	}
	if v.Controller[i] == v.Me {
		sb.WriteString(" You control it: Enter to move it or take a position.")
	} else {
		sb.WriteString(" Enter to take a public position on it.")
	}
	return sb.String()
}

// issueLegendH is the height of the key under the issue board.
const issueLegendH = 22

// drawIssueLegend explains the issue board's marks: the value bars and
// the public stances.
func (b *Board) drawIssueLegend(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	body := cardBody(th, b.lay.Issues)
	r := image.Rect(body.Min.X+th.Pxi(ui.SpaceSnug), body.Max.Y-th.Pxi(issueLegendH)+th.Pxi(ui.SpaceSnug), body.Max.X, body.Max.Y)
	ui.HLine(dst, r.Min.X, r.Max.X, r.Min.Y-th.Pxi(ui.SpaceTight), th.Px(ui.MetricBorder), ui.Fade(pal.Border, 0.7))
	face := th.FaceOf(ui.FontRegular, 11)
	cy := r.Min.Y + r.Dy()/2
	x := r.Min.X
	ui.FillRect(dst, image.Rect(x, cy-th.Pxi(ui.MetricBorder), x+th.Pxi(legendKeyW), cy+th.Pxi(ui.SpaceHair)), pal.Success)
	x += th.Pxi(legendKeyW + issueNameGap)
	t1 := "worth to you"
	b.paint.line(dst, t1, image.Rect(x, r.Min.Y, min(r.Max.X, x+advance(t1, face)+2), r.Max.Y), face, pal.TextMuted, ui.AlignStart)
	x += advance(t1, face) + th.Pxi(ui.MetricPad)
	disc(dst, float64(x)+th.Px(stanceHalo), float64(cy), th.Px(stanceR), pal.TextMuted)
	ring(dst, float64(x)+th.Px(ui.MetricPad), float64(cy), th.Px(stanceR), th.Px(focusStroke), pal.TextMuted)
	x += th.Pxi(ui.SpaceWide)
	b.paint.line(dst, "stated for / against", image.Rect(x, r.Min.Y, r.Max.X, r.Max.Y), face, pal.TextMuted, ui.AlignStart)
}
