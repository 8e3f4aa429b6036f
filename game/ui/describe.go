package ui

import "slices"

// Description is a screen in words: what the page's hidden mirror gives
// screen readers, to which the canvas is only pixels. Screens fill it from
// the same state they draw.
type Description struct {
	Title  string `json:"title"`  // the screen's heading
	Focus  string `json:"focus"`  // the focused control: its label, its kind and its state
	Tip    string `json:"tip"`    // the focused control's tooltip
	Dialog string `json:"dialog"` // an open dialog: its title and its text
	// Detail is the screen's main text beside its controls, when it shows
	// one: a scenario's summary, or why it cannot be played; a briefing.
	Detail string `json:"detail"`
	// Seat is the government whose desk the screen shows, "" for none. The
	// mirror forgets the news it holds when the seat changes, so that in
	// hot-seat play the next player cannot read the last one's letters.
	Seat string `json:"seat"`
	// News is the inbox items and headlines on show. The mirror announces
	// each one once, when it first appears.
	News []string `json:"news"`
	// AtFirst and AtLast say that focus is on the first or the last
	// control of the screen, so that Shift+Tab or Tab there leaves the game
	// for the page's own controls instead of going round.
	AtFirst bool `json:"atFirst"`
	AtLast  bool `json:"atLast"`
}

// Describer is a Scene that can describe itself.
type Describer interface {
	Describe() Description
}

// Equal reports whether d and e say the same.
func (d Description) Equal(e Description) bool {
	return d.Title == e.Title && d.Focus == e.Focus && d.Tip == e.Tip && d.Dialog == e.Dialog && d.Detail == e.Detail && d.Seat == e.Seat &&
		d.AtFirst == e.AtFirst && d.AtLast == e.AtLast && slices.Equal(d.News, e.News)
}

// describe composes the stack's description: the title of the uppermost
// screen that names one, the dialog on top, the focus of the top scene
// (a dialog takes the focus from the screen beneath), and the news of all.
func (m *sceneStack) describe() Description {
	var out Description
	for i, s := range m.scenes {
		ds, ok := s.(Describer)
		if !ok {
			continue
		}
		d := ds.Describe()
		if d.Title != "" {
			out.Title, out.Detail, out.Seat = d.Title, d.Detail, d.Seat
		}
		out.News = append(out.News, d.News...)
		if i == len(m.scenes)-1 {
			out.Focus, out.Tip, out.Dialog, out.AtFirst, out.AtLast = d.Focus, d.Tip, d.Dialog, d.AtFirst, d.AtLast
		}
	}
	return out
}
