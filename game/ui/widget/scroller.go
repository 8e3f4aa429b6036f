package widget

import (
	"image"

	"backchannel/game/ui"
)

// Scroller is the vertical scrolling every scrolling view embeds: the
// wheel over the view, and the arrow, page, Home and End keys (and Enter,
// a page on) while it has focus.
type Scroller struct {
	Offset int // pixels scrolled
	Height int // the content's height, set by the view each Update
}

// UpdateScroll scrolls view by this tick's input; line is the distance of
// one arrow key.
func (s *Scroller) UpdateScroll(in *ui.Input, st State, view image.Rectangle, line int) {
	page := max(line, view.Dy()-2*line)
	d := 0
	if _, dy := in.Wheel(); st.Hovered && dy != 0 {
		d -= int(dy * 3 * float64(line))
	}
	if st.Focused {
		switch {
		case in.Consume(ui.ActionUp):
			d = -line
		case in.Consume(ui.ActionDown):
			d = line
		case in.Consume(ui.ActionPageUp):
			d = -page
		case in.Consume(ui.ActionPageDown), in.Consume(ui.ActionActivate):
			d = page
		case in.Consume(ui.ActionHome):
			d = -s.Offset
		case in.Consume(ui.ActionEnd):
			d = s.Height
		}
	}
	s.Offset = max(0, min(s.Offset+d, s.Height-view.Dy()))
}
