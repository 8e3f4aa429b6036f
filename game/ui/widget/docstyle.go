package widget

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
)

// DocSize is the type size of a Doc: a full page's, a side column's, or a
// panel's on the board, where space is short.
type DocSize int

// The sizes of Doc.
const (
	DocPage  DocSize = iota // a screen's page: the briefing, the debrief
	DocSide                 // a narrower column beside a page
	DocPanel                // a panel of the board: the inbox, the analyst
	DocNews                 // the morning paper: headlines, stories, briefs
)

// face is the face of a block of kind k.
func (s DocSize) face(th *ui.Theme, k prose.Kind) text.Face {
	switch k {
	case prose.Title:
		k = prose.Heading // a page's title is its screen's; in a document it is one more heading
	case prose.Table:
		k = prose.Para // a row a line
	}
	if s == DocPanel {
		switch k {
		case prose.Heading:
			return th.FaceOf(ui.FontSmallcaps, 18)
		case prose.Caption:
			return th.FaceOf(ui.FontSmallcaps, 14)
		case prose.Meta:
			return th.FaceOf(ui.FontRegular, 12)
		case prose.Quote:
			return th.FaceOf(ui.FontMono, 13)
		case prose.Note:
			return th.FaceOf(ui.FontItalic, 14)
		case prose.Strong:
			return th.FaceOf(ui.FontBold, 14)
		}
		return th.FaceOf(ui.FontRegular, 14)
	}
	if s == DocNews {
		return newsFace(th, k)
	}
	if s == DocSide {
		switch k {
		case prose.Para, prose.Bullet, prose.Row:
			return th.FaceOf(ui.FontRegular, 15)
		case prose.Note:
			return th.FaceOf(ui.FontItalic, 15)
		case prose.Strong:
			return th.FaceOf(ui.FontBold, 15)
		}
	}
	switch k {
	case prose.Heading, prose.Caption:
		return th.Face(ui.TextCaption)
	case prose.Strong:
		return th.FaceOf(ui.FontBold, 17)
	case prose.Note:
		return th.Face(ui.TextBodyItalic)
	case prose.Meta:
		return th.Face(ui.TextSmall)
	case prose.Quote:
		return th.FaceOf(ui.FontMono, 15)
	}
	return th.Face(ui.TextBody)
}

// newsFace is the face of a block of kind k in the paper: a lead's
// headline (Heading), a story's (Strong), the news in brief (Bullet) and
// the confidential desk's typed reports (Quote).
func newsFace(th *ui.Theme, k prose.Kind) text.Face {
	switch k {
	case prose.Heading:
		return th.FaceOf(ui.FontBold, 34)
	case prose.Strong:
		return th.FaceOf(ui.FontBold, 22)
	case prose.Caption:
		return th.Face(ui.TextCaption)
	case prose.Note:
		return th.Face(ui.TextBodyItalic)
	case prose.Meta:
		return th.FaceOf(ui.FontItalic, 14)
	case prose.Bullet:
		return th.FaceOf(ui.FontRegular, 15)
	case prose.Quote:
		return th.FaceOf(ui.FontMono, 14)
	}
	return th.Face(ui.TextBody)
}

// gapBefore is the space above a block of kind k after one of kind prev.
func (s DocSize) gapBefore(th *ui.Theme, k, prev prose.Kind) int {
	if s == DocNews {
		return newsGap(th, k, prev)
	}
	if s == DocPanel {
		switch k {
		case prose.Caption:
			return th.Pxi(ui.SpaceBlock)
		case prose.Quote, prose.Para, prose.Note:
			return th.Pxi(ui.SpaceSmall)
		case prose.Bullet, prose.Row:
			return th.Pxi(ui.SpaceTight)
		}
		return th.Pxi(ui.SpaceHair)
	}
	switch {
	case k == prose.Title || k == prose.Heading || k == prose.Caption:
		return th.Pxi(ui.SpaceSection)
	case k == prose.Bullet && prev == prose.Bullet:
		return th.Pxi(ui.SpaceTight)
	case k == prose.Meta:
		return th.Pxi(ui.SpaceHair)
	case k == prose.Para && prev == prose.Para:
		return th.Pxi(ui.SpaceBlock)
	}
	return th.Pxi(ui.SpaceLine)
}

