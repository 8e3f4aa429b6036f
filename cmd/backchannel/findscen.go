//go:build !js

package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/scenario"
)

// findScenario finds the scenario a save was played on. A save never
// chooses what is opened: its scenario is the file the user names, else a
// built-in one with the save's id and hash, else a scenario file with the
// save's hash that sits beside the save or in the working directory, under
// the name the save recorded or its id, else the copy of its file that
// the save carries. A path in the save is never followed as it stands.
func (e *env) findScenario(savePath string, rec *save.Record, given string) (*game.Scenario, error) {
	if given != "" {
		s, err := scenario.Open(given)
		if err != nil {
			return nil, fmt.Errorf("cannot load scenario %s: %s", given, firstProblem(err))
		}
		return s, nil
	}
	builtin, berr := e.builtin(rec.Scenario)
	if berr == nil && (rec.ScenarioFile == "" || builtin.Hash == rec.ScenarioHash) {
		return builtin, nil // CheckScenario says if it has changed since
	}
	var changed []string
	for _, p := range candidates(savePath, rec) {
		s, _, err := scenario.LoadFile(p)
		switch {
		case err != nil || s.ID != rec.Scenario:
		case s.Hash == rec.ScenarioHash:
			return s, nil
		default:
			changed = append(changed, fmt.Sprintf("%s has changed since (hash %s)", p, short(s.Hash)))
		}
	}
	if text, ok, err := rec.Source(); ok && err == nil {
		// The copy of its file that the save carries (a browser's save, or
		// one whose file has moved), if it is still the game's.
		if s, _, err := scenario.Parse(rec.ScenarioFile, text); err == nil && s.Hash == rec.ScenarioHash {
			s.File = rec.ScenarioFile
			return s, nil
		}
	}
	if berr == nil {
		return builtin, nil
	}
	var msg string
	if rec.ScenarioFile != "" {
		msg = fmt.Sprintf("this save was played on scenario file %s (hash %s): give it with -scenario FILE", rec.ScenarioFile, short(rec.ScenarioHash))
	} else {
		msg = fmt.Sprintf("this save was played on scenario %q (hash %s), which is not built in: give its file with -scenario FILE", rec.Scenario, short(rec.ScenarioHash))
	}
	if len(changed) > 0 {
		msg += "; " + strings.Join(changed, "; ")
	}
	return nil, errors.New(msg)
}

// candidates are the files a save's scenario may be: its recorded file
// name and its id with .toml, beside the save and then in the working
// directory. Only a plain .toml name is taken from the save, never a
// folder.
func candidates(savePath string, rec *save.Record) []string {
	var names []string
	if f := rec.ScenarioFile; f != "" {
		// The save may come from another system: cut at either separator.
		names = append(names, f[strings.LastIndexAny(f, `/\`)+1:])
	}
	names = append(names, rec.Scenario+".toml")
	var out []string
	seen := map[string]bool{}
	for _, dir := range []string{filepath.Dir(savePath), "."} {
		for _, n := range names {
			if !strings.HasSuffix(n, ".toml") || n != filepath.Base(n) || strings.HasPrefix(n, ".") {
				continue
			}
			p := filepath.Join(dir, n)
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}
