package game_test

import (
	"encoding/json"
	"errors"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

var (
	errorsIs = errors.Is
	errorsAs = func(err error, target **game.OrderError) bool { return errors.As(err, target) }
)

// FuzzResolve feeds arbitrary orders (as JSON) to the resolver: it may
// refuse them, but never panics, and a refused turn changes nothing.
func FuzzResolve(f *testing.F) {
	f.Add([]byte(`{"B":[{"kind":"accept","offer":"o1"}]}`))
	f.Add([]byte(`{"A":[{"kind":"propose","to":["B","C"],"terms":[{"actor":"A","issue":"base","option":"cancel"}],"channel":"forum"}]}`))
	f.Add([]byte(`{"A":[{"kind":"fulfil","agreement":"a1","term":-3}],"C":[{"kind":"leak","offer":"o1"}]}`))
	f.Add([]byte(`{"A":[{"kind":"propose","to":["B"],"terms":[{"actor":"A","issue":"base","option":"cancel","secret":true},{"actor":"B","issue":"sanctions","option":"none"}],"channel":"public"}],"C":[{"kind":"leak","offer":"o1"}]}`))
	f.Add([]byte(`{"B":[{"kind":"counter","offer":"o1","terms":[{"actor":"B","issue":"sanctions","option":"none"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var orders map[string][]game.Order
		if json.Unmarshal(data, &orders) != nil {
			return
		}
		g, err := game.New(gametest.Small(), game.Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		for turn := 0; turn < 3 && !g.Over; turn++ {
			before := g.LogHash()
			if err := g.Resolve(orders); err != nil {
				if g.LogHash() != before {
					t.Fatal("a refused turn changed the game")
				}
				orders = nil
			}
		}
	})
}
