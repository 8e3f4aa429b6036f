package ai

import (
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestKeepSecret: in a public package, a promise of an option whose coming
// out would cost someone (if_revealed) is proposed secret, the rest stay
// open, and never every term: a public offer must say something.
func TestKeepSecret(t *testing.T) {
	sc := gametest.Small()
	sc.Issues[0].Options[1].IfRevealed = []game.Exposure{{Actor: sc.Actors[1].ID, Face: 5}}
	c := &ctx{m: &model{sc: sc}}
	mixed := []term{{actor: 0, issue: 0, option: 1}, {actor: 1, issue: 1, option: 0}}
	pl := plan{p: pkg{to: []int{1}, terms: mixed, channel: game.ChannelPublic}}
	o := pl.order(c, game.OrderPropose, "")
	if !o.Terms[0].Secret || o.Terms[1].Secret {
		t.Errorf("public package: terms %+v; want the first (if_revealed) secret, the second open", o.Terms)
	}
	pl.p.channel = game.ChannelPrivate
	if o := pl.order(c, game.OrderPropose, ""); o.Terms[0].Secret {
		t.Errorf("private letter: terms %+v; want none marked (the letter is private already)", o.Terms)
	}
	pl.p = pkg{to: []int{1}, terms: mixed[:1], channel: game.ChannelPublic}
	if o := pl.order(c, game.OrderPropose, ""); o.Terms[0].Secret {
		t.Errorf("a one-term public offer: %+v; want it open", o.Terms)
	}
}
