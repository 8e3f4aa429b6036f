// Command backchannel plays the Backchannel negotiation game and hosts the
// instructor's tools: validate, schema, scenarios, new, simulate, replay,
// report and serve. With no subcommand it opens the game.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/scenario"
)

// command is one subcommand. Each lives in its own file and registers itself
// in init, so adding a tool never touches this file.
type command struct {
	name    string
	summary string
	run     func(e *env, args []string) int
}

// env is all a command reaches beyond its arguments: where it writes, where
// built-in scenarios come from, and the replay window. main makes the real
// one and tests make their own, so no command reads or swaps a package
// variable.
type env struct {
	stdout, stderr io.Writer
	builtin        func(name string) (*game.Scenario, error)
	// openReplay shows a saved game in the replay screen; nil in a build
	// without the window, and replay then prints the timeline.
	openReplay func(rec *save.Record, s *game.Scenario) error
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit code: 0 ok, 1 failure,
// 2 usage error.
func run(args []string, stdout, stderr io.Writer) int {
	return (&env{stdout: stdout, stderr: stderr, builtin: scenario.Builtin, openReplay: replayWindow()}).run(args)
}

func (e *env) run(args []string) int {
	stdout, stderr := e.stdout, e.stderr
	if len(args) == 0 {
		if c, ok := commands["play"]; ok {
			return c.run(e, nil)
		}
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "backchannel: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: backchannel [command] [flags]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
}
