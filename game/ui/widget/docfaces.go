package widget

import (
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
)

// PageFaces returns the faces a page-size Doc and a side column draw with
// (the briefing's two columns, the debrief's), for the browser's start to
// rasterise their common glyphs before the first screen (see
// ui.Theme.GlyphParts). The kinds after Space draw in the faces of those
// before it.
func PageFaces(th *ui.Theme) []text.Face {
	var out []text.Face
	for _, s := range []DocSize{DocPage, DocSide} {
		for k := prose.Para; k <= prose.Space; k++ {
			out = append(out, s.face(th, k))
		}
	}
	return out
}
