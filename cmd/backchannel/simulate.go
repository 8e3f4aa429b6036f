package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/fmath"
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
	save          string // with one run: write the game's save here
}

func runSimulate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runs := fs.Int("runs", 100, "number of games to play")
	seed := fs.Uint64("seed", 1, "seed of the first game; game i plays with seed+i")
	workers := fs.Int("workers", 1, "games played at once (the output does not depend on it)")
	diff := fs.String("difficulty", "normal", "AI difficulty: easy, normal or hard")
	asJSON := fs.Bool("json", false, "print one JSON object instead of a table")
	saveTo := fs.String("save", "", "with -runs 1, save the game to `FILE` (for backchannel replay)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: backchannel simulate [-runs N] [-seed N] [-workers K] [-difficulty D] [-json] [-save FILE] SCENARIO")
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
	opts := simOptions{runs: *runs, workers: *workers, seed: *seed, difficulty: d, save: *saveTo}
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

// gameResult is what one game adds to the summary.
type gameResult struct {
	options    []int
	scores     []game.Score
	agreements int
	turns      int
}

// simulate plays the games, spread over the workers, and sums them up in
// game order, so that the summary is the same whatever the workers.
func simulate(sc *game.Scenario, o simOptions, progress func(done int)) (*simSummary, error) {
	if o.workers < 1 {
		o.workers = 1
	}
	results := make([]gameResult, o.runs)
	errs := make([]error, o.runs)
	var next, done atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < min(o.workers, o.runs); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= o.runs {
					return
				}
				results[i], errs[i] = playOne(sc, o, o.seed+uint64(i))
				if progress != nil {
					progress(int(done.Add(1)))
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	sum := summarise(sc, o, results)
	if s := elapsed.Seconds(); s > 0 {
		sum.GamesPerSecond = simRound2(float64(o.runs) / s)
	}
	return sum, nil
}

// playOne plays one all-AI game, and saves it if asked to.
func playOne(sc *game.Scenario, o simOptions, seed uint64) (gameResult, error) {
	g, err := game.New(sc, game.Setup{Seed: seed})
	if err != nil {
		return gameResult{}, err
	}
	seats := ai.Seats(sc, o.difficulty, seed)
	var rec *save.Record
	var after func(map[string][]game.Order)
	if o.save != "" {
		ss := make([]save.Seat, len(sc.Actors))
		for a, ad := range sc.Actors {
			ss[a] = save.Seat{Actor: ad.ID}
		}
		rec = save.NewRecord(g, ss, o.difficulty.String())
		after = func(orders map[string][]game.Order) { rec.Add(g, orders) }
	}
	if err := ai.Play(g, seats, after); err != nil {
		return gameResult{}, fmt.Errorf("seed %d: %w", seed, err)
	}
	if rec != nil {
		if err := save.WriteFile(o.save, rec); err != nil {
			return gameResult{}, err
		}
	}
	return gameResult{options: append([]int(nil), g.Options...), scores: g.Scores(), agreements: len(g.Agreements), turns: g.Turn}, nil
}

// simSummary is simulate's result, as -json prints it.
type simSummary struct {
	Scenario          string    `json:"scenario"`
	Runs              int       `json:"runs"`
	Seed              uint64    `json:"seed"`
	GamesPerSecond    float64   `json:"games_per_second"`
	Issues            simObject `json:"issues"`
	Actors            simObject `json:"actors"`
	AgreementsPerGame float64   `json:"agreements_per_game"`
	MeanTurns         float64   `json:"mean_turns"`

	shares [][]float64 // [issue][option]
	actors []actorSummary
}

type actorSummary struct {
	MeanScore     float64 `json:"mean_score"`
	BeatStatusQuo float64 `json:"beat_status_quo"`
	BeatHistory   float64 `json:"beat_history"`
}

func summarise(sc *game.Scenario, o simOptions, rs []gameResult) *simSummary {
	n := float64(len(rs))
	s := &simSummary{Scenario: sc.ID, Runs: len(rs), Seed: o.seed}
	s.shares = make([][]float64, len(sc.Issues))
	for i, is := range sc.Issues {
		s.shares[i] = make([]float64, len(is.Options))
	}
	s.actors = make([]actorSummary, len(sc.Actors))
	for _, r := range rs {
		for i, j := range r.options {
			s.shares[i][j]++
		}
		for a, sc := range r.scores {
			s.actors[a].MeanScore += sc.Final
			if sc.Final > sc.StatusQuo {
				s.actors[a].BeatStatusQuo++
			}
			if sc.Final > sc.History {
				s.actors[a].BeatHistory++
			}
		}
		s.AgreementsPerGame += float64(r.agreements)
		s.MeanTurns += float64(r.turns)
	}
	for i, is := range sc.Issues {
		opts := simObject{}
		for j, op := range is.Options {
			s.shares[i][j] = fmath.Round4(s.shares[i][j] / n)
			opts = append(opts, simPair{op.ID, s.shares[i][j]})
		}
		s.Issues = append(s.Issues, simPair{is.ID, opts})
	}
	for a, ad := range sc.Actors {
		as := &s.actors[a]
		as.MeanScore, as.BeatStatusQuo, as.BeatHistory = simRound2(as.MeanScore/n), fmath.Round4(as.BeatStatusQuo/n), fmath.Round4(as.BeatHistory/n)
		s.Actors = append(s.Actors, simPair{ad.ID, *as})
	}
	s.AgreementsPerGame, s.MeanTurns = fmath.Round4(s.AgreementsPerGame/n), fmath.Round4(s.MeanTurns/n)
	return s
}

// write prints the summary as a table.
func (s *simSummary) write(w io.Writer, sc *game.Scenario, d ai.Difficulty) {
	fmt.Fprintf(w, "%s: %s\n", sc.ID, sc.Title)
	fmt.Fprintf(w, "%d all-AI games (%s), seeds %d-%d, %.1f games/s\n", s.Runs, d, s.Seed, s.Seed+uint64(s.Runs)-1, s.GamesPerSecond)
	fmt.Fprintf(w, "mean length %.1f turns, %.2f agreements per game\n", s.MeanTurns, s.AgreementsPerGame)
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
}

// simPair and simObject write a JSON object whose keys keep the
// scenario's order (encoding/json would sort a map's keys).
type simPair struct {
	key   string
	value any
}

type simObject []simPair

// MarshalJSON writes the pairs in order.
func (o simObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for n, kv := range o {
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Quote(kv.key))
		b.WriteByte(':')
		v, err := json.Marshal(kv.value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// simRound2 rounds a figure for display to two decimals.
func simRound2(v float64) float64 { return math.Round(v*100) / 100 }
