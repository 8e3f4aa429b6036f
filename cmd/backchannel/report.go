//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"

	"backchannel/game/debrief"
	"backchannel/game/save"
)

func init() {
	register(command{
		name:    "report",
		summary: "after-action report of a saved game: for the instructor (Markdown, or -json) or, with -for students, in plain words",
		run:     runReport,
	})
}

func runReport(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the report to `FILE` instead of standard output")
	asJSON := fs.Bool("json", false, "write the analysis as JSON instead of Markdown")
	scen := fs.String("scenario", "", "the scenario `NAME or FILE` the game was played on (default: the name in the save)")
	reader := fs.String("for", "instructor", "who reads it: `instructor` (the analysis, in full) or students (plain words)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel report SAVE [-for instructor|students] [-o FILE] [-json] [-scenario NAME|FILE]")
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
	if *reader != "instructor" && *reader != "students" {
		fmt.Fprintf(stderr, "backchannel: a report is written for the instructor or for students, not %q\n", *reader)
		return 2
	}
	if *reader == "students" && *asJSON {
		fmt.Fprintln(stderr, "backchannel: the students' report is plain words only; the JSON report is the instructor's")
		return 2
	}
	rec, s, err := e.openSave(files[0], *scen)
	if err != nil {
		fmt.Fprintln(stderr, "backchannel:", oneLine(err))
		return 1
	}
	// A report of a game the engine does not reproduce would be fiction.
	g, err := rec.Verify(s)
	if err != nil {
		fmt.Fprintf(stderr, "backchannel: %s: %s\n", files[0], oneLine(err))
		return 1
	}
	r := debrief.Analyze(g, debrief.Options{Players: rec.HumanSeats()})
	var buf bytes.Buffer
	if *asJSON {
		b, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			fmt.Fprintln(stderr, "backchannel:", err)
			return 1
		}
		buf.Write(append(b, '\n'))
	} else if *reader == "students" {
		if err := debrief.WriteStudents(&buf, r, s); err != nil {
			fmt.Fprintln(stderr, "backchannel:", err)
			return 1
		}
	} else if err := debrief.WriteMarkdown(&buf, r, s); err != nil {
		fmt.Fprintln(stderr, "backchannel:", err)
		return 1
	}
	if *out == "" {
		if _, err := stdout.Write(buf.Bytes()); err != nil {
			fmt.Fprintln(stderr, "backchannel:", err)
			return 1
		}
		return 0
	}
	// Atomically: a killed report leaves the old file or the new, never an
	// empty or partial one.
	if err := save.WriteAtomic(*out, buf.Bytes()); err != nil {
		fmt.Fprintln(stderr, "backchannel:", err)
		return 1
	}
	fmt.Fprintf(stderr, "backchannel: report written to %s\n", *out)
	return 0
}
