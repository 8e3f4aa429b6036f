package board

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// actorFinder is the analyst's "Study" control when the governments do
// not fit its title strip as chips: a search box in the strip, which lists
// the governments over the panel's page while the player types or picks
// with the mouse. Closed, Up and Down step through the governments with
// the page in view; Enter or a click opens the list, and Enter or a click
// on a row chooses and closes it.
type actorFinder struct {
	*widget.SearchList
	strip, body image.Rectangle
	open        bool
	// onOpen tells the panel that the list opened or closed, so that it
	// hides or shows the page under it.
	onOpen func(open bool)
}

func newActorFinder(onSelect func(i int), onOpen func(open bool)) *actorFinder {
	f := &actorFinder{onOpen: onOpen}
	f.SearchList = widget.NewSearchList(widget.SearchListConfig{Name: "governments", Placeholder: "Study",
		Empty:   "No government holds those words.",
		Tooltip: "Choose whom to study: type part of a name, or Up and Down; Enter or a click opens the list.",
		OnSelect: func(_ *ui.Context, i int) {
			if i >= 0 { // a search that finds no one keeps the page on whom it was about
				onSelect(i)
			}
		},
		OnChoose: func(*ui.Context, int) { f.setOpen(!f.open) }})
	// In a list that drops down, one click on a row chooses it.
	f.List.OnClick = func(ctx *ui.Context, k int, _ image.Point) bool {
		f.List.Select(ctx, k)
		onSelect(f.Selected())
		f.setOpen(false)
		return true
	}
	return f
}

// place puts the box in the strip and, while open, the list over body.
func (f *actorFinder) place(strip, body image.Rectangle) {
	f.strip, f.body = strip, body
	f.SearchList.Place(strip, strip.Dy())
	if f.open {
		f.Rect = strip.Union(body)
		f.List.SetBounds(body)
	}
}

// setOpen opens or closes the list. Closing empties the search, so that
// the box names whom the page is about again; opening shows the government
// studied in the list's room.
func (f *actorFinder) setOpen(open bool) {
	if open == f.open {
		return
	}
	f.open = open
	f.onOpen(open) // the list gets its room before it is scrolled
	sel := f.Selected()
	if !open {
		f.Clear()
	}
	f.SetItems(f.Items) // shown again from the top, in the list's new room
	f.Select(sel)
}

// Update implements widget.Widget: typing, or a click on the box, opens
// the list; losing the keyboard closes it.
func (f *actorFinder) Update(ctx *ui.Context, st widget.State) {
	in := ctx.Input
	switch {
	case !st.Focused:
		f.setOpen(false)
	case in.ButtonPressed(ebiten.MouseButtonLeft) && in.Cursor().In(f.strip):
		f.setOpen(true)
	}
	q := f.Query()
	f.SearchList.Update(ctx, st)
	if now := f.Query(); now != q && now != "" {
		f.setOpen(true) // typed, by whatever input method (choosing empties it)
	}
}

// Draw implements widget.Widget: the box, and the list while open.
func (f *actorFinder) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	if !f.open {
		f.Field.Draw(dst, th, st)
		return
	}
	f.SearchList.Draw(dst, th, st)
}
