package lab

import (
	"bytes"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/strategy"
)

// TestFocusPlaysOnlyWhatItNames: a focused lab plays the all-AI worlds, the
// named seats' named strategies and the reference, and nothing else; the
// figures it does play equal the whole lab's, seed for seed.
func TestFocusPlaysOnlyWhatItNames(t *testing.T) {
	whole := labOf(t, trap(), 6, 2)
	f := Focus{Seats: []string{"A"}, Strategies: []string{"accept-all"}, NoAblations: true}
	r, err := Lab(trap(), Config{Runs: 6, Workers: 2, Seed: 1, Difficulty: ai.Normal, Focus: f})
	if err != nil {
		t.Fatal(err)
	}
	if want := len(baselineNames()) + 1; r.Arms != want {
		t.Errorf("a lab of one seat, one strategy and no ablations played %d arms, want %d (the worlds and the one row)", r.Arms, want)
	}
	if len(r.Ablations) != 0 {
		t.Errorf("no ablations asked for, %d reported", len(r.Ablations))
	}
	for a := range r.Scen.Actors {
		for s, st := range r.Seats[a] {
			name := strategy.Names()[s]
			want := name == "normal" || (a == 0 && name == "accept-all")
			if st.Played != want {
				t.Errorf("actor %d, %s: played %v, want %v", a, name, st.Played, want)
			}
			if st.Played && st.Stat != whole.Seats[a][s].Stat {
				t.Errorf("actor %d, %s: %v in the focused lab, %v in the whole one", a, name, st.Stat, whole.Seats[a][s].Stat)
			}
		}
	}
	if k := r.Skill(0); k.Best != "accept-all" || k.HardShown {
		t.Errorf("Atlantis's skill row reads best %q, hard shown %v; want accept-all and no hard", k.Best, k.HardShown)
	}
	var md bytes.Buffer
	r.WriteMarkdown(&md)
	for _, want := range []string{"A focused lab: seat rows of A only; strategies accept-all only; no ablations", "Not played in this focused lab", "| accept-all |"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(md.String(), "| reject-all |") {
		t.Error("the report prints a row for reject-all, which it did not play")
	}
	var page bytes.Buffer
	r.WriteHTML(&page)
	for _, want := range []string{"Not played in this focused lab", "Skill at a glance", "(accept-all)"} {
		if !strings.Contains(page.String(), want) {
			t.Errorf("the web page lacks %q", want)
		}
	}
}

// TestFocusNamesWhatIsMissing: an unknown actor or strategy is refused
// before any game is played, naming what there is.
func TestFocusNamesWhatIsMissing(t *testing.T) {
	for f, want := range map[*Focus]string{
		{Seats: []string{"Z"}}:              `trap has no actor "Z": its actors are A, B, C`,
		{Strategies: []string{"bribe-all"}}: `there is no strategy "bribe-all"`,
	} {
		_, err := Lab(trap(), Config{Runs: 1, Workers: 1, Focus: *f})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("focus %+v: error %v, want %q", *f, err, want)
		}
	}
}

// TestShiftOfTenGamesInTwoHundredIsFivePoints: shares are counts over the
// same games, so ten games in 200 moving is a shift of exactly 5 points,
// which meets the bar (the float difference 0.55-0.50 reads 4.9999…).
func TestShiftOfTenGamesInTwoHundredIsFivePoints(t *testing.T) {
	sc := trap()
	games := func(closed int) []Result {
		rs := make([]Result, 200)
		for n := range rs {
			rs[n] = Result{Options: []int{0, 0}, Scores: make([]game.Score, len(sc.Actors))}
			if n < closed {
				rs[n].Options[0] = 1
			}
		}
		return rs
	}
	w := world(sc, "x", "x", games(110), games(100), []int{0})
	if w.Shift != 5 {
		t.Errorf("10 games of 200 moved: shift %.17g, want 5", w.Shift)
	}
	if e := (Effect{Shift: w.Shift}); !e.Matters() {
		t.Error("a 5-point shift does not count as mattering; the bar is at least 5")
	}
}
