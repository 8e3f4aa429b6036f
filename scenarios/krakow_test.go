package scenarios_test

import (
	"testing"

	"backchannel/game"
)

// TestKrakowOnRecord: in both 2009 episodes the SM-3 protocol, signed in
// public, puts Warsaw on record; moving the SM-3 site off it afterwards
// costs support at home (the audience cost), which the same move does not
// cost before. A Warsaw that accepts every offer signs a protocol for
// Washington and drops it for Moscow, and pays for it.
func TestKrakowOnRecord(t *testing.T) {
	for _, name := range []string{"pittsburgh-2009", "letter-2009"} {
		s := load(t, name)
		g, err := game.New(s, game.Setup{Seed: 1, Historical: true})
		if err != nil {
			t.Fatal(err)
		}
		signed := g.Clone()
		if err := signed.Inject(game.Injection{Event: "krakow_protocol"}); err != nil {
			t.Fatal(err)
		}
		if !signed.HasStated("POL", "sm3_poland", "protocol") {
			t.Fatalf("%s: the Kraków protocol does not put Warsaw on record for the SM-3 protocol", name)
		}
		move := map[string][]game.Order{"POL": {{Kind: game.OrderMove, Issue: "sm3_poland", Option: "willing"}}}
		for _, h := range []*game.Game{g, signed} {
			if err := h.Resolve(move); err != nil {
				t.Fatal(err)
			}
		}
		if before, after := g.SupportOf("POL"), signed.SupportOf("POL"); before-after < 5 {
			t.Errorf("%s: Polish support after moving off the SM-3 protocol: %.1f on record, %.1f not; the climb-down should cost at least 5", name, after, before)
		}
	}
}