// newsGap is the space above a block of kind k after one of kind prev in
// the paper: a story's parts close together, stories apart by a rule.
func newsGap(th *ui.Theme, k, prev prose.Kind) int {
	switch {
	case k == prose.Caption:
		return th.Pxi(ui.SpaceSection)
	case prev == prose.Heading:
		return th.Pxi(ui.SpaceGap)
	case prev == prose.Strong || prev == prose.Caption:
		return th.Pxi(ui.SpaceSmall)
	case k == prose.Rule:
		return th.Pxi(ui.MetricPad)
	case k == prose.Bullet || k == prose.Quote || k == prose.Meta:
		return th.Pxi(ui.SpaceSmall)
	}
	return th.Pxi(ui.SpaceBlock)
}

// indent is how far bullets sit in.
func (s DocSize) indent(th *ui.Theme) int {
	if s == DocPanel || s == DocNews {
		return th.Pxi(ui.SpaceIndent)
	}
	return th.Pxi(ui.SpaceSection)
}

// ruled reports whether headings of kind k have a rule under them: on a
// page they do, dividing its sections; a panel is too small for that, and
// the paper has rules of its own between stories.
func (s DocSize) ruled(k prose.Kind) bool {
	return s != DocPanel && s != DocNews && (k == prose.Title || k == prose.Heading || k == prose.Caption)
}

// margins are the space around the text: left, top, right (with the
// scrollbar's lane) and bottom.
func (s DocSize) margins(th *ui.Theme, paper bool) (l, t, r, b int) {
	if s == DocNews {
		// The sheet has its own margins: the page's hold only the clip's
		// edge and, at the right, the scrollbar.
		edge := th.Pxi(ui.SpaceSnug)
		return edge, edge, th.Pxi(ui.MetricPad), edge
	}
	if s != DocPanel {
		pad := th.Pxi(ui.MetricPad)
		return pad, pad, pad + th.Pxi(ui.SpaceGap), pad
	}
	pad := th.Pxi(ui.SpaceGap)
	if paper {
		return pad, pad, pad, pad
	}
	// On navy the text runs to the edges, but for the scrollbar's lane.
	return pad / 3, pad / 3, pad, pad / 3
}

// colour is the ink of tone t, on paper or on navy.
func (s DocSize) colour(th *ui.Theme, paper bool, t prose.Tone) color.RGBA {
	p := th.Palette
	if paper {
		switch t {
		case prose.Muted:
			return ui.Mix(p.Paper, p.Ink, 0.62)
		case prose.Accent:
			return ui.Mix(p.Accent, p.Ink, 0.55)
		case prose.Bad:
			return ui.Mix(p.Danger, p.Ink, 0.25)
		case prose.Good:
			return ui.Mix(p.Success, p.Ink, 0.45)
		}
		return p.Ink
	}
	switch t {
	case prose.Muted:
		return p.TextMuted
	case prose.Accent:
		return p.Accent
	case prose.Bad:
		return ui.Mix(p.Danger, p.Text, 0.25)
	case prose.Good:
		return p.Success
	}
	return p.Text
}

// headingColour is the ink of a heading or caption of neutral tone: the
// accent, but on a page's paper a dark ink (the accent is too light for
// long titles there) and on a panel's navy the plain text colour for an
// item's own title.
func (s DocSize) headingColour(th *ui.Theme, paper bool, k prose.Kind) color.RGBA {
	p := th.Palette
	switch {
	case s == DocNews:
		return p.Ink
	case s != DocPanel && paper:
		return ui.Mix(p.Paper, p.Ink, 0.85)
	case s == DocPanel && !paper && k == prose.Heading:
		return p.Text
	}
	return s.colour(th, paper, prose.Accent)
}
