//go:build !js

package main

import (
	"flag"
	"fmt"

	"backchannel/game/scenario"
)

func init() {
	register(command{name: "schema", summary: "print the JSON Schema of the scenario format", run: runSchema})
}

// runSchema prints the schema, for `backchannel schema >
// scenario.schema.json` beside a scenario that starts with
// `#:schema ./scenario.schema.json`.
func runSchema(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fl := flag.NewFlagSet("schema", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel schema > scenario.schema.json")
		fmt.Fprintln(stderr, "\nPrints the JSON Schema (draft 2020-12) of scenario files, for TOML editors:")
		fmt.Fprintln(stderr, "put `#:schema ./scenario.schema.json` at the top of a scenario.")
	}
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fl.Usage()
		return 2
	}
	if _, err := stdout.Write(scenario.Schema()); err != nil {
		fmt.Fprintln(stderr, "backchannel schema:", err)
		return 1
	}
	return 0
}
