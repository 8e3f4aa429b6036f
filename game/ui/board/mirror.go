package board

import (
	"fmt"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// Describe implements ui.Describer, for the browser's screen-reader
// mirror: whose desk, which turn, the focused panel, and the inbox as it
// stands (the mirror announces the items it has not announced before).
func (b *Board) Describe() ui.Description {
	d := b.form.Describe()
	if b.snap == nil {
		return d
	}
	v := b.snap.v
	d.Seat = v.Actor
	d.Title = fmt.Sprintf("%s's desk: turn %d of %d, %s", v.Scenario.Actors[v.Me].Name, v.Turn, v.Turns, v.Date.Pretty())
	if b.toast != "" && b.tick < b.toastUntil {
		d.News = append(d.News, b.toast)
	}
	for _, it := range b.inbox.all {
		s := it.title
		if it.tag != "" {
			s = it.tag + ": " + s
		}
		if it.sub != "" {
			s += ". " + it.sub
		}
		d.News = append(d.News, s)
	}
	return d
}

// Spoken implements widget.Speaker.
func (bt *button) Spoken() string { return bt.text + ", button" }

// Describe implements ui.Describer: a modal's title, its note and focus.
func (m *modal) Describe() ui.Description {
	d := m.form.Describe()
	d.Dialog = m.title
	if m.note != "" {
		d.Dialog += ". " + m.note
	}
	return d
}

var _ widget.Speaker = (*button)(nil)
