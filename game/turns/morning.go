package turns

import (
	"cmp"
	"strings"

	"backchannel/game"
	"backchannel/game/ui/wording"
)

// Story is one item of the morning paper.
type Story struct {
	Kind     game.EntryKind
	Headline string
	Text     string
}

// Morning is the front page a player reads after a turn resolved: the
// public news of the resolution and the new morning, and, apart, what only
// that player knows.
type Morning struct {
	Turn, Turns int
	Date        game.Date
	Over        bool
	Days        int     // how long the turn just played lasted
	Lead        *Story  // the day's biggest story, if any
	Stories     []Story // other headlines
	Briefs      []Story // other public news, in a line or two
	Desk        []Story // private: letters, replies, intelligence, beliefs
	More        int     // items left out for room
}

// Quiet returns the front page's headline and standfirst when no story
// made it: a quiet span, or, when the news in brief has items, a page
// without a front-page story (not "no news", beside a column of it).
// ok is false when there is a story to lead with.
func (m Morning) Quiet() (headline, text string, ok bool) {
	if m.Lead != nil || len(m.Stories) > 0 {
		return "", "", false
	}
	span := game.SpanWord(max(m.Days, 1))
	if len(m.Briefs) > 0 {
		return "Nothing for the front page", "Minor public news is listed in brief, at the right; " +
			"what moved in private is in your inbox and the analyst panel.", true
	}
	return "A quiet " + span, "No government made news in public. What moved, moved behind closed doors: " +
		"check your inbox and the analyst panel.", true
}

// Limits of the front page: the rest waits in the inbox.
const (
	maxStories = 3
	maxBriefs  = 10
	maxDesk    = 8
)

// MorningFor builds actor's front page from the log entries after from:
// the latest resolution and the morning that followed it.
func MorningFor(g *game.Game, actor string, from int) Morning {
	m := Morning{Turn: g.Turn, Turns: g.TurnsTotal(), Date: g.Date, Over: g.Over}
	played := g.Turn - 1
	if g.Over {
		played = g.Turn // the last turn resolved without a new morning
	}
	m.Days = g.Scen.Calendar.DaysOfTurn(max(played, 1))
	from = min(max(from, 0), len(g.Log))
	var heads []Story
	for _, e := range g.Log[from:] {
		if !e.VisibleTo(actor) || Routine(e.Kind) {
			continue
		}
		s := Story{Kind: e.Kind, Headline: wording.Numbers(e.Headline), Text: PlayerWords(g, actor, strings.TrimSpace(e.Text))}
		switch {
		case !e.Public:
			m.Desk = appendCapped(m.Desk, s, maxDesk, &m.More)
		case s.Headline != "":
			heads = append(heads, s)
		default:
			m.Briefs = appendCapped(m.Briefs, s, maxBriefs, &m.More)
		}
	}
	if lead := pickLead(heads); lead >= 0 {
		l := heads[lead]
		m.Lead = &l
		heads = append(heads[:lead:lead], heads[lead+1:]...)
	}
	for _, h := range heads {
		m.Stories = appendCapped(m.Stories, h, maxStories, &m.More)
	}
	return m
}

// PlayerWords says an engine text as actor's player reads it: offers named
// by their senders rather than their ids, numbers without trailing zeros.
func PlayerWords(g *game.Game, actor, text string) string {
	return wording.Cause(text, func(id string) string {
		for _, o := range g.Offers {
			if o.ID == id {
				name := o.From
				if i := g.ActorIndex(o.From); i >= 0 {
					name = cmp.Or(g.Scen.Actors[i].Short, g.Scen.Actors[i].Name)
				}
				return wording.Possessive(name, o.From == actor) + " offer"
			}
		}
		return ""
	})
}

// Routine reports whether entries of kind k are the calendar's ticking
// and book-keeping, not news.
func Routine(k game.EntryKind) bool {
	switch k {
	case game.KindStart, game.KindTurn, game.KindCapital:
		return true
	}
	return false
}

// pickLead chooses the lead story: a leak beats an event, which beats the
// rest; among equals, the first.
func pickLead(heads []Story) int {
	best, rank := -1, 0
	for i, h := range heads {
		r := 1
		switch h.Kind {
		case game.KindLeak:
			r = 3
		case game.KindEvent:
			r = 2
		}
		if r > rank {
			best, rank = i, r
		}
	}
	return best
}

func appendCapped(list []Story, s Story, limit int, more *int) []Story {
	if len(list) >= limit {
		*more++
		return list
	}
	return append(list, s)
}

// Empty reports whether nothing at all happened worth printing.
func (m Morning) Empty() bool {
	return m.Lead == nil && len(m.Stories) == 0 && len(m.Briefs) == 0 && len(m.Desk) == 0
}
