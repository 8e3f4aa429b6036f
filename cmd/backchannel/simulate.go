//go:build !js

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/fmath"
	"backchannel/game/lab"
	"backchannel/game/save"
	"backchannel/game/scenario"
)

func init() {
	register(command{
		name:    "simulate",
		summary: "play all-AI games of a scenario and print how they end",
		run:     runSimulate,
	})
}

// simOptions are the settings of one simulate run.
type simOptions struct {
	runs, workers int
	seed          uint64
	difficulty    ai.Difficulty
	historical    bool   // fix types to the record and fire the events that happened
	save          string // with one run: write the game's save here
}

func runSimulate(e *env, args []string) int {
	stdout, stderr := e.stdout, e.stderr
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runs := fs.Int("runs", 100, "number of games to play")
	seed := fs.Uint64("seed", 1, "seed of the first game; game i plays with seed+i")
	workers := fs.Int("workers", 1, "games played at once (the output does not depend on it)")
	diff := fs.String("difficulty", "normal", "AI difficulty: easy, normal or hard")
	asJSON := fs.Bool("json", false, "print one JSON object instead of a table")
	historical := fs.Bool("historical", false, "historical mode: every actor has its historical type and the events that happened fire")
	saveTo := fs.String("save", "", "with -runs 1, save the game to `FILE` (for backchannel replay)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel simulate [-runs N] [-seed N] [-workers K] [-difficulty D] [-historical] [-json] [-save FILE] SCENARIO")
		fmt.Fprintln(stderr, "SCENARIO is a built-in scenario's name or a scenario file.")
		fs.PrintDefaults()
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	if *saveTo != "" && !simFlagSet(fs, "runs") {
		*runs = 1 // -save records one game
	}
	d, err := ai.ParseDifficulty(*diff)
	if err != nil || len(pos) != 1 || *runs < 1 || *workers < 1 || (*saveTo != "" && *runs != 1) {
		switch {
		case err != nil:
			fmt.Fprintln(stderr, "backchannel simulate:", err)
		case *saveTo != "" && *runs != 1:
			fmt.Fprintln(stderr, "backchannel simulate: -save records one game: use it with -runs 1")
		}
		fs.Usage()
		return 2
	}
	sc, err := scenario.Open(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "backchannel simulate:", err)
		return 1
	}
	opts := simOptions{runs: *runs, workers: *workers, seed: *seed, difficulty: d, historical: *historical, save: *saveTo}
	defer lab.BulkGC()()
	sum, err := simulate(sc, opts, progressTo(stderr, opts.runs, time.Now))
	if err != nil {
		fmt.Fprintln(stderr, "backchannel simulate:", err)
		return 1
	}
	if *asJSON {
		b, _ := json.MarshalIndent(sum, "", "  ")
		fmt.Fprintf(stdout, "%s\n", b)
	} else {
		sum.write(stdout, sc, d)
	}
	return 0
}

// parseInterleaved parses flags that may come before or after the
// positional arguments, as in "simulate tutorial -runs 10".
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// simFlagSet reports whether the flag was given on the command line.
func simFlagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// progressTo reports progress on w once a run has taken more than a
// second, then about once a second and at the end; quick runs stay quiet.
func progressTo(w io.Writer, runs int, now func() time.Time) func(done int) {
	start := now()
	var mu sync.Mutex
	var last time.Time
	return func(done int) {
		mu.Lock()
		defer mu.Unlock()
		t := now()
		if t.Sub(start) < time.Second || (done < runs && t.Sub(last) < time.Second) {
			return
		}
		last = t
		fmt.Fprintf(w, "simulate: %d/%d games (%.1f s)\n", done, runs, t.Sub(start).Seconds())
	}
}

// simulate plays the games on the lab's runner, spread over the workers,
// and sums them up in game order, so that the summary is the same whatever
// the workers.
func simulate(sc *game.Scenario, o simOptions, progress func(done int)) (*simSummary, error) {
	arm := lab.Uniform(o.difficulty.String(), sc, o.difficulty.String())
	arm.Historical = o.historical
	run := lab.Options{Runs: o.runs, Seed: o.seed, Workers: o.workers}
	if progress != nil {
		run.Progress = func(done, _ int) { progress(done) }
	}
	var saveErr error
	if o.save != "" {
		run.Keep = func(_, _ int, g *game.Game, orders []map[string][]game.Order) { saveErr = saveGame(o, g, orders) }
	}
	start := time.Now()
	res, err := lab.Run(sc, []lab.Arm{arm}, run)
	if err != nil {
		return nil, err
	}
	if saveErr != nil {
		return nil, saveErr
	}
	elapsed := time.Since(start)
	sum := summarise(sc, o, res[0])
	for _, r := range res[0] {
		sum.RefusedOrders += r.RefusedAI
	}
	if s := elapsed.Seconds(); s > 0 {
		sum.GamesPerSecond = simRound2(float64(o.runs) / s)
	}
	return sum, nil
}

