package scenario

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"backchannel/game"
	"backchannel/scenarios"
)

// BuiltinNames lists the scenarios embedded in the program, sorted.
func BuiltinNames() []string {
	entries, err := fs.ReadDir(scenarios.FS, ".")
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".toml"); ok && !e.IsDir() {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// Builtin loads an embedded scenario by name.
func Builtin(name string) (*game.Scenario, error) {
	l, err := BuiltinLoader(name)
	if err != nil {
		return nil, err
	}
	s, _, err := l.Result()
	return s, err
}

// BuiltinLoader returns the Loader of an embedded scenario (see Builtin),
// for loading it a step at a time.
func BuiltinLoader(name string) (*Loader, error) {
	if !isBuiltinName(name) {
		names := BuiltinNames()
		hint := didYouMean(name, names)
		if hint == "" {
			hint = "built-in scenarios: " + strings.Join(names, ", ")
		}
		return nil, fmt.Errorf("scenario: no built-in scenario %q (%s)", name, hint)
	}
	file := name + ".toml"
	src, err := readSource(scenarios.FS, file)
	if err != nil {
		return nil, &LoadError{File: file, Diags: Diagnostics{{File: file, Msg: readError(err)}}}
	}
	return NewLoader(file, src), nil
}

func isBuiltinName(name string) bool {
	for _, n := range BuiltinNames() {
		if n == name {
			return true
		}
	}
	return false
}
