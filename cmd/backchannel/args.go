package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"

	"backchannel/game/scenario"
)

// parseArgs parses flags that may come before or after the positional
// arguments ("report SAVE -o FILE" as well as "report -o FILE SAVE");
// everything after "--" is positional.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos, tail []string
	if i := slices.Index(args, "--"); i >= 0 {
		args, tail = args[:i], args[i+1:]
	}
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return append(pos, tail...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// oneLine is an error as one line: a command's failure reads as one line,
// and a scenario's load error gives its first problem (see firstProblem).
func oneLine(err error) string { return firstProblem(err) }

// firstProblem is an error's first line, or for a scenario that does not
// load its first error in full (FILE:LINE:COL: message (hint)), with a
// count of the others: never a summary that hides the cause.
func firstProblem(err error) string {
	var le *scenario.LoadError
	if errors.As(err, &le) {
		errs := le.Diags.Errors()
		if len(errs) > 0 {
			s := errs[0].String()
			if n := len(errs) - 1; n > 0 {
				s += fmt.Sprintf(" (and %d more: see backchannel validate %s)", n, le.File)
			}
			return s
		}
	}
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}