// saveGame writes a finished game as a save that replays it.
func saveGame(o simOptions, g *game.Game, orders []map[string][]game.Order) error {
	ss := make([]save.Seat, len(g.Scen.Actors))
	for a, ad := range g.Scen.Actors {
		ss[a] = save.Seat{Actor: ad.ID}
	}
	rec := save.NewRecord(g, ss, o.difficulty.String())
	for _, t := range orders {
		rec.Add(g, t)
	}
	return save.WriteFile(o.save, rec)
}

// simSummary is simulate's result, as -json prints it.
type simSummary struct {
	Scenario          string     `json:"scenario"`
	Runs              int        `json:"runs"`
	Seed              uint64     `json:"seed"`
	Historical        bool       `json:"historical,omitempty"`
	GamesPerSecond    float64    `json:"games_per_second"`
	Issues            lab.Object `json:"issues"`
	Actors            lab.Object `json:"actors"`
	AgreementsPerGame float64    `json:"agreements_per_game"`
	MeanTurns         float64    `json:"mean_turns"`
	// RefusedOrders counts AI orders the engine refused and the runner
	// dropped: a bug in the AI whenever it is not 0.
	RefusedOrders int `json:"refused_orders,omitempty"`
	// Types breaks each actor's results down by its true type.
	Types lab.Object `json:"types"`
	// JointOutcomes are the commonest combinations of final options.
	JointOutcomes lab.Object `json:"joint_outcomes"`

	shares   [][]float64 // [issue][option]
	actors   []actorSummary
	headline []int
	byType   [][]lab.TypeStat
	joint    [2][]lab.Joint // all issues, headline issues
}

type actorSummary struct {
	MeanScore     float64 `json:"mean_score"`
	BeatStatusQuo float64 `json:"beat_status_quo"`
	BeatHistory   float64 `json:"beat_history"`
}

func summarise(sc *game.Scenario, o simOptions, rs []lab.Result) *simSummary {
	n := float64(len(rs))
	s := &simSummary{Scenario: sc.ID, Runs: len(rs), Seed: o.seed, Historical: o.historical}
	s.shares = make([][]float64, len(sc.Issues))
	for i, is := range sc.Issues {
		s.shares[i] = make([]float64, len(is.Options))
	}
	s.actors = make([]actorSummary, len(sc.Actors))
	for _, r := range rs {
		for i, j := range r.Options {
			s.shares[i][j]++
		}
		for a, sc := range r.Scores {
			s.actors[a].MeanScore += sc.Final
			if sc.Final > sc.StatusQuo {
				s.actors[a].BeatStatusQuo++
			}
			if sc.Final > sc.History {
				s.actors[a].BeatHistory++
			}
		}
		s.AgreementsPerGame += float64(r.Agreements)
		s.MeanTurns += float64(r.Turns)
	}
	for i, is := range sc.Issues {
		opts := lab.Object{}
		for j, op := range is.Options {
			s.shares[i][j] = fmath.Round4(s.shares[i][j] / n)
			opts = append(opts, lab.Pair{Key: op.ID, Value: s.shares[i][j]})
		}
		s.Issues = append(s.Issues, lab.Pair{Key: is.ID, Value: opts})
	}
	for a, ad := range sc.Actors {
		as := &s.actors[a]
		as.MeanScore, as.BeatStatusQuo, as.BeatHistory = simRound2(as.MeanScore/n), fmath.Round4(as.BeatStatusQuo/n), fmath.Round4(as.BeatHistory/n)
		s.Actors = append(s.Actors, lab.Pair{Key: ad.ID, Value: *as})
	}
	s.AgreementsPerGame, s.MeanTurns = fmath.Round4(s.AgreementsPerGame/n), fmath.Round4(s.MeanTurns/n)
	s.headline = lab.HeadlineIssues(sc)
	s.byType = lab.ByType(sc, rs, s.headline)
	for a, ad := range sc.Actors {
		types := lab.Object{}
		for t, td := range ad.Types {
			ts := s.byType[a][t]
			issues := lab.Object{}
			for k, i := range s.headline {
				opts := lab.Object{}
				for j, op := range sc.Issues[i].Options {
					opts = append(opts, lab.Pair{Key: op.ID, Value: fmath.Round4(ts.Issues[k][j])})
				}
				issues = append(issues, lab.Pair{Key: sc.Issues[i].ID, Value: opts})
			}
			types = append(types, lab.Pair{Key: td.ID, Value: lab.Object{{Key: "games", Value: ts.Games},
				{Key: "mean_score", Value: simRound2(ts.Score.Mean)}, {Key: "beat_status_quo", Value: fmath.Round4(ts.BeatStatusQuo.P)},
				{Key: "issues", Value: issues}}})
		}
		s.Types = append(s.Types, lab.Pair{Key: ad.ID, Value: types})
	}
	all := make([]int, len(sc.Issues))
	for i := range all {
		all[i] = i
	}
	s.joint = [2][]lab.Joint{lab.JointOutcomes(rs, all, 10), lab.JointOutcomes(rs, s.headline, 10)}
	s.JointOutcomes = lab.Object{{Key: "all", Value: lab.JointJSON(sc, s.joint[0])}, {Key: "headline", Value: lab.JointJSON(sc, s.joint[1])}}
	return s
}

