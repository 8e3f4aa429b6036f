package widget

import (
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
)

// PageFaces returns the faces a page-size Doc draws with (the briefing's,
// the debrief's), for the browser's start to rasterise their common
// glyphs before the first screen (see ui.Theme.GlyphParts).
func PageFaces(th *ui.Theme) []text.Face {
	var out []text.Face
	for k := prose.Para; k <= prose.Space; k++ {
		out = append(out, DocPage.face(th, k))
	}
	return out
}
