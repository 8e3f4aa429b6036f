package scenario

import (
	"os"
	"strings"
	"testing"
)

// tutorialWith is the tutorial's source with each pair of old and new
// texts replaced once, in order.
func tutorialWith(t *testing.T, pairs ...string) []byte {
	t.Helper()
	src, err := os.ReadFile("../../scenarios/tutorial.toml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("the tutorial has no %q", pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return []byte(s)
}

// TestLintCapital: costs above every actor's capital mean nobody can ever
// act, which loads but deserves a warning; one actor short of capital is
// named.
func TestLintCapital(t *testing.T) {
	costs := "capital = 1\nletter_cost = 2\nforum_cost = 2\nstatement_cost = 2\nleak_cost = 2\nmove_cost = 2"
	for _, tc := range []struct {
		src  []byte
		want string
	}{
		{tutorialWith(t, "capital = 3", costs), "warning: every action costs more than any actor's capital: nobody can ever act (lower the costs in [rules], or raise capital)"},
		{tutorialWith(t, "capital = 3", costs, "support = 58\n", "support = 58\ncapital = 2\n", "leakiness = 0.1\n", "leakiness = 0.1\ncapital = 2\n"),
			"warning: every action costs more than the capital of actor CES: it can never act"},
		{tutorialWith(t), ""},
	} {
		_, diags, err := Parse("tutorial.toml", tc.src)
		if err != nil {
			t.Fatal(err)
		}
		got := diags.String()
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

// TestLintAllPriorsZero: with every prior of an actor at 0 the engine
// draws a type uniformly, so one warning says so instead of a "never
// drawn" for each type.
func TestLintAllPriorsZero(t *testing.T) {
	src := tutorialWith(t, "prior = 0.5", "prior = 0", "prior = 0.5", "prior = 0")
	_, diags, err := Parse("tutorial.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	want := "warning: every type of actor ALD has prior 0: the game draws one of them with equal chances (give each type a prior above 0; priors need not add up to 1)\n"
	if !strings.HasSuffix(diags.String(), want) || strings.Contains(diags.String(), "never drawn") || len(diags) != 1 {
		t.Errorf("got %s", diags)
	}
	src = tutorialWith(t, "prior = 0.5", "prior = 0")
	if _, diags, _ := Parse("tutorial.toml", src); !strings.Contains(diags.String(), "type resolute of actor ALD has prior 0: it is never drawn") {
		t.Errorf("one zero prior: got %s", diags)
	}
}
