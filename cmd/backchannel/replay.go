//go:build !js

package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"backchannel/game"
	"backchannel/game/debrief"
	"backchannel/game/save"
)

func init() {
	register(command{
		name:    "replay",
		summary: "replay a saved game in the window, or -text: its timeline and final hash",
		run:     runReplay,
	})
}

func runReplay(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fs := flag.NewFlagSet("replay", flag.ContinueOnError)
	fs.SetOutput(stderr)
	text := fs.Bool("text", false, "print the timeline and the final state hash instead of opening the window")
	public := fs.Bool("public", false, "with -text, print only the public entries")
	scen := fs.String("scenario", "", "the scenario `NAME or FILE` the game was played on (default: the name in the save)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel replay [-text] [-public] [-scenario NAME|FILE] SAVE")
		fs.PrintDefaults()
	}
	files, err := parseArgs(fs, args)
	if err != nil {
		return 2
	}
	if len(files) != 1 {
		fs.Usage()
		return 2
	}
	rec, s, err := e.openSave(files[0], *scen)
	if err != nil {
		fmt.Fprintln(stderr, "backchannel:", oneLine(err))
		return 1
	}
	if !*text {
		if e.openReplay != nil {
			if err := e.openReplay(rec, s); err != nil {
				fmt.Fprintln(stderr, "backchannel:", oneLine(err))
				return 1
			}
			return 0
		}
		fmt.Fprintln(stderr, "backchannel: the replay window needs the desktop game, which this build does not include; printing the timeline (-text) instead")
	}
	g, err := rec.Replay(s)
	if err != nil {
		fmt.Fprintln(stderr, "backchannel:", oneLine(err))
		return 1
	}
	writeTimeline(stdout, rec, g, *public)
	hash := g.LogHash()
	fmt.Fprintf(stdout, "\nfinal log hash: %s\n", hash)
	if hash != rec.LogHash {
		fmt.Fprintf(stderr, "backchannel: %s: the replay does not reproduce the saved game: final log hash %s, the save says %s\n", files[0], hash, rec.LogHash)
		return 1
	}
	fmt.Fprintln(stdout, "matches the saved hash"+uncheckedNote(rec))
	return 0
}

// openSave reads a save and the scenario it was played on.
func (e *env) openSave(path, scen string) (*save.Record, *game.Scenario, error) {
	rec, err := save.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	s, err := e.findScenario(path, rec, scen)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %s", path, err)
	}
	if err := rec.CheckScenario(s); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return rec, s, nil
}

// uncheckedNote qualifies "matches" for a save from before saves carried
// a digest, whose seats, difficulty and letters nothing checks.
func uncheckedNote(rec *save.Record) string {
	if rec.Checked() {
		return ""
	}
	return " (an older save: its seats, difficulty and letters are not covered by the check)"
}

// writeTimeline prints every log entry, one a line, grouped by turn.
func writeTimeline(w io.Writer, rec *save.Record, g *game.Game, publicOnly bool) {
	mode := "open"
	if rec.Historical {
		mode = "historical"
	}
	var seats []string
	for _, st := range rec.Seats {
		who := "AI"
		if st.Human {
			who = "human"
		}
		seats = append(seats, st.Actor+" ("+who+")")
	}
	fmt.Fprintf(w, "%s (%s), seed %d, %s mode, %d turns recorded; seats: %s\n", g.Scen.Title, g.Scen.ID, rec.Seed, mode,
		len(rec.Turns), strings.Join(seats, ", "))
	var keep func(game.Entry) bool
	if publicOnly {
		keep = func(e game.Entry) bool { return e.Public }
	}
	for _, tl := range debrief.Timeline(g.Log, keep) {
		fmt.Fprintf(w, "\n== Turn %d, %s ==\n", tl.Turn, tl.Date.Pretty())
		for _, e := range tl.Entries {
			fmt.Fprintf(w, "%4d %-13s %s\n", e.Seq, e.Kind, entryText(e))
		}
	}
}

// entryText is an entry's line: headline and text, its cause, and who knew
// of it when it was not public.
func entryText(e game.Entry) string {
	s := e.Text
	if e.Headline != "" {
		s = e.Headline + ": " + s
	}
	if e.Cause != "" && e.Cause != string(e.Kind) {
		s += " (" + e.Cause + ")"
	}
	if !e.Public {
		s += " [private: " + strings.Join(debrief.KnownTo(e), ",") + "]"
	}
	return strings.Join(strings.Fields(s), " ")
}
