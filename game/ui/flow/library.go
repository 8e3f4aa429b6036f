package flow

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/scenario"
)

// DefaultScenario is the scenario the title screen starts with:
// letter-2009 when it is built in, else the tutorial.
func DefaultScenario() string {
	names := scenario.BuiltinNames()
	for _, want := range []string{"letter-2009", "tutorial"} {
		if slices.Contains(names, want) {
			return want
		}
	}
	if len(names) > 0 {
		return names[0]
	}
	return ""
}

// Source is one scenario the player can choose: built in, or a file given
// on the command line or dropped on the window.
type Source struct {
	Name    string // the built-in name, or the file's base name
	Path    string // the file on disk; "" for built-ins and browser files
	Builtin bool
	scen    *game.Scenario
	diags   scenario.Diagnostics
	err     error
	loaded  bool
	text    []byte // a browser or dropped file's contents, parsed on load
}

// Load loads the scenario once and returns it, or why it cannot be played.
func (s *Source) Load() (*game.Scenario, error) {
	if !s.loaded {
		s.loaded = true
		switch {
		case s.Builtin:
			s.scen, s.err = scenario.Builtin(s.Name)
		case s.text != nil:
			s.scen, s.diags, s.err = scenario.Parse(s.Name, s.text)
		default:
			s.scen, s.diags, s.err = scenario.LoadFile(s.Path)
		}
		if s.err == nil && !s.Builtin {
			if s.err = clashesWithBuiltin(s.scen); s.err != nil {
				s.scen = nil
			}
		}
	}
	return s.scen, s.err
}

// Label is how the scenario list names the source: a built-in by the
// short part of its title, a file by its name.
func (s *Source) Label() string {
	if s.Builtin {
		if sc, err := s.Load(); err == nil {
			short, _ := splitTitle(sc.Title)
			return short
		}
		return s.Name
	}
	return "File: " + s.Name
}

// splitTitle cuts "The Letter: Missile Defence, …" into its short title
// and the rest, for a list and a page heading.
func splitTitle(title string) (short, rest string) {
	if i := strings.Index(title, ": "); i > 0 {
		return title[:i], strings.TrimSpace(title[i+2:])
	}
	return title, ""
}

// Library is the list of scenarios on offer, built-ins first.
type Library struct {
	Sources []*Source
}

// NewLibrary lists the built-in scenarios; they load when first chosen.
func NewLibrary() *Library {
	l := &Library{}
	for _, n := range scenario.BuiltinNames() {
		l.Sources = append(l.Sources, &Source{Name: n, Builtin: true})
	}
	return l
}

// Find returns the source of a built-in name or a file path, or nil.
func (l *Library) Find(nameOrPath string) *Source {
	for _, s := range l.Sources {
		if (s.Builtin && s.Name == nameOrPath) || (!s.Builtin && s.Path != "" && s.Path == nameOrPath) {
			return s
		}
	}
	return nil
}

// Index returns the position of s in the list, or -1.
func (l *Library) Index(s *Source) int { return slices.Index(l.Sources, s) }

// AddFile adds (or reloads) a scenario file from disk.
func (l *Library) AddFile(path string) *Source {
	return l.add(&Source{Name: filepath.Base(path), Path: path})
}

// AddText adds (or replaces) a scenario file handed over as text: dropped
// on the window in the browser, or read from a dropped file's contents.
func (l *Library) AddText(name string, text []byte) *Source {
	if text == nil {
		text = []byte{}
	}
	return l.add(&Source{Name: name, text: text})
}

func (l *Library) add(s *Source) *Source {
	for i, old := range l.Sources {
		if !old.Builtin && old.Name == s.Name && old.Path == s.Path {
			l.Sources[i] = s
			return s
		}
	}
	l.Sources = append(l.Sources, s)
	return s
}

// Open resolves a scenario for a save or a command line: a source already
// listed (built-in, or a file by path or id), else a file on disk. A name
// that is neither gives the built-in loader's error, which suggests names.
func (l *Library) Open(nameOrPath string) (*Source, error) {
	if s := l.Find(nameOrPath); s != nil {
		_, err := s.Load()
		return s, err
	}
	for _, s := range l.Sources {
		if s.loaded && s.scen != nil && s.scen.ID == nameOrPath {
			return s, nil
		}
	}
	if st, err := os.Stat(nameOrPath); err == nil && !st.IsDir() {
		s := l.AddFile(nameOrPath)
		_, err := s.Load()
		return s, err
	}
	_, err := scenario.Builtin(nameOrPath)
	return nil, err
}
