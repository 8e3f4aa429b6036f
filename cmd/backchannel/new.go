//go:build !js

package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"backchannel/game/save"
	"backchannel/game/scenario"
)

func init() {
	register(command{name: "new", summary: "write a commented starter scenario NAME.toml", run: runNew})
}

// runNew writes a starter scenario that validates and plays. It never
// overwrites a file.
func runNew(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fl := flag.NewFlagSet("new", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel new NAME")
		fmt.Fprintln(stderr, "\nWrites NAME.toml, a commented starter scenario that validates and plays.")
	}
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return 2
	}
	path := fl.Arg(0)
	if !strings.HasSuffix(path, ".toml") {
		path += ".toml"
	}
	id := scenario.SlugOf(filepath.Base(path))
	src, err := scenario.Starter(id, path)
	if id == "" || err != nil {
		fmt.Fprintf(stderr, "backchannel new: cannot make a scenario id from %q: use letters and digits\n", fl.Arg(0))
		return 2
	}
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "backchannel new: %s already exists; not overwriting it\n", path)
		return 1
	}
	// Atomically, as every output file: never half a starter.
	if err := save.WriteAtomic(path, src); err != nil {
		fmt.Fprintln(stderr, "backchannel new:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (scenario id %q); check it with: backchannel validate %s\n", path, id, path)
	return 0
}
