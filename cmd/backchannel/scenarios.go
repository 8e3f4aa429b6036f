package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"backchannel/game/scenario"
	"backchannel/game/ui/textwrap"
)

func init() {
	register(command{name: "scenarios", summary: "list the built-in scenarios", run: runScenarios})
}

// runScenarios lists each built-in scenario: name, title and summary.
func runScenarios(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("scenarios", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() { fmt.Fprintln(stderr, "usage: backchannel scenarios") }
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fl.Usage()
		return 2
	}
	code := 0
	for _, name := range scenario.BuiltinNames() {
		s, err := scenario.Builtin(name)
		if err != nil {
			fmt.Fprintln(stderr, err)
			code = 1
			continue
		}
		fmt.Fprintf(stdout, "%s\n    %s (%d turns)\n", name, s.Title, s.Calendar.Turns())
		for _, line := range textwrap.Wrap(strings.Join(strings.Fields(s.Summary), " "), 72, runeWidth) {
			fmt.Fprintf(stdout, "    %s\n", line)
		}
	}
	return code
}

// runeWidth measures terminal text: one column per rune.
func runeWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) }
