package flow

import (
	"fmt"
	"strings"

	"backchannel/game/turns"
	"backchannel/game/ui"
)

// The flow's screens described for the browser's screen-reader mirror:
// each gives the title it draws and the focus of its form (see
// ui.Description).

// The headings of the flow's full screens, shared by Draw and Describe.
const (
	chooseTitle  = "New game"
	loadTitle    = "Load game"
	saveTitle    = "Save game"
	debriefTitle = "Debrief"
	replayTitle  = "Replay"
)

// Describe implements ui.Describer.
func (h *home) Describe() ui.Description { return h.title.Describe() }

// Describe implements ui.Describer: with the chosen scenario's summary,
// or why it cannot be played.
func (c *choose) Describe() ui.Description {
	d := titled(c.form.Describe(), chooseTitle)
	d.Detail = c.about.Blocks.String()
	return d
}

// Describe implements ui.Describer.
func (l *loadScreen) Describe() ui.Description { return titled(l.form.Describe(), loadTitle) }

// Describe implements ui.Describer.
func (s *saveScreen) Describe() ui.Description { return titled(s.form.Describe(), saveTitle) }

// Describe implements ui.Describer.
func (d *debriefScreen) Describe() ui.Description { return titled(d.form.Describe(), debriefTitle) }

// Describe implements ui.Describer.
func (r *replayScreen) Describe() ui.Description { return titled(r.form.Describe(), replayTitle) }

// Describe implements ui.Describer: with the briefing's text.
func (b *briefing) Describe() ui.Description {
	d := titled(b.form.Describe(), b.title())
	d.Detail = b.briefV.Blocks.String()
	return d
}

// title is the briefing's heading.
func (b *briefing) title() string { return "Briefing: " + b.m.Actor(b.actor).Name }

// Describe implements ui.Describer: the pause menu is a dialog over the
// board.
func (p *pause) Describe() ui.Description {
	d := p.form.Describe()
	d.Dialog = "Paused. " + p.t.m.Describe()
	return d
}

// Describe implements ui.Describer.
func (h *handover) Describe() ui.Description {
	return titled(h.form.Describe(), "Hot seat: pass the laptop to "+h.m.Actor(h.actor).Name)
}

// Describe implements ui.Describer: the board of the seat playing, or
// nothing between seats.
func (t *table) Describe() ui.Description {
	if d, ok := t.boards[t.cur].(ui.Describer); ok && t.cur != "" {
		return d.Describe()
	}
	return ui.Description{}
}

// Describe implements ui.Describer: the morning paper, each story once.
func (r *results) Describe() ui.Description {
	p := r.news
	edition := fmt.Sprintf("turn %d of %d", p.Turn, p.Turns)
	if p.Over {
		edition = "final edition"
	}
	d := titled(r.form.Describe(), fmt.Sprintf("%s, %s, %s", Masthead, p.Date.Pretty(), edition))
	d.Seat = r.actor
	if p.Lead != nil {
		d.News = append(d.News, storyWords(*p.Lead))
	}
	for _, list := range [][]turns.Story{p.Stories, p.Briefs, p.Desk} {
		for _, s := range list {
			d.News = append(d.News, storyWords(s))
		}
	}
	return d
}

// storyWords is a story as one sentence or two.
func storyWords(s turns.Story) string {
	if s.Text == "" || s.Text == s.Headline {
		return s.Headline
	}
	return strings.TrimSuffix(s.Headline, ".") + ". " + s.Text
}

func titled(d ui.Description, title string) ui.Description {
	d.Title = title
	return d
}
