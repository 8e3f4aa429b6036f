package board

import "testing"

// TestMapSteps checks that MapSteps decode both map assets, which the
// boards then share.
func TestMapSteps(t *testing.T) {
	steps := MapSteps()
	if len(steps) != 2 {
		t.Fatalf("%d steps, want one for each of the two assets", len(steps))
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	ms, err := atlas()
	if err != nil || len(ms) != 2 || len(ms[0].Countries) == 0 || len(ms[1].Countries) == 0 {
		t.Fatalf("after MapSteps the maps are %d (err %v), want the two assets decoded", len(ms), err)
	}
}
