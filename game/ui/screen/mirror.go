package screen

import "backchannel/game/ui"

// The screens' descriptions for the browser's screen-reader mirror: the
// title each draws and the focus of its form.

// Describe implements ui.Describer.
func (t *Title) Describe() ui.Description {
	d := t.form.Describe()
	d.Title = "Backchannel: " + GameSubtitle
	return d
}

// Describe implements ui.Describer.
func (h *Help) Describe() ui.Description {
	d := h.form.Describe()
	d.Title = helpTitle
	return d
}

// Describe implements ui.Describer.
func (s *Settings) Describe() ui.Description {
	d := s.form.Describe()
	d.Title = settingsTitle
	return d
}

// The headings of the help and settings screens.
const (
	helpTitle     = "Help"
	settingsTitle = "Settings"
)
