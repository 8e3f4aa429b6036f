package scenarios_test

import (
	"testing"

	"backchannel/game"
)

// TestSuezMeetingsMakeDeals: the Protocol of Sèvres is put to London and
// Israel face to face at the villa, and Fawzi's offer to London and Paris
// at the UN in New York: each is made at its forum (channel forum, on the
// table the morning of its turn). With forums switched off no one meets, and
// neither offer is ever made: what only a meeting could settle is not
// settled by letter.
func TestSuezMeetingsMakeDeals(t *testing.T) {
	for _, c := range []struct{ tag, date, forum string }{
		{"fawzi", "1956-10-12", "new_york"},
		{"sevres", "1956-10-24", "sevres_villa"},
	} {
		for _, off := range []bool{false, true} {
			s := *load(t, "suez-1956")
			s.Rules.Off.Forums = off
			g, err := game.New(&s, game.Setup{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			playUntil(t, g, c.date)
			o := tagged(g, c.tag)
			if off {
				if o != nil {
					t.Errorf("forums off: %s was made on turn %d: %+v", c.tag, o.Sent, o)
				}
				continue
			}
			if o == nil || o.Channel != game.ChannelForum || o.Forum != c.forum || o.Arrives != g.Turn {
				t.Fatalf("%s on turn %d: %+v; want it made face to face at %s this turn", c.tag, g.Turn, o, c.forum)
			}
		}
	}
}
