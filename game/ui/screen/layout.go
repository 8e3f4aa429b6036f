package screen

import (
	"image"

	"backchannel/game/ui"
)

// layoutKey remembers the screen size and scale a layout was made for, so
// screens lay out again only when either changes.
type layoutKey struct {
	size  image.Point
	scale float64
}

// changed reports whether ctx differs from the last layout, and records it.
func (k *layoutKey) changed(ctx *ui.Context) bool {
	if k.size == ctx.Size && k.scale == ctx.Theme.Scale {
		return false
	}
	k.size, k.scale = ctx.Size, ctx.Theme.Scale
	return true
}
