package scenarios_test

import (
	"testing"

	"backchannel/game"
)

// TestLetterMoscowReadsWashington: in letter-2009 Moscow gets a read on
// the new administration after the Moscow summit (washington_read), as
// Washington gets one on Moscow in March. In games without orders nothing
// else tells Moscow about Washington in July, so the report alone must move
// its beliefs, in every game, and toward Washington's true type in most of
// them (the report is 70% reliable). Without it Moscow's beliefs about
// Washington hardly moved all game, and what it believed changed nothing.
func TestLetterMoscowReadsWashington(t *testing.T) {
	s := load(t, "letter-2009")
	const games = 40
	moved, toward := 0, 0
	for seed := uint64(1); seed <= games; seed++ {
		g, err := game.New(s, game.Setup{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		rus, usa := g.ActorIndex("RUS"), g.ActorIndex("USA")
		for !g.Over && !g.HasFired("washington_read") {
			before := append([]float64(nil), g.Beliefs[rus][usa]...)
			if err := g.Resolve(nil); err != nil {
				t.Fatalf("seed %d turn %d: %v", seed, g.Turn, err)
			}
			if !g.HasFired("washington_read") {
				continue
			}
			after, change := g.Beliefs[rus][usa], 0.0
			for k := range after {
				change += max(after[k]-before[k], before[k]-after[k])
			}
			if change > 0.01 {
				moved++
			}
			if k := g.Types[usa]; after[k] > before[k] {
				toward++
			}
		}
	}
	if moved != games {
		t.Errorf("Moscow's beliefs about Washington moved in %d of %d games when the report came; want all", moved, games)
	}
	if toward*2 < games {
		t.Errorf("the report moved Moscow toward Washington's true type in %d of %d games; want at least half", toward, games)
	}
}