// write prints the summary as a table.
func (s *simSummary) write(w io.Writer, sc *game.Scenario, d ai.Difficulty) {
	mode := ""
	if s.Historical {
		mode = ", historical mode"
	}
	fmt.Fprintf(w, "%s: %s\n", sc.ID, sc.Title)
	fmt.Fprintf(w, "%d all-AI games (%s%s), seeds %d-%d, %.1f games/s\n", s.Runs, d, mode, s.Seed, s.Seed+uint64(s.Runs)-1, s.GamesPerSecond)
	fmt.Fprintf(w, "mean length %.1f turns, %.2f agreements per game\n", s.MeanTurns, s.AgreementsPerGame)
	if s.RefusedOrders > 0 {
		fmt.Fprintf(w, "warning: the engine refused %d AI orders, which were dropped (a bug in the AI)\n", s.RefusedOrders)
	}
	fmt.Fprintln(w, "\nfinal option of each issue (share of games):")
	width := 24
	for _, is := range sc.Issues {
		for _, op := range is.Options {
			width = max(width, utf8.RuneCountInString(op.Name))
		}
	}
	for i, is := range sc.Issues {
		fmt.Fprintf(w, "  %s (%s)\n", is.Name, is.ID)
		for j, op := range is.Options {
			mark := ""
			if op.ID == is.Start {
				mark += "  (start)"
			}
			if op.ID == is.Historical {
				mark += "  (history)"
			}
			fmt.Fprintf(w, "    %-*s %6.1f%%%s\n", width, op.Name, 100*s.shares[i][j], mark)
		}
	}
	fmt.Fprintf(w, "\n  %-28s %10s %16s %13s\n", "actor", "mean score", "beat status quo", "beat history")
	for a, ad := range sc.Actors {
		as := s.actors[a]
		fmt.Fprintf(w, "  %-28s %10.1f %15.1f%% %12.1f%%\n", ad.Name, as.MeanScore, 100*as.BeatStatusQuo, 100*as.BeatHistory)
	}
	fmt.Fprintln(w, "\nby each actor's true type (games, mean score, beat status quo, commonest end of each headline issue):")
	for a, ad := range sc.Actors {
		fmt.Fprintf(w, "  %s\n", ad.Name)
		for t, td := range ad.Types {
			ts := s.byType[a][t]
			if ts.Games == 0 {
				fmt.Fprintf(w, "    %-26s %4d games\n", td.Name, 0)
				continue
			}
			var ends []string
			for k, i := range s.headline {
				best := 0
				for j, p := range ts.Issues[k] {
					if p > ts.Issues[k][best] {
						best = j
					}
				}
				ends = append(ends, fmt.Sprintf("%s %s %.0f%%", sc.Issues[i].ID, sc.Issues[i].Options[best].Name, 100*ts.Issues[k][best]))
			}
			fmt.Fprintf(w, "    %-26s %4d games %6.1f %6.1f%%   %s\n", td.Name, ts.Games, ts.Score.Mean, 100*ts.BeatStatusQuo.P, strings.Join(ends, ", "))
		}
	}
	for k, title := range []string{"all issues", "headline issues"} {
		fmt.Fprintf(w, "\ncommonest joint outcomes, %s:\n", title)
		for _, j := range s.joint[k] {
			fmt.Fprintf(w, "  %5.1f%%  %s\n", 100*j.Share, lab.JointWords(sc, j))
		}
	}
}

// simRound2 rounds a figure for display to two decimals.
func simRound2(v float64) float64 { return math.Round(v*100) / 100 }
