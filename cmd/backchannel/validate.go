//go:build !js

package main

import (
	"flag"
	"fmt"

	"backchannel/game/scenario"
)

func init() {
	register(command{name: "validate", summary: "check scenario files (FILE:LINE:COL: message)", run: runValidate})
}

// runValidate checks each file and prints its diagnostics, warnings
// included. Exit 0 when every file loads, 1 when any has errors, 2 on a
// usage error.
func runValidate(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fl := flag.NewFlagSet("validate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel validate FILE...")
		fmt.Fprintln(stderr, "\nChecks scenario files; prints FILE:LINE:COL: message for each problem.")
		fmt.Fprintln(stderr, "Exit status 0 when every file is valid (warnings are printed), 1 on errors.")
	}
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return 2
	}
	code := 0
	for _, path := range fl.Args() {
		_, diags, err := scenario.LoadFile(path)
		fmt.Fprint(stdout, diags.String())
		if err != nil {
			code = 1
		}
	}
	return code
}
