package flow

import (
	"backchannel/game/turns"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/wording"
)

// briefShare is the news in brief's part of the front page's width.
const briefShare = 0.36

// frontPage is the morning's page as one document in two columns: the
// stories at the left, the news in brief at the right, and what only the
// player knows under the stories, or under the briefs when deskBeside.
func frontPage(pg turns.Morning, deskBeside bool) prose.Doc {
	var d prose.Doc
	if head, text, ok := pg.Quiet(); ok {
		d.H(head)
		d.Note(text)
	}
	if l := pg.Lead; l != nil {
		d.H(l.Headline)
		d.P(l.Text)
	}
	for _, s := range pg.Stories {
		d.Add(prose.Block{Kind: prose.Rule})
		d.Strong(s.Headline)
		d.P(s.Text)
	}
	if pg.Over {
		d.Add(prose.Block{Kind: prose.Rule})
		d.Note("The episode is over. The debrief shows how each government did, what really happened, and who was who.")
	}
	if !deskBeside {
		deskBlocks(&d, pg)
	}
	d.Add(prose.Block{Kind: prose.Column, Share: briefShare})
	d.Caption("IN BRIEF")
	if len(pg.Briefs) == 0 {
		d.Meta("Nothing else to report.")
	}
	for _, s := range pg.Briefs {
		d.Bullet(s.Text)
	}
	if pg.More > 0 {
		d.Meta(wording.Plural(pg.More, "more item", "more items") + " in your inbox.")
	}
	if deskBeside {
		deskBlocks(&d, pg)
	}
	return d
}

// deskBlocks are the player's confidential items, typed, in a box edged in
// red: set apart, they cannot be mistaken for news the others read.
func deskBlocks(d *prose.Doc, pg turns.Morning) {
	if len(pg.Desk) == 0 {
		return
	}
	d.Add(prose.Block{Kind: prose.Caption, Tone: prose.Bad, Text: "FOR YOUR EYES ONLY", Boxed: true})
	for _, s := range pg.Desk {
		t := s.Text
		if s.Headline != "" {
			t = s.Headline + ": " + t
		}
		d.Add(prose.Block{Kind: prose.Quote, Text: t, Boxed: true})
	}
}
