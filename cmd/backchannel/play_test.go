package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestPlayFlagsAndQuery(t *testing.T) {
	pf := playFlags{seed: "", humans: " BOR , ,CES"}
	pf.cfg.As = "ALD"
	q := map[string]string{"scenario": "tutorial", "as": "BOR", "seed": "42", "difficulty": "hard"}
	if err := pf.finish(q); err != nil {
		t.Fatal(err)
	}
	c := pf.cfg
	if c.Scenario != "tutorial" || c.As != "ALD" || !c.SeedSet || c.Seed != 42 || c.Difficulty != "hard" {
		t.Errorf("the URL fills what the flags left out, flags win: %+v", c)
	}
	if strings.Join(c.Humans, ",") != "BOR,CES" || !c.Autostart {
		t.Errorf("humans %v, autostart %v", c.Humans, c.Autostart)
	}
	bad := playFlags{seed: "seven"}
	if err := bad.finish(nil); err == nil {
		t.Error("a seed that is not a number is accepted")
	}
	none := playFlags{}
	none.finish(map[string]string{})
	if none.cfg.Autostart {
		t.Error("bare play starts a game instead of the title")
	}
}

func TestPlayRejectsBadCommandLines(t *testing.T) {
	for _, args := range [][]string{
		{"-scenario", "no-such-scenario"},
		{"-scenario", "tutorial", "-as", "XX"},
		{"-difficulty", "impossible"},
		{"-seed", "x"},
	} {
		var out, errb bytes.Buffer
		if code := run(append([]string{"play"}, args...), &out, &errb); code == 0 {
			t.Errorf("play %v: exit 0", args)
		} else if !strings.Contains(errb.String(), "backchannel:") {
			t.Errorf("play %v: %q", args, errb.String())
		}
	}
}

func TestPlayHelpHidesTestFlags(t *testing.T) {
	var out, errb bytes.Buffer
	run([]string{"play", "-h"}, &out, &errb)
	help := errb.String()
	if !strings.Contains(help, "-scenario") || strings.Contains(help, "-first-frame") || strings.Contains(help, "-trace") {
		t.Errorf("help:\n%s", help)
	}
}
