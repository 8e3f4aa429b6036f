package main

import (
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"backchannel/game/ui/flow"
	"backchannel/game/ui/window"
	"backchannel/web"
)

func init() {
	register(command{
		name:    "play",
		summary: "play: the title screen, or -scenario NAME|FILE -as ACTOR straight to the briefing",
		run:     runPlay,
	})
}

// playFlags are the play command's flags; the hidden ones serve tests and
// measurements.
type playFlags struct {
	cfg        flow.Config
	humans     string
	seed       string
	firstFrame bool
	trace      bool
	title      string
}

func runPlay(e *env, args []string) int {
	stderr := e.stderr
	started := time.Now()
	web.StartBrowser()
	var pf playFlags
	fs := flag.NewFlagSet("play", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&pf.cfg.Scenario, "scenario", "", "the scenario to play: a built-in `NAME` (see backchannel scenarios) or a FILE")
	fs.StringVar(&pf.cfg.As, "as", "", "the `ACTOR` you lead (its id, as in the scenario); skips to the briefing")
	fs.StringVar(&pf.seed, "seed", "", "the random seed `N`: the same seed, seats and orders replay the same game")
	fs.StringVar(&pf.cfg.Difficulty, "difficulty", "", "the AI's difficulty `D`: easy, normal or hard")
	fs.StringVar(&pf.humans, "humans", "", "more human seats `A,B` for hot-seat play (actor ids)")
	fs.BoolVar(&pf.cfg.Historical, "historical", false, "historical mode: every type as the record suggests, events as they happened")
	fs.BoolVar(&pf.cfg.Board, "board", false, "skip the briefing too: straight to the board (for tests)")
	fs.BoolVar(&pf.firstFrame, "first-frame", false, "print the time from start to the first frame on stderr (for measurements)")
	fs.StringVar(&pf.title, "title", "", "the window's title (for tests)")
	fs.BoolVar(&pf.trace, "trace", false, "print each screen's name on stderr as it opens (for tests)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel play [-scenario NAME|FILE] [-as ACTOR] [-seed N] [-difficulty D] [-humans A,B] [-historical] [FILE...]")
		fmt.Fprintln(stderr, "\nWith no flags, opens the title screen; scenario FILEs given after the flags join the scenario choice.")
		printPublicDefaults(fs, stderr, "board", "first-frame", "title", "trace")
	}
	files, err := parseArgs(fs, args)
	if err != nil {
		return 2
	}
	pf.cfg.Files = files
	if base, token, member, ok := seatFromPage(); ok {
		w := window.Window{Start: started}
		if pf.trace {
			w.Trace = stderr
		}
		return playSeat(base, token, member, func() (string, error) { return "", errJoinOnPage }, w, stderr)
	}
	if err := pf.finish(web.QueryParams()); err != nil {
		fmt.Fprintln(stderr, "backchannel:", err)
		return 2
	}
	pf.cfg.Version = buildVersion()
	pf.cfg.Dropped = window.HandedOver
	w := window.Window{Title: pf.title, Start: started}
	newFlow := func() (*flow.Flow, error) { return flow.New(pf.cfg) }
	if web.IsBrowser {
		// A shared link's scenario loads over the frames after the first,
		// so that the page keeps answering meanwhile.
		w.Prepare = flow.Prepare(&pf.cfg)
	} else {
		// On the desktop a mistake on the command line is told before
		// any window opens. The page checks a link before the download,
		// and makes the flow after the game's first frame (window.Start).
		f, err := newFlow()
		if err != nil {
			fmt.Fprintln(stderr, "backchannel:", oneLine(err))
			return 1
		}
		newFlow = func() (*flow.Flow, error) { return f, nil }
	}
	if pf.trace {
		w.Trace = stderr
	}
	if pf.firstFrame {
		w.OnFirstFrame = func(d time.Duration) {
			fmt.Fprintf(stderr, "first frame after %d ms\n", d.Milliseconds())
		}
	}
	if err := window.Start(newFlow, w); err != nil {
		fmt.Fprintln(stderr, "backchannel:", oneLine(err))
		return 1
	}
	return 0
}

// finish completes the configuration from the flags and, in the browser,
// from the page's URL (?scenario=&as=&seed=&difficulty=), which an
// instructor shares as a link. Flags win over the URL.
func (pf *playFlags) finish(query map[string]string) error {
	c := &pf.cfg
	if c.Scenario == "" {
		c.Scenario = query[web.ParamScenario]
	}
	if c.As == "" {
		c.As = query[web.ParamAs]
	}
	if pf.seed == "" {
		pf.seed = query[web.ParamSeed]
	}
	if c.Difficulty == "" {
		c.Difficulty = query[web.ParamDifficulty]
	}
	if pf.seed != "" {
		n, err := strconv.ParseUint(pf.seed, 10, 64)
		if err != nil {
			return fmt.Errorf("-seed %q: want a whole number", pf.seed)
		}
		c.Seed, c.SeedSet = n, true
	}
	for _, h := range strings.Split(pf.humans, ",") {
		if h = strings.TrimSpace(h); h != "" {
			c.Humans = append(c.Humans, h)
		}
	}
	c.Autostart = c.Scenario != "" || c.As != "" || len(c.Humans) > 0
	return nil
}

// printPublicDefaults prints the flags' help, leaving out the hidden ones,
// which are for tests and measurements.
func printPublicDefaults(fs *flag.FlagSet, w io.Writer, hidden ...string) {
	fs.VisitAll(func(f *flag.Flag) {
		if slices.Contains(hidden, f.Name) {
			return
		}
		name, usage := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  -%s\n    \t%s\n", strings.TrimSpace(f.Name+" "+name), usage)
	})
}

// buildVersion is the module version or VCS revision the binary was built
// from, for the title screen's corner.
func buildVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 7 {
			return "build " + s.Value[:7]
		}
	}
	return "development build"
}
