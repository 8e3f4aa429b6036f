package ui

import "image"

// LayoutKey remembers the window size and scale a layout was made for, so
// that a screen lays out again only when either changes. Screens embed one.
type LayoutKey struct {
	size  image.Point
	scale float64
}

// Changed reports whether ctx differs from the last layout, and records it.
func (k *LayoutKey) Changed(ctx *Context) bool {
	if k.size == ctx.Size && k.scale == ctx.Theme.Scale {
		return false
	}
	k.size, k.scale = ctx.Size, ctx.Theme.Scale
	return true
}
