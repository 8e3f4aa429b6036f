package main

import (
	"encoding/json"
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

// builtinListing is one built-in scenario as `scenarios -json` prints it.
// The browser build's game.json carries the list, so that the page can check
// a shared link's scenario and seat before it downloads the game.
type builtinListing struct {
	ID     string         `json:"id"`
	Title  string         `json:"title"`
	Turns  int            `json:"turns"`
	Actors []actorListing `json:"actors"`
}

type actorListing struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// runScenarios lists each built-in scenario: name, title and summary.
func runScenarios(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fl := flag.NewFlagSet("scenarios", flag.ContinueOnError)
	fl.SetOutput(stderr)
	asJSON := fl.Bool("json", false, "print a JSON array of the scenarios with their actors")
	fl.Usage = func() { fmt.Fprintln(stderr, "usage: backchannel scenarios [-json]") }
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fl.Usage()
		return 2
	}
	if *asJSON {
		return listScenariosJSON(stdout, stderr)
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

// listScenariosJSON prints the built-in scenarios with their actors.
func listScenariosJSON(stdout, stderr io.Writer) int {
	out := []builtinListing{}
	for _, name := range scenario.BuiltinNames() {
		s, err := scenario.Builtin(name)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		l := builtinListing{ID: name, Title: s.Title, Turns: s.Calendar.Turns(), Actors: []actorListing{}}
		for _, a := range s.Actors {
			l.Actors = append(l.Actors, actorListing{ID: a.ID, Name: a.Name})
		}
		out = append(out, l)
	}
	b, _ := json.Marshal(out)
	fmt.Fprintf(stdout, "%s\n", b)
	return 0
}
