//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"backchannel/game/ai"
	"backchannel/game/lab"
	"backchannel/game/save"
	"backchannel/game/scenario"
)

func init() {
	register(command{
		name:    "lab",
		summary: "balance lab: does skill beat trivial play in each seat, does each rule matter",
		run:     runLab,
	})
}

func runLab(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fs := flag.NewFlagSet("lab", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runs := fs.Int("runs", 200, "games per arm")
	seed := fs.Uint64("seed", 1, "seed of the first game; game i of every arm plays with seed+i")
	workers := fs.Int("workers", runtime.NumCPU(), "games played at once (the figures do not depend on it)")
	diff := fs.String("difficulty", "normal", "AI difficulty of the seats an arm leaves alone: easy, normal or hard")
	asJSON := fs.Bool("json", false, "print one JSON object instead of the report")
	mdOut := fs.String("o", "", "also write the report as Markdown to `FILE`")
	htmlOut := fs.String("html", "", "also write the report as one self-contained web page to `FILE`")
	seats := fs.String("seats", "", "play only these actors' seat rows, by id, comma-separated (`USA,RUS`; none: no seat rows)")
	strats := fs.String("strategies", "", "play only these strategies in the seat rows, comma-separated (`hard,accept-all`)")
	ablations := fs.Bool("ablations", true, "play the ablations (each mechanic switched off); -ablations=false leaves them out")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel lab [-runs N] [-workers K] [-seed S] [-difficulty D] [-seats IDS] [-strategies NAMES] [-ablations=false] [-json] [-o report.md] [-html report.html] SCENARIO")
		fmt.Fprintln(stderr, "Plays SCENARIO with every seat by every strategy and with each mechanic switched off,")
		fmt.Fprintln(stderr, "the same seeds in every arm, and reports what decides the game.")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	d, derr := ai.ParseDifficulty(*diff)
	switch {
	case derr != nil:
		fmt.Fprintf(stderr, "backchannel lab: unknown difficulty %q: use easy, normal or hard\n", *diff)
	case len(pos) != 1:
		fmt.Fprintln(stderr, "backchannel lab: name one scenario")
	case *runs < 1:
		fmt.Fprintln(stderr, "backchannel lab: play at least one game per arm")
	case *workers < 1:
		fmt.Fprintln(stderr, "backchannel lab: use at least one worker")
	}
	if derr != nil || len(pos) != 1 || *runs < 1 || *workers < 1 {
		fs.Usage()
		return 2
	}
	sc, err := scenario.Open(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "backchannel lab:", err)
		return 1
	}
	defer lab.BulkGC()()
	rep, err := lab.Lab(sc, lab.Config{Runs: *runs, Workers: *workers, Seed: *seed, Difficulty: d,
		Progress: labProgress(stderr, time.Now), Focus: lab.Focus{Seats: list(*seats), Strategies: list(*strats), NoAblations: !*ablations}})
	if err != nil {
		fmt.Fprintln(stderr, "backchannel lab:", err)
		return 1
	}
	var md bytes.Buffer
	rep.WriteMarkdown(&md)
	if *mdOut != "" {
		if err := save.WriteAtomic(*mdOut, md.Bytes()); err != nil {
			fmt.Fprintln(stderr, "backchannel lab: cannot write the report:", err)
			return 1
		}
	}
	if *htmlOut != "" {
		var page bytes.Buffer
		rep.WriteHTML(&page)
		if err := save.WriteAtomic(*htmlOut, page.Bytes()); err != nil {
			fmt.Fprintln(stderr, "backchannel lab: cannot write the web page:", err)
			return 1
		}
	}
	if *asJSON {
		b, err := json.MarshalIndent(rep.JSON(), "", "  ")
		if err != nil {
			fmt.Fprintln(stderr, "backchannel lab:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s\n", b)
		return 0
	}
	stdout.Write(md.Bytes())
	return 0
}

// list reads a comma-separated flag: nil if it was not given (all), empty
// for "none".
func list(s string) []string {
	s = strings.TrimSpace(s)
	switch s {
	case "":
		return nil
	case "none":
		return []string{}
	}
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// labProgress reports on w, about once a second once the lab has run for
// a second, which arm it is playing and how many games are done.
func labProgress(w io.Writer, now func() time.Time) func(lab.Progress) {
	start := now()
	var mu sync.Mutex
	var last time.Time
	return func(p lab.Progress) {
		mu.Lock()
		defer mu.Unlock()
		t := now()
		if t.Sub(start) < time.Second || (p.Done < p.Total && t.Sub(last) < time.Second) {
			return
		}
		last = t
		fmt.Fprintf(w, "lab: arm %d of %d, %d/%d games (%.0f s)\n", p.Arm, p.Arms, p.Done, p.Total, t.Sub(start).Seconds())
	}
}
